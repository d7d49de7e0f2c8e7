import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, getLocalizedPaths } from 'payload'

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((path) => String(path).trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter(Boolean)

/**
 * Refuses a request's sort on a path it may not query. Payload checks sort paths with the field access of
 * `where`, but skips a path through a relationship that ends on a hidden field (an author's `hash`,
 * `resetPasswordToken`, ...), and the database then orders by it: an oracle on the hidden value.
 */
export const refuseHiddenSortPaths: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || !('sort' in args)) return args
  for (const path of sortPaths(args.sort)) {
    // findVersions sorts on `version.<field>` paths of the same fields.
    const fieldPath = path.replace(/^version\./, '')
    if (fieldPath === 'id' || fieldPath === '_id') continue
    const paths = getLocalizedPaths({
      collectionSlug: collection.slug,
      fields: collection.flattenedFields,
      incomingPath: fieldPath,
      locale: req.locale ?? undefined,
      payload: req.payload,
    })
    if (paths.some(({ invalid }) => invalid)) throw new APIError(`The sort "${path}" is not a field you may sort by.`, 400, undefined, true)
  }
  return args
}
