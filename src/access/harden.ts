import type { Config, Endpoint, Plugin } from 'payload'

import { rememberCreated, removeCreatedOnError } from './compensation'
import { refuseHiddenSortPaths } from './queryPaths'
import { checkRequestArgs } from './requests'
import { validateRelationships } from './relationships'

const notFound = () => Response.json({ errors: [{ message: 'This collection keeps no versions.' }] }, { status: 404 })
const noVersions: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]

/**
 * Request-level protections every collection of the app gets, the fact-check plugin's included: applied
 * last, so that they see every collection.
 */
export const hardenCollections = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    // Payload routes /versions of a collection without versions to its version operations, which fail (500).
    endpoints:
      collection.endpoints === false || collection.versions
        ? collection.endpoints
        : [...noVersions, ...(collection.endpoints ?? [])],
    fields: validateRelationships(collection.fields),
    hooks: {
      ...collection.hooks,
      // First: nothing else should see an impossible id or a malformed rich-text value.
      beforeOperation: [checkRequestArgs(collection), ...(collection.hooks?.beforeOperation ?? []), refuseHiddenSortPaths],
      afterChange: [rememberCreated, ...(collection.hooks?.afterChange ?? [])],
    },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), removeCreatedOnError] },
})
