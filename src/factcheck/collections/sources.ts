import type { CollectionConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { ADMIN_GROUP } from '../constants'
import { labels, translated } from '../translations'
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
      description: translated('sourcesDescription'),
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
        label: translated('fieldKey'),
        required: true,
        unique: true,
        index: true,
        admin: { description: translated('fieldKeyDescription') },
      },
      { name: 'title', type: 'text', label: translated('fieldTitle'), required: true },
      { name: 'publisher', type: 'text', label: translated('fieldPublisher') },
      { name: 'publishedAt', type: 'date', label: translated('fieldPublishedAt') },
      { name: 'url', type: 'text', label: translated('fieldUrl') },
      { name: 'text', type: 'textarea', label: translated('fieldText'), required: true },
      { name: 'figureCount', type: 'number', label: translated('fieldFigureCount'), access: derivedOnly, admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'contentHash',
        type: 'text',
        access: derivedOnly,
        admin: { hidden: true, description: 'Hash of the indexed content: an import of unchanged content writes nothing.' },
      },
      {
        name: 'indexVersion',
        type: 'text',
        access: derivedOnly,
        admin: { hidden: true, description: 'The engine version that indexed the source: `npm run corpus -- reindex` rebuilds the others.' },
      },
      {
        name: 'figures',
        type: 'join',
        label: translated('fieldFigures'),
        collection: options.slugs.corpusFigures,
        on: 'source',
        defaultLimit: 50,
        admin: { defaultColumns: ['text', 'measure', 'quote'] },
      },
    ],
  }
}
