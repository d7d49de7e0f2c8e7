import type { CollectionSlug, Payload } from 'payload'

/** Job inputs carry IDs as strings; SQL adapters with numeric IDs want them back as numbers. */
export function toDocumentId(payload: Payload, collection: string, id: number | string): number | string {
  const idType = payload.collections[collection as CollectionSlug]?.customIDType ?? payload.db.defaultIDType
  return idType === 'number' ? Number(id) : String(id)
}
