import type { CollectionConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { ADMIN_GROUP } from '../constants'
import { labels } from '../translations'
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
      description: 'Figures extracted from the sources (rebuilt whenever a source changes).',
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
      { name: 'source', type: 'relationship', relationTo: options.slugs.sources, required: true, index: true },
      { name: 'sourceKey', type: 'text' },
      { name: 'lookupKey', type: 'text', required: true },
      {
        name: 'sourceDate',
        type: 'text',
        admin: { description: "The source's ISO day; empty when undated, so that undated rows come last in every database." },
      },
      { name: 'figureId', type: 'text', admin: { description: 'Same for every lookup key of one figure.' } },
      { name: 'text', type: 'text' },
      { name: 'measure', type: 'text' },
      { name: 'quote', type: 'textarea' },
      { name: 'figure', type: 'json', required: true },
    ],
  }
}
