/**
 * New claims of one article written together: one multi-row insert instead of one Payload create per claim.
 * Payload's create runs its whole pipeline per document (field traversals, validation, the read-back and its
 * afterRead); for the unchecked claims of a long article that was 85% of the save. Here the collection's own
 * hooks still run for every claim (`beforeValidate` and `beforeChange` before the insert, `afterChange` after
 * it, with the same arguments Payload gives them), the field defaults come from the collection's config, and
 * the row is written by the adapter's query builder (drizzle maps the values for its dialect). Only where that
 * gives the same document: a SQL adapter, and a claims collection whose fields are flat or grouped,
 * non-localized, single-collection relationships, without field hooks. Otherwise (MongoDB, a polymorphic
 * `article`, an override adding field hooks) the caller creates the claims one by one through Payload.
 */
import type { CollectionConfig, Field, PayloadRequest, RequestContext } from 'payload'

import { pluginSlugs } from '../options'

type DocumentId = number | string

/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter's drizzle tables are typed per schema */
interface DrizzleAdapter {
  name: string
  drizzle: any
  tables: Record<string, any>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db: any }>
}

/** A data path of the collection and the table column (drizzle key) that stores it, with its default value. */
interface Column {
  path: string[]
  key: string
  defaultValue: unknown
}

const isDrizzle = (db: unknown): db is DrizzleAdapter =>
  typeof db === 'object' &&
  db !== null &&
  ['sqlite', 'postgres'].includes((db as { name?: string }).name ?? '') &&
  'drizzle' in db &&
  'tables' in db &&
  'tableNameMap' in db

const FLAT_TYPES = new Set(['checkbox', 'date', 'email', 'json', 'number', 'radio', 'select', 'text', 'textarea'])
const WRITE_HOOKS = ['beforeValidate', 'beforeChange', 'afterChange'] as const

/**
 * The columns of the collection's fields in the table, or null when a field needs Payload's own write path
 * (localized, hasMany, polymorphic, arrays and blocks, field hooks, a column the table lacks).
 */
function columnsOf(fields: Field[], table: Record<string, unknown>, prefix: string[] = []): Column[] | null {
  const columns: Column[] = []
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (!('name' in field)) return null
    const hooks = (field as { hooks?: Record<string, unknown[] | undefined> }).hooks
    if ((field as { localized?: boolean }).localized || WRITE_HOOKS.some((hook) => (hooks?.[hook]?.length ?? 0) > 0)) return null
    const path = [...prefix, field.name]
    if (field.type === 'group') {
      const inner = columnsOf(field.fields, table, path)
      if (!inner) return null
      columns.push(...inner)
      continue
    }
    const relationship = field.type === 'relationship' && typeof field.relationTo === 'string' && !field.hasMany
    if (!relationship && !(FLAT_TYPES.has(field.type) && !(field as { hasMany?: boolean }).hasMany)) return null
    const key = path.join('_')
    if (!(key in table)) return null
    columns.push({ path, key, defaultValue: (field as { defaultValue?: unknown }).defaultValue })
  }
  return columns
}

const at = (doc: Record<string, unknown>, path: string[]) =>
  path.reduce<unknown>((value, name) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined), doc)

function setAt(doc: Record<string, unknown>, path: string[], value: unknown) {
  let target = doc
  for (const name of path.slice(0, -1)) {
    const next = target[name]
    target = target[name] = next && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {}
  }
  target[path[path.length - 1]] = value
}

interface Plan {
  adapter: DrizzleAdapter
  table: any
  columns: Column[]
  collection: CollectionConfig
}

const plans = new WeakMap<object, Plan | null>()

function planOf(req: PayloadRequest): Plan | null {
  const { payload } = req
  if (plans.has(payload.db)) return plans.get(payload.db)!
  let plan: Plan | null = null
  const adapter = payload.db as unknown
  const slug = pluginSlugs(payload).claims
  const collection = payload.collections[slug]?.config as CollectionConfig | undefined
  if (isDrizzle(adapter) && collection && !collection.versions) {
    const table = adapter.tables[adapter.tableNameMap.get(slug.replaceAll('-', '_')) ?? '']
    const columns = table && 'id' in table && 'fingerprint' in table ? columnsOf(collection.fields, table) : null
    if (columns) plan = { adapter, table, columns, collection }
  }
  plans.set(payload.db, plan)
  return plan
}

/** Rows per insert statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_INSERT = 100

/**
 * Creates the claims (their data as `payload.create` would be given it) in multi-row inserts and returns the
 * created ones' ids by fingerprint; a claim whose fingerprint already exists (another save created it first) is
 * skipped, as the one-by-one path skips its duplicate error. Returns null when the collection or the adapter
 * needs Payload's create (see above): nothing was written then.
 */
export async function insertClaims(
  req: PayloadRequest,
  claims: Array<Record<string, unknown>>,
  context: RequestContext,
): Promise<Map<string, DocumentId> | null> {
  const plan = planOf(req)
  if (!plan) return null
  const ids = new Map<string, DocumentId>()
  if (claims.length === 0) return ids
  const { adapter, table, columns, collection: config } = plan
  const collection = req.payload.collections[config.slug].config
  const hooks = collection.hooks ?? {}

  const docs: Array<Record<string, unknown>> = []
  for (const claim of claims) {
    let data: Record<string, unknown> = { ...claim }
    for (const { path, defaultValue } of columns) {
      if (at(data, path) !== undefined || defaultValue === undefined) continue
      const value =
        typeof defaultValue === 'function' ? await defaultValue({ locale: req.locale, req, user: req.user }) : defaultValue
      if (value !== undefined) setAt(data, path, value)
    }
    for (const hook of hooks.beforeValidate ?? []) {
      data = ((await hook({ collection, context, data, operation: 'create', originalDoc: undefined, req })) as typeof data) ?? data
    }
    for (const hook of hooks.beforeChange ?? []) {
      data = ((await hook({ collection, context, data, operation: 'create', originalDoc: undefined, req })) as typeof data) ?? data
    }
    const now = new Date().toISOString()
    docs.push({ ...data, createdAt: data.createdAt ?? now, updatedAt: data.updatedAt ?? now })
  }

  const rows = docs.map((doc) => {
    const row: Record<string, unknown> = {}
    for (const { path, key } of columns) {
      const value = at(doc, path)
      if (value !== undefined) row[key] = value
    }
    return row
  })
  // The request's transaction (PostgreSQL) when it has one; SQLite here runs without Payload's transactions.
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const db = (transactionID != null && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const created: Array<{ id: DocumentId; fingerprint: string }> = await db
      .insert(table)
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .onConflictDoNothing()
      .returning({ id: table.id, fingerprint: table.fingerprint })
    for (const { id, fingerprint } of created) ids.set(fingerprint, id)
  }

  for (const data of docs) {
    const id = ids.get(String(data.fingerprint))
    if (id === undefined) continue
    let doc: Record<string, unknown> = { ...data, id }
    for (const hook of hooks.afterChange ?? []) {
      doc = ((await hook({ collection, context, data, doc, operation: 'create', previousDoc: {}, req })) as typeof doc) ?? doc
    }
  }
  return ids
}
/* eslint-enable @typescript-eslint/no-explicit-any */
