import type { CollectionSlug, Payload, Where } from 'payload'

import { hasDraftsEnabled } from 'payload/shared'

/** Matches the documents the public may see: published ones, or all of a collection without drafts. */
export const onlyPublished = (payload: Payload, collection: string): Where =>
  hasDraftsEnabled(payload.collections[collection as CollectionSlug].config) ? { _status: { equals: 'published' } } : {}
