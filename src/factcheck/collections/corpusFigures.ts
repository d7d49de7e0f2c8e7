import type { CollectionConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { ADMIN_GROUP, CORPUS_FIGURES, SOURCES } from '../constants'
import { allowIf, nobody } from './access'

/**
 * The corpus index: one row per figure of a source and lookup key, so that a claim's candidates are
 * one indexed `lookupKey IN (...)` query on every adapter. Written only by the plugin.
 */
export function corpusFiguresCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  return {
    slug: CORPUS_FIGURES,
    labels: { singular: 'Corpus figure', plural: 'Corpus figures' },
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
    fields: [
      { name: 'source', type: 'relationship', relationTo: SOURCES, required: true, index: true },
      { name: 'sourceKey', type: 'text', index: true },
      { name: 'lookupKey', type: 'text', required: true, index: true },
      { name: 'figureId', type: 'text', admin: { description: 'Same for every lookup key of one figure.' } },
      { name: 'text', type: 'text' },
      { name: 'measure', type: 'text' },
      { name: 'quote', type: 'textarea' },
      { name: 'figure', type: 'json', required: true },
    ],
  }
}
