import type { CollectionConfig, FieldAccess } from 'payload'

import { allow, hasRole, isStaff, ROLES } from '../access/roles'

const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  auth: { useAPIKey: true },
  access: {
    // Staff see colleagues (verdict reviewers, article authors); others see only themselves.
    read: ({ req }) => (isStaff(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: allow('admin'),
    delete: allow('admin'),
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    admin: ({ req }) => isStaff(req.user),
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: [...ROLES],
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
    },
  ],
}
