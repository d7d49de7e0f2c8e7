import type { CollectionConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { ADMIN_GROUP } from '../constants'
import { labels } from '../translations'
import { indexSourceAfterChange, removeSourceIndex } from '../hooks/indexSource'
import { allowIf } from './access'

/** Fields the plugin derives from the text: no request may set them. */
const derivedOnly = { create: () => false, update: () => false }

export function sourcesCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  const { access } = options
  return {
    slug: options.slugs.sources,
    labels: labels('source', 'sources'),
    admin: {
      group: ADMIN_GROUP,
      useAsTitle: 'title',
      defaultColumns: ['title', 'key', 'publisher', 'publishedAt', 'figureCount'],
      description: 'The reference corpus the claims are checked against.',
      components: options.disabled ? {} : { beforeListTable: [componentPaths.sourcesImport, componentPaths.corpusConflicts] },
    },
    access: {
      read: allowIf(access.isStaff),
      create: allowIf(access.isAdmin),
      update: allowIf(access.isAdmin),
      delete: allowIf(access.isAdmin),
    },
    hooks: options.disabled
      ? {}
      : {
        afterChange: [indexSourceAfterChange(options)],
        beforeDelete: [removeSourceIndex(options)],
      },
    fields: [
      {
        name: 'key',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        admin: { description: 'Stable identifier, e.g. the corpus file stem.' },
      },
      { name: 'title', type: 'text', required: true },
      { name: 'publisher', type: 'text' },
      { name: 'publishedAt', type: 'date' },
      { name: 'url', type: 'text' },
      { name: 'text', type: 'textarea', required: true },
      { name: 'figureCount', type: 'number', access: derivedOnly, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'contentHash',
        type: 'text',
        access: derivedOnly,
        admin: { hidden: true, description: 'Hash of the indexed content: an import of unchanged content writes nothing.' },
      },
      {
        name: 'figures',
        type: 'join',
        collection: options.slugs.corpusFigures,
        on: 'source',
        defaultLimit: 50,
        admin: { defaultColumns: ['text', 'measure', 'quote'] },
      },
    ],
  }
}
