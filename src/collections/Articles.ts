import type { CollectionConfig } from 'payload'

import { allow, staffOrPublished } from '../access/roles'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'author', 'publishedAt', '_status'] },
  versions: { drafts: true },
  access: {
    read: staffOrPublished,
    create: allow('admin', 'editor'),
    update: allow('admin', 'editor'),
    delete: allow('admin', 'editor'),
    readVersions: allow('admin', 'editor', 'reviewer'),
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'slug',
      type: 'text',
      index: true,
      unique: true,
      admin: { position: 'sidebar', description: 'Derived from the title when left empty.' },
      hooks: {
        beforeValidate: [
          ({ value, data }) =>
            value ||
            (typeof data?.title === 'string'
              ? data.title
                  .toLowerCase()
                  .replace(/[^a-z0-9]+/g, '-')
                  .replace(/^-|-$/g, '')
                  .slice(0, 80)
              : value),
        ],
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar' },
      defaultValue: ({ user }) => user?.id,
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
    { name: 'body', type: 'richText' },
  ],
}
