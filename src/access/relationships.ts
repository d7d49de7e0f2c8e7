import type { CollectionSlug, Field, PayloadRequest, Validate } from 'payload'

import { relationship } from 'payload/shared'

type RelationValue = { relationTo?: unknown; value?: unknown } | number | string | null | undefined

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** The (collection, id) pairs a relationship value points to, or an error naming what is wrong. */
function targets(value: unknown, relationTo: string | string[]): Array<[string, unknown]> | string {
  const values = (Array.isArray(value) ? value : [value]) as RelationValue[]
  const pairs: Array<[string, unknown]> = []
  for (const entry of values) {
    if (entry === null || entry === undefined) continue
    if (typeof relationTo === 'string') {
      // The polymorphic shape is accepted for a single collection too, but only naming that collection.
      if (typeof entry === 'object' && 'relationTo' in entry) {
        if (entry.relationTo !== relationTo) return `cannot point to "${String(entry.relationTo)}": it may point to "${relationTo}"`
        pairs.push([relationTo, idOf(entry.value)])
      } else pairs.push([relationTo, idOf(entry)])
      continue
    }
    if (typeof entry !== 'object' || typeof entry.relationTo !== 'string') {
      return `must be { "relationTo": one of ${relationTo.map((slug) => `"${slug}"`).join(', ')}, "value": <id> }`
    }
    if (!relationTo.includes(entry.relationTo)) {
      return `cannot point to "${entry.relationTo}": it may point to ${relationTo.map((slug) => `"${slug}"`).join(', ')}`
    }
    pairs.push([entry.relationTo, idOf(entry.value)])
  }
  return pairs
}

async function missing(req: PayloadRequest, pairs: Array<[string, unknown]>): Promise<string[]> {
  const bySlug = new Map<string, Set<unknown>>()
  for (const [slug, id] of pairs) bySlug.set(slug, (bySlug.get(slug) ?? new Set()).add(id))
  const absent: string[] = []
  for (const [slug, ids] of bySlug) {
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const id of ids) if (!found.has(String(id))) absent.push(`${slug} ${JSON.stringify(id)}`)
  }
  return absent
}

/**
 * A value names one of the field's collections, passes Payload's relationship check (ID format, filter
 * options), and every document it points to exists. Without this a missing target failed in the
 * database after the row was written (500, row kept on SQLite), and a wrong `relationTo` was silently dropped.
 */
const existingRelations =
  (field: { relationTo: string | string[]; validate?: Validate }): Validate =>
  async (value, options) => {
    const pairs = value === null || value === undefined ? [] : targets(value, field.relationTo)
    if (typeof pairs === 'string') return `This relationship ${pairs}.`
    const base = await (field.validate ?? relationship)(value, options as never)
    if (base !== true || options.event === 'onChange' || pairs.length === 0) return base
    const absent = await missing(options.req, pairs)
    return absent.length === 0 ? true : `This relationship points to documents that do not exist: ${absent.join(', ')}.`
  }

/** The fields with every relationship and upload field (at any depth) validated by `existingRelations`. */
export function validateRelationships(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ((field.type === 'relationship' || field.type === 'upload') && !('virtual' in field && field.virtual)) {
      return { ...field, validate: existingRelations(field as never) } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: validateRelationships(field.fields) } as Field
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: validateRelationships(tab.fields) })) }
    }
    if (field.type === 'blocks' && field.blocks) {
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: validateRelationships(block.fields) })) }
    }
    return field
  })
}
