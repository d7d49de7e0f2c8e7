import type { Config, Plugin } from 'payload'

import { refuseHiddenSortPaths } from './queryPaths'

/**
 * Request-level protections every collection of the app gets, the fact-check plugin's included: applied
 * last, so that they see every collection.
 */
export const hardenCollections = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseHiddenSortPaths],
    },
  })),
})
