import type { CollectionBeforeOperationHook, CollectionConfig, Config, Endpoint, Field, FieldAccess, Plugin, SanitizedConfig } from 'payload'

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

/** Marks the request checks, so that a collection gets them once (a global symbol: any copy of this module). */
const REQUEST_CHECK = Symbol.for('newsroom.checkRequestArgs')

const requestCheck = (collection: CollectionConfig): CollectionBeforeOperationHook =>
  Object.assign(checkRequestArgs(collection), { [REQUEST_CHECK]: true })

const hasRequestCheck = (collection: CollectionConfig) =>
  (collection.hooks?.beforeOperation ?? []).some((hook) => REQUEST_CHECK in hook)

/**
 * Payload adds collections of its own (locked documents, preferences, migrations, ...) to the config after every
 * plugin ran, so hardenCollections never sees them: an impossible id there reached the database and failed
 * (`GET /api/payload-locked-documents/abc` → 500). They get the same request checks here, on the sanitized
 * config, in place (Payload keeps and reuses its collection objects); applying it again changes nothing.
 * Not the jobs collection: it has its own override below, and Payload runs its hooks only on request.
 */
export function hardenPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-preferences') collection.endpoints = withPreferenceDelete(collection.endpoints)
    if (collection.slug === 'payload-jobs' || hasRequestCheck(collection)) continue
    collection.hooks = { ...collection.hooks, beforeOperation: [requestCheck(collection), ...(collection.hooks?.beforeOperation ?? [])] }
  }
  return config
}

/**
 * `DELETE /api/payload-preferences/:key`. Payload's own handler gives the SQL adapters' `deleteOne` a filter
 * through the polymorphic `user` relationship, which they cannot join (500, "no such column"): the caller's
 * preference is found first, as Payload's GET of a preference finds it, and deleted by its id.
 */
const deleteOwnPreference: Endpoint = {
  method: 'delete',
  path: '/:key',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
    // The query of Payload's own GET of a preference, which the adapters answer.
    const { docs } = await req.payload.db.find({
      collection: 'payload-preferences',
      where: {
        and: [
          { key: { equals: String(req.routeParams?.key ?? '') } },
          { 'user.value': { equals: req.user.id } },
          { 'user.relationTo': { equals: req.user.collection } },
        ],
      },
      limit: 1,
      pagination: false,
      req,
    })
    if (!docs[0]) return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
    await req.payload.db.deleteOne({ collection: 'payload-preferences', where: { id: { equals: docs[0].id } }, req })
    return Response.json({ ...docs[0], message: req.t('general:deletedSuccessfully') })
  },
}

/** In the place of Payload's: endpoints match in order, and the generic `DELETE /:id` comes after it. */
const withPreferenceDelete = (endpoints: SanitizedConfig['collections'][number]['endpoints']) =>
  endpoints && endpoints.map((endpoint) => (endpoint.method === 'delete' && endpoint.path === '/:key' ? deleteOwnPreference : endpoint))

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
      beforeOperation: [requestCheck(collection), ...(collection.hooks?.beforeOperation ?? []), refuseHiddenSortPaths],
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
