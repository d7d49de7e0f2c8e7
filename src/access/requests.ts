import type { CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, Field, Payload, PayloadRequest } from 'payload'

import { APIError, getLocalizedPaths, NotFound, ValidationError } from 'payload'

/** Largest page a request may ask for; `limit=0` (everything) gets this too. */
export const MAX_LIST_LIMIT = 500
/** Deepest rich-text (Lexical) node tree accepted: real documents nest lists a few levels, not thousands. */
export const MAX_RICH_TEXT_DEPTH = 64

type ListArgs = { limit?: number; pagination?: boolean }

/**
 * Whether this is the list a REST request asked for (its collection's route, its own `limit`/`pagination`)
 * with `limit=0`, a limit over MAX_LIST_LIMIT or `pagination=false`: the plugin's and Payload's own reads
 * made while answering (populating relationships, say) keep what they ask for.
 */
function asksForEverything(req: PayloadRequest, slug: string, list: ListArgs): boolean {
  if (req.payloadAPI !== 'REST' || (req.routeParams as { collection?: string } | undefined)?.collection !== slug) return false
  const query = (req.query ?? {}) as { limit?: unknown; pagination?: unknown }
  const limit = query.limit === undefined ? undefined : Number(query.limit)
  const everything = limit === 0 || (limit !== undefined && limit > MAX_LIST_LIMIT)
  // Payload's REST handler has parsed the query in place by now: `false` and numbers, no longer strings.
  return (everything && list.limit === limit) || (String(query.pagination) === 'false' && list.pagination === false)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether `id` can be an id of the collection at all: a number the database can hold, a uuid, an ObjectId. */
function isPossibleId(payload: Payload, slug: string, id: unknown): boolean {
  const text = String(id)
  const idType = payload.collections[slug as CollectionSlug]?.customIDType ?? payload.db.defaultIDType
  if (idType === 'number') return /^[1-9]\d{0,14}$/.test(text)
  if ((payload.db as { idType?: string }).idType === 'uuid') return UUID.test(text)
  if (payload.db.name === 'mongoose' && !payload.collections[slug as CollectionSlug]?.customIDType) return /^[0-9a-f]{24}$/i.test(text)
  return text.length > 0 && !text.includes('\0')
}

/**
 * An id no document of the collection has although the database can compare it: what a lenient read
 * (`disableErrors`) of an impossible id asks for instead, so that it answers "none" rather than failing.
 * Undefined for custom ids, which may be anything.
 */
function absentId(payload: Payload, slug: string): number | string | undefined {
  if (payload.collections[slug as CollectionSlug]?.customIDType) return undefined
  if (payload.db.defaultIDType === 'number') return 0
  if ((payload.db as { idType?: string }).idType === 'uuid') return '00000000-0000-0000-0000-000000000000'
  if (payload.db.name === 'mongoose') return '000000000000000000000000'
  return undefined
}

/** A problem of a rich-text value, or null when it is a Lexical document within the limits. */
export function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || Array.isArray(value)) return 'must be a rich-text (Lexical) document: an object with a "root"'
  const root = (value as { root?: unknown }).root
  if (!root || typeof root !== 'object' || Array.isArray(root)) return 'must have a "root" node'
  // Iterative: a recursive walk is what a deeply nested document would overflow.
  const stack: Array<[unknown, number]> = [[root, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_RICH_TEXT_DEPTH) return `is nested deeper than ${MAX_RICH_TEXT_DEPTH} levels`
    if (!node || typeof node !== 'object' || Array.isArray(node)) return 'has a node that is not an object'
    const { type, children } = node as { type?: unknown; children?: unknown }
    if (typeof type !== 'string') return 'has a node without a "type"'
    if (children === undefined) continue
    if (!Array.isArray(children)) return `has a "${type}" node whose "children" is not an array`
    for (const child of children) stack.push([child, depth + 1])
  }
  return null
}

const MATCH_NOTHING = { id: { exists: false } }
const MATCH_EVERYTHING = { id: { exists: true } }
const ID_OPERATORS = ['equals', 'not_equals', 'in', 'not_in']
const DATE_OPERATORS = [...ID_OPERATORS, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const GEO_OPERATORS = ['near', 'within', 'intersects']

const badQuery = (message: string) => new APIError(message, 400, undefined, true)

/** The field a `where` path ends on, and the collection whose ids it holds (its own for `id`, a relationship's target). */
function resolvePath(payload: Payload, slug: string, path: string, locale?: string): { type?: string; idsOf?: string } {
  if (path === 'id') return { type: 'id', idsOf: slug }
  let last
  try {
    const fields = payload.collections[slug as CollectionSlug]?.config.flattenedFields ?? []
    last = getLocalizedPaths({ collectionSlug: slug, fields, incomingPath: path, locale, payload }).at(-1)
  } catch {
    return {}
  }
  if (!last || last.invalid) return {}
  const { field } = last
  // A related document's own id (`author.id`), not an `id` inside one of its arrays (`author.sessions.id`).
  if (field.name === 'id' && last.path === 'id' && last.collectionSlug) return { type: 'id', idsOf: last.collectionSlug }
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    return { type: field.type, idsOf: field.relationTo }
  }
  return { type: field.type }
}

const isDate = (value: unknown) =>
  value === null || value instanceof Date || ((typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime()))

