import type { CollectionConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { ADMIN_GROUP } from '../constants'
import { labels, translated } from '../translations'
import { allowIf, nobody } from './access'

/**
 * The corpus index: one row per figure of a source and lookup key. A claim's candidates for one key are the
 * newest rows of that key, read through the compound index (lookupKey, sourceDate) without a sort, on every
 * adapter (the SQL adapters and MongoDB all build it from `indexes`). Written only by the plugin.
 */
export function corpusFiguresCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  return {
    slug: options.slugs.corpusFigures,
    labels: labels('corpusFigure', 'corpusFigures'),
    admin: {
      group: ADMIN_GROUP,
      useAsTitle: 'text',
      defaultColumns: ['text', 'measure', 'sourceKey', 'quote'],
      description: translated('corpusFiguresDescription'),
    },
    access: {
      read: allowIf(options.access.isStaff),
      create: nobody,
      update: nobody,
      delete: nobody,
    },
    indexes: [{ fields: ['lookupKey', 'sourceDate'] }],
    // Derived rows, rebuilt with their source: timestamps would only add two indexes to every insert.
    timestamps: false,
    fields: [
      { name: 'source', type: 'relationship', label: translated('source'), relationTo: options.slugs.sources, required: true, index: true },
      { name: 'sourceKey', type: 'text', label: translated('fieldSourceKey') },
      { name: 'lookupKey', type: 'text', label: translated('fieldLookupKey'), required: true },
      {
        name: 'sourceDate',
        type: 'text',
        label: translated('fieldSourceDate'),
        admin: { description: translated('fieldSourceDateDescription') },
      },
      { name: 'figureId', type: 'text', label: translated('fieldFigureId'), admin: { description: translated('fieldFigureIdDescription') } },
      { name: 'text', type: 'text', label: translated('fieldText') },
      { name: 'measure', type: 'text', label: translated('fieldMeasure') },
      { name: 'quote', type: 'textarea', label: translated('fieldQuote') },
      { name: 'figure', type: 'json', label: translated('fieldFigure'), required: true },
    ],
  }
}
