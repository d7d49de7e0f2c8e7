import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Field,
  FieldAccess,
} from 'payload'

import { ValidationError } from 'payload'

import { allow, hasRole, isStaff, ROLES } from '../access/roles'

const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/**
 * Read access of a user's own secrets: only the user, on its own document. A `where` or `sort` path is
 * checked without a document, so no query may follow a relationship (an article's author, a verdict's
 * reviewer) into these fields: Payload's default for `sessions` (`user?.id === doc?.id`) holds for an
 * anonymous request there, which made session ids an oracle.
 */
const ownDocumentOnly: FieldAccess = ({ req, doc }) => Boolean(req.user && doc && req.user.id === doc.id)
const never: FieldAccess = () => false

/**
 * Payload's auth fields, merged with its own definitions by name: only their read access is overridden.
 * `salt` and `hash` are reserved names; Payload refuses queries on them itself.
 */
const privateAuthFields: Field[] = [
  { name: 'sessions', type: 'array', access: { read: ownDocumentOnly, update: never }, fields: [] },
  ...['apiKey', 'apiKeyIndex', 'resetPasswordToken'].map(
    (name): Field => ({ name, type: 'text', access: { read: never } }),
  ),
  ...['resetPasswordExpiration', 'lockUntil'].map((name): Field => ({ name, type: 'date', access: { read: never } })),
  { name: 'loginAttempts', type: 'number', access: { read: never } },
]

export const MIN_PASSWORD_LENGTH = 12

/** Every way a password is set (sign-up, profile, admin, reset) goes through one of these operations. */
const requireLongPasswords: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'password', message: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.` }],
    })
  }
  return args
}

/**
 * The first account made through the app (the admin panel's "create first user") is an admin: a first user
 * without a role could manage nothing, nor make anyone else an admin.
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || (Array.isArray(data.roles) && data.roles.length > 0)) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  auth: {
    useAPIKey: true,
    // Over plain HTTP a Secure cookie is never sent back: Secure in production and behind an https SERVER_URL.
    cookies: { secure: process.env.NODE_ENV === 'production' || (process.env.SERVER_URL ?? '').startsWith('https:') },
  },
  hooks: {
    beforeOperation: [requireLongPasswords],
    beforeChange: [firstUserIsAdmin],
  },
  access: {
    // Staff see colleagues (verdict reviewers, article authors); others see only themselves.
    read: ({ req }) => (isStaff(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: allow('admin'),
    delete: allow('admin'),
    // Payload lets any signed-in user unlock any account, which would make the lockout worthless.
    unlock: allow('admin'),
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
    ...privateAuthFields,
  ],
}
