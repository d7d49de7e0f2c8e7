import type { CollectionBeforeOperationHook, CollectionConfig, Field, Payload, PayloadRequest } from 'payload'

import { NotFound, ValidationError } from 'payload'

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
  const idType = payload.collections[slug as never]?.customIDType ?? payload.db.defaultIDType
  if (idType === 'number') return /^[1-9]\d{0,14}$/.test(text)
  if ((payload.db as { idType?: string }).idType === 'uuid') return UUID.test(text)
  if (payload.db.name === 'mongoose' && !payload.collections[slug as never]?.customIDType) return /^[0-9a-f]{24}$/i.test(text)
  return text.length > 0 && !text.includes('\0')
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

/**
 * The `where` with each comparison of `id` to a value no document can have replaced by what it means: an
 * impossible id matches nothing and excludes nothing. Such a comparison reached the database and failed (500).
 */
function withPossibleIds(payload: Payload, slug: string, where: unknown): unknown {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return where
  const result: Record<string, unknown> = {}
  const idChecks: Array<Record<string, unknown>> = []
  for (const [key, constraint] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
      result[key] = constraint.map((nested) => withPossibleIds(payload, slug, nested))
      continue
    }
    if (key !== 'id' || !constraint || typeof constraint !== 'object') {
      result[key] = constraint
      continue
    }
    const checks: Array<Record<string, unknown>> = []
    for (const [operator, value] of Object.entries(constraint)) {
      if (!['equals', 'not_equals', 'in', 'not_in'].includes(operator)) {
        checks.push({ [operator]: value })
        continue
      }
      const list = Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]
      const possible = list.filter((candidate) => candidate === null || isPossibleId(payload, slug, candidate))
      const excluding = operator.startsWith('not')
      if (possible.length === list.length) checks.push({ [operator]: value })
      else if (possible.length > 0 && operator.endsWith('in')) checks.push({ [operator]: possible })
      // Nothing left: `equals`/`in` match no document, `not_equals`/`not_in` exclude none.
      else checks.push({ exists: excluding })
    }
    idChecks.push(...checks)
  }
  if (idChecks.length === 1) result.id = idChecks[0]
  else if (idChecks.length > 1) result.and = [...((result.and as unknown[]) ?? []), ...idChecks.map((check) => ({ id: check }))]
  return result
}

const richTextFields = (fields: Field[]) =>
  fields.filter((field): field is Field & { name: string } => field.type === 'richText' && 'name' in field)

/**
 * Checks of what a request sends or asks for, before Payload acts on it:
 * - an id that cannot exist answers 404 (it reached the database and failed with a 500), and in a `where`
 *   matches nothing;
 * - a rich-text value that is not a Lexical document, or is nested thousands deep, answers 400 naming the field;
 * - a `_status` other than draft/published answers 400 (it was stored);
 * - a REST list gives at most MAX_LIST_LIMIT documents (`limit=0` read every one, at full depth).
 */
export const checkRequestArgs =
  (collection: CollectionConfig): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    const id = (args as { id?: unknown }).id
    if (id !== undefined && id !== null && ['read', 'update', 'delete'].includes(operation)) {
      if (!isPossibleId(req.payload, collection.slug, id)) throw new NotFound(req.t)
    }
    const where = (args as { where?: unknown }).where
    if (where) args = { ...args, where: withPossibleIds(req.payload, collection.slug, where) } as typeof args
    if (operation === 'create' || operation === 'update') {
      const data = (args as { data?: Record<string, unknown> }).data
      if (data && typeof data === 'object') {
        const errors = richTextFields(collection.fields).flatMap(({ name }) => {
          const problem = richTextProblem(data[name])
          return problem ? [{ path: name, message: `"${name}" ${problem}.` }] : []
        })
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