/**
 * The `where` checked and made safe for the database, which failed (500) on values it cannot compare:
 * - each comparison of an id (the document's, or a relationship's) to a value no document can have is
 *   replaced by what it means: an impossible id matches nothing and excludes nothing;
 * - a date compared to something that is not a date answers 400;
 * - a geographic operator on a field that is not a point answers 400.
 */
function checkedWhere(payload: Payload, slug: string, where: unknown, locale?: string): unknown {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return where
  const result: Record<string, unknown> = {}
  const replaced: unknown[] = []
  for (const [key, constraint] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
      result[key] = constraint.map((nested) => checkedWhere(payload, slug, nested, locale))
      continue
    }
    if (!constraint || typeof constraint !== 'object') {
      result[key] = constraint
      continue
    }
    const { type, idsOf } = resolvePath(payload, slug, key, locale)
    const kept: Record<string, unknown> = {}
    for (const [operator, value] of Object.entries(constraint)) {
      if (GEO_OPERATORS.includes(operator) && type !== 'point') {
        throw badQuery(`where[${key}][${operator}]: "${operator}" compares points; "${key}" is not a point field.`)
      }
      const list = Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]
      if (type === 'date' && DATE_OPERATORS.includes(operator) && !list.every(isDate)) {
        throw badQuery(`where[${key}][${operator}]: "${String(value)}" is not a date.`)
      }
      if (!idsOf || !ID_OPERATORS.includes(operator)) {
        kept[operator] = value
        continue
      }
      const possible = list.filter((candidate) => candidate === null || isPossibleId(payload, idsOf, candidate))
      if (possible.length === list.length) kept[operator] = value
      else if (possible.length > 0 && operator.endsWith('in')) kept[operator] = possible
      // Nothing left: `equals`/`in` match no document, `not_equals`/`not_in` exclude none.
      else replaced.push(operator.startsWith('not') ? MATCH_EVERYTHING : MATCH_NOTHING)
    }
    if (Object.keys(kept).length > 0) result[key] = kept
  }
  if (replaced.length > 0) result.and = [...((result.and as unknown[]) ?? []), ...replaced]
  return result
}

const richTextFields = (fields: Field[]) =>
  fields.filter((field): field is Field & { name: string } => field.type === 'richText' && 'name' in field)

/** Top-level fields holding one string: Payload stored a number sent for one as its text ("7.0"). */
const stringFields = (fields: Field[]) =>
  fields.filter(
    (field): field is Field & { name: string } =>
      ['text', 'textarea', 'email', 'code'].includes(field.type) && 'name' in field && !('hasMany' in field && field.hasMany),
  )

/**
 * Checks of what a request sends or asks for, before Payload acts on it:
 * - an id that cannot exist answers 404 (it reached the database and failed with a 500), and in a `where`
 *   matches nothing; a `where` the database cannot compare (a date that is not one, a geographic operator on
 *   another field) and a page that is not a number answer 400;
 * - a rich-text value that is not a Lexical document, or is nested thousands deep, and a text field's value
 *   that is not a string answer 400 naming the field;
 * - a `_status` other than draft/published answers 400 (it was stored);
 * - a REST list gives at most MAX_LIST_LIMIT documents (`limit=0` read every one, at full depth).
 */
export const checkRequestArgs =
  (collection: CollectionConfig): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    const id = (args as { id?: unknown }).id
    if (id !== undefined && id !== null && ['read', 'update', 'delete'].includes(operation)) {
      if (!isPossibleId(req.payload, collection.slug, id)) {
        // A lenient read (a plugin's lookup of an id from a request body) answers "none" as for a missing id.
        const absent = (args as { disableErrors?: boolean }).disableErrors ? absentId(req.payload, collection.slug) : undefined
        if (absent === undefined) throw new NotFound(req.t)
        args = { ...args, id: absent } as typeof args
      }
    }
    const page = (args as { page?: unknown }).page
    if (page !== undefined && page !== null && !Number.isSafeInteger(Number(page))) throw badQuery(`page: "${String(page)}" is not a page number.`)
    const where = (args as { where?: unknown }).where
    if (where) args = { ...args, where: checkedWhere(req.payload, collection.slug, where, req.locale ?? undefined) } as typeof args
    if (operation === 'create' || operation === 'update') {
      const data = (args as { data?: Record<string, unknown> }).data
      if (data && typeof data === 'object') {
        const errors = richTextFields(collection.fields).flatMap(({ name }) => {
          const problem = richTextProblem(data[name])
          return problem ? [{ path: name, message: `"${name}" ${problem}.` }] : []
        })
        // A request's own write (the app's internal writes keep Payload's conversions).
        const fromRequest = !(args as { overrideAccess?: boolean }).overrideAccess
        for (const { name } of fromRequest ? stringFields(collection.fields) : []) {
          const value = data[name]
          if (value !== undefined && value !== null && typeof value !== 'string') errors.push({ path: name, message: `"${name}" must be a string.` })
        }
        if (collection.versions && typeof collection.versions === 'object' && collection.versions.drafts && '_status' in data) {
          if (!['draft', 'published', undefined, null].includes(data._status as string)) {
            errors.push({ path: '_status', message: '"_status" must be "draft" or "published".' })
          }
        }
        if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
      }
    }
    if (operation === 'read' && asksForEverything(req, collection.slug, args as ListArgs)) {
      return { ...args, limit: MAX_LIST_LIMIT, pagination: true }
    }
    return args
  }
