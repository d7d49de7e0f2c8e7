import type { Config, Plugin } from 'payload'

import { rememberCreated, removeCreatedOnError } from './compensation'
import { refuseHiddenSortPaths } from './queryPaths'
import { validateRelationships } from './relationships'

/**
 * Request-level protections every collection of the app gets, the fact-check plugin's included: applied
 * last, so that they see every collection.
 */
export const hardenCollections = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: validateRelationships(collection.fields),
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseHiddenSortPaths],
      afterChange: [rememberCreated, ...(collection.hooks?.afterChange ?? [])],
    },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), removeCreatedOnError] },
})
