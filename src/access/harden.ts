import type { CollectionConfig, Config, Endpoint, Field, FieldAccess, Plugin } from 'payload'

import { rememberCreated, removeCreatedOnError } from './compensation'
import { lockedLikeWrongPassword } from './lockout'
import { refuseHiddenSortPaths } from './queryPaths'
import { checkRequestArgs } from './requests'
import { validateRelationships } from './relationships'

const never: FieldAccess = () => false
/**
 * Payload's own timestamp fields, declared here (Payload then adds none) with request-proof access: a request
 * could set them, and `updatedAt` of a verdict is its ClaimReview's datePublished. The database sets them.
 */
const timestampFields: Field[] = ['createdAt', 'updatedAt'].map((name) => ({
  name,
  type: 'date',
  index: true,
  access: { create: never, update: never },
  admin: { disableBulkEdit: true, hidden: true },
}))

const withTimestamps = (collection: CollectionConfig): Field[] => {
  const declared = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  if (collection.timestamps === false) return collection.fields
  return [...collection.fields, ...timestampFields.filter((field) => 'name' in field && !declared.has(field.name))]
}

const notFound = () => Response.json({ errors: [{ message: 'This collection keeps no versions.' }] }, { status: 404 })
const noVersions: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]

/** Payload routes /versions of a collection without versions to its version operations, which fail (500). */
const withoutVersionRoutes = (collection: CollectionConfig): CollectionConfig['endpoints'] =>
  collection.endpoints === false || collection.versions ? collection.endpoints : [...noVersions, ...(collection.endpoints ?? [])]

/**
 * Request-level protections every collection of the app gets, the fact-check plugin's included: applied
 * last, so that they see every collection.
 */
export const hardenCollections = (): Plugin => (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    endpoints: withoutVersionRoutes(collection),
    fields: validateRelationships(withTimestamps(collection)),
    hooks: {
      ...collection.hooks,
      // First: nothing else should see an impossible id or a malformed rich-text value.
      beforeOperation: [checkRequestArgs(collection), ...(collection.hooks?.beforeOperation ?? []), refuseHiddenSortPaths],
      afterChange: [rememberCreated, ...(collection.hooks?.afterChange ?? [])],
    },
  })),
  // Payload's own jobs collection is added later, through this override only.
  jobs: config.jobs && {
    ...config.jobs,
    jobsCollectionOverrides: ({ defaultJobsCollection }) => {
      const jobs = config.jobs?.jobsCollectionOverrides?.({ defaultJobsCollection }) ?? defaultJobsCollection
      return { ...jobs, endpoints: withoutVersionRoutes(jobs) }
    },
  },
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), removeCreatedOnError, lockedLikeWrongPassword] },
})
