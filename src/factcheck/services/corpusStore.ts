/**
 * The corpus index's storage, per database adapter: the capped lookup of keys, multi-row writes, and the
 * atomic batch the import and the one-source save share. Payload's Local API runs its read pipeline (field
 * hooks, transforms) per row and writes one row per call; the index is derived data that needs neither, so the
 * store goes to the adapter's own query builder: drizzle on SQLite and PostgreSQL, the mongoose model on
 * MongoDB. Every other adapter falls back to Payload's adapter API (`payload.db.*`), slower but the same answers.
 */
import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { type PluginSlugs, pluginSlugs } from '../options'

export type DocumentId = number | string

/** One row of the corpus index (the fields of the corpus-figures collection). */
export interface IndexRow {
  source: DocumentId
  sourceKey: string
  lookupKey: string
  sourceDate: string
  figureId: string
  text: string
  measure: string
  quote: string
  figure: unknown
}

/** What a lookup of one key reads: the figure and what identifies it across its keys. */
export interface StoredFigure {
  figureId: string
  figure: unknown
}

/** The writes of one batch of sources, applied all or nothing. */
export interface IndexBatch {
  /** Sources whose index rows are dropped before `rows` are written (changed or removed sources). */
  clearSources: DocumentId[]
  rows: IndexRow[]
  /** Field updates of existing sources (their new text, hash and figure count). */
  sourceUpdates: Array<{ id: DocumentId; data: Record<string, unknown> }>
}

export interface CorpusStore {
  /** Per key at most `limit` rows, newest `sourceDate` first, read through the compound index (keys distinct). */
  lookup(keys: string[], limit: number): Promise<StoredFigure[]>
  /** Creates sources in one multi-row insert; returns their ids by key. */
  insertSources(req: PayloadRequest, sources: Array<Record<string, unknown>>): Promise<Map<string, DocumentId>>
  /** Applies a batch in one transaction (the request's, when it has one). */
  writeBatch(req: PayloadRequest, batch: IndexBatch): Promise<void>
  /** The lookup keys the given sources are indexed under (one column read). */
  keysOf(req: PayloadRequest, sourceIds: DocumentId[]): Promise<string[]>
}

/** Rows per insert statement: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const ROWS_PER_INSERT = 100

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/* eslint-disable @typescript-eslint/no-explicit-any -- the adapters' query builders are typed per schema */
type Drizzle = any

interface DrizzleAdapter {
  name: string
  drizzle: Drizzle
  tables: Record<string, any>
  tableNameMap: Map<string, string>
  operators: { equals: any; in: any }
  sessions?: Record<string, { db: Drizzle }>
  /** PostgreSQL: the node-postgres pool. */
  pool?: {
    query(query: { text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>
    connect?(): Promise<PgClient & { release(): void }>
  }
  /** SQLite: the libsql client. */
  client?: {
    batch(statements: Array<{ sql: string; args: unknown[] }>, mode: 'write'): Promise<unknown>
    execute(statement: { sql: string; args: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>
  }
}

type Statement = { sql: string; args: unknown[] }

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
const sqlValue = (field: unknown) =>
  field === undefined ? null : field !== null && typeof field === 'object' ? JSON.stringify(field) : field

/** Parameter placeholders: `?` on SQLite, `$1…` on PostgreSQL (numbered within each statement). */
type Placeholder = (position: number) => string
const sqlitePlaceholder: Placeholder = () => '?'
const postgresPlaceholder: Placeholder = (position) => `$${position}`
const marks = (mark: Placeholder, count: number, after = 0) =>
  Array.from({ length: count }, (_, i) => mark(after + i + 1)).join(', ')

/** The table's name, with its schema when the adapter has one (PostgreSQL's `schemaName`). */
const tableOf = (table: any) => {
  const schema: string | undefined = table[Symbol.for('drizzle:Schema')]
  const name = quote(table[Symbol.for('drizzle:Name')])
  return schema ? `${quote(schema)}.${name}` : name
}

/**
 * Multi-row inserts of objects whose keys are the table's fields. SQLite's text ids (`idType: 'uuid'`) come from
 * drizzle's default function, which plain SQL does not run: they are made here (PostgreSQL's have a database
 * default).
 */
function inserts(mark: Placeholder, table: any, input: Array<Record<string, unknown>>, returning = ''): Statement[] {
  const textIds = table.id.columnType === 'SQLiteText'
  const rows = textIds ? input.map((row) => ({ id: randomUUID(), ...row })) : input
  const fields = Object.keys(rows[0] ?? {})
  const columns = fields.map((field) => quote(table[field].name)).join(', ')
  return chunks(rows, ROWS_PER_INSERT).map((part) => ({
    sql:
      `INSERT INTO ${tableOf(table)} (${columns}) VALUES ` +
      `${part.map((_, row) => `(${marks(mark, fields.length, row * fields.length)})`).join(', ')}${returning}`,
    args: part.flatMap((row) => fields.map((field) => sqlValue(row[field]))),
  }))
}

/**
 * A batch as plain parameterised SQL (names from the drizzle tables): drizzle's builder spends more time
 * mapping a multi-row insert than the database spends writing it.
 */
function batchStatements(mark: Placeholder, figures: any, sources: any, batch: IndexBatch): Statement[] {
  const statements: Statement[] = []
  if (batch.clearSources.length > 0) {
    statements.push({
      sql: `DELETE FROM ${tableOf(figures)} WHERE ${quote(figures.source.name)} IN (${marks(mark, batch.clearSources.length)})`,
      args: batch.clearSources,
    })
  }
  statements.push(...inserts(mark, figures, batch.rows as unknown as Array<Record<string, unknown>>))
  const now = new Date().toISOString()
  for (const { id, data } of batch.sourceUpdates) {
    const entries = Object.entries({ ...data, updatedAt: now })
    statements.push({
      sql:
        `UPDATE ${tableOf(sources)} SET ${entries.map(([field], i) => `${quote(sources[field].name)} = ${mark(i + 1)}`).join(', ')} ` +
        `WHERE ${quote(sources.id.name)} = ${mark(entries.length + 1)}`,
      args: [...entries.map(([, field]) => sqlValue(field)), id],
    })
  }
  return statements
}

/** The node-postgres client of a drizzle instance: the transaction's connection, or the pool. */
type PgClient = { query(text: string, values: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }> }
const pgClientOf = (db: Drizzle): PgClient | undefined =>
  typeof db?.session?.client?.query === 'function' ? (db.session.client as PgClient) : undefined

const isDrizzle = (db: unknown): db is DrizzleAdapter =>
  typeof db === 'object' && db !== null && 'drizzle' in db && 'tables' in db && 'tableNameMap' in db

/** The drizzle instance of the request's transaction, else the adapter's. */
async function drizzleOf(adapter: DrizzleAdapter, req: PayloadRequest): Promise<Drizzle> {
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

function drizzleStore(adapter: DrizzleAdapter, slugs: PluginSlugs): CorpusStore {
  const tableName = (slug: string) => adapter.tableNameMap.get(slug.replaceAll('-', '_')) as string
  const figuresName = tableName(slugs.corpusFigures)
  const figures = adapter.tables[figuresName]
  const sources = adapter.tables[tableName(slugs.sources)]
  const { equals: eq, in: inArray } = adapter.operators
  // SQLite here runs without Payload's transactions (libsql leaks a connection per transaction); libsql's batch
  // runs the statements on the one connection inside BEGIN … COMMIT, atomically.
  const sqlite = adapter.name === 'sqlite'

  const statements = (db: Drizzle, batch: IndexBatch) => [
    ...(batch.clearSources.length > 0 ? [db.delete(figures).where(inArray(figures.source, batch.clearSources))] : []),
    ...chunks(batch.rows, ROWS_PER_INSERT).map((rows) => db.insert(figures).values(rows)),
    ...batch.sourceUpdates.map(({ id, data }) =>
      db.update(sources).set({ ...data, updatedAt: new Date().toISOString() }).where(eq(sources.id, id)),
    ),
  ]

  // The lookup is the check's hot path: parameterised SQL on the driver, two columns, no ORM mapping.
  const columns = `${quote(figures.figureId.name)} AS "figureId", ${quote(figures.figure.name)} AS "figure"`
  const capped = (key: string, limit: string) =>
    `SELECT ${columns} FROM ${tableOf(figures)} WHERE ${quote(figures.lookupKey.name)} = ${key} ` +
    `ORDER BY ${quote(figures.sourceDate.name)} DESC LIMIT ${limit}`
  const { client, pool } = adapter
  const lookup: CorpusStore['lookup'] =
    sqlite && client
      ? async (keys, limit) => {
          // In-process: a query per key costs no round trip.
          const found: StoredFigure[] = []
          for (const key of keys) {
            const { rows } = await client.execute({ sql: capped('?', '?'), args: [key, limit] })
            for (const row of rows) found.push({ figureId: String(row.figureId), figure: JSON.parse(String(row.figure)) })
          }
          return found
        }
      : pool
        ? // One round trip for all keys: the capped index scan runs once per key inside the server.
          async (keys, limit) =>
            (
              await pool.query({
                text: `SELECT f.* FROM unnest($1::text[]) AS k(key) CROSS JOIN LATERAL (${capped('k.key', '$2')}) AS f`,
                values: [keys, limit],
              })
            ).rows as unknown as StoredFigure[]
        : async (keys, limit) =>
            (
              await Promise.all(
                keys.map((key) =>
                  adapter.drizzle.query[figuresName].findMany({
                    columns: { figureId: true, figure: true },
                    where: (row: any, { eq: equal }: any) => equal(row.lookupKey, key),
                    orderBy: (row: any, { desc }: any) => [desc(row.sourceDate)],
                    limit,
                  }),
                ),
              )
            ).flat()

  return {
    lookup,
    insertSources: async (req, rows) => {
      const db = await drizzleOf(adapter, req)
      const ids = new Map<string, DocumentId>()
      const returning = ` RETURNING ${quote(sources.id.name)} AS id, ${quote(sources.key.name)} AS key`
      const pg = pgClientOf(db)
      if ((sqlite && adapter.client && db === adapter.drizzle) || pg) {
        for (const statement of inserts(pg ? postgresPlaceholder : sqlitePlaceholder, sources, rows, returning)) {
          const created = pg ? await pg.query(statement.sql, statement.args) : await adapter.client!.execute(statement)
          for (const row of created.rows) ids.set(String(row.key), row.id as DocumentId)
        }
        return ids
      }
      for (const part of chunks(rows, ROWS_PER_INSERT)) {
        const created = await db.insert(sources).values(part).returning({ id: sources.id, key: sources.key })
        for (const { id, key } of created) ids.set(key, id)
      }
      return ids
    },
    writeBatch: async (req, batch) => {
      const db = await drizzleOf(adapter, req)
      if (sqlite && adapter.client && db === adapter.drizzle) {
        const statements = batchStatements(sqlitePlaceholder, figures, sources, batch)
        if (statements.length > 0) await adapter.client.batch(statements, 'write')
        return
      }
      const planned = batchStatements(postgresPlaceholder, figures, sources, batch)
      const transaction = db !== adapter.drizzle ? pgClientOf(db) : undefined
      if (transaction) {
        // The request's transaction: its connection.
        for (const { sql, args } of planned) await transaction.query(sql, args)
        return
      }
      if (pool?.connect) {
        // No transaction to join: one of our own, on one connection, released whatever happens.
        const connection = await pool.connect()
        try {
          await connection.query('BEGIN', [])
          for (const { sql, args } of planned) await connection.query(sql, args)
          await connection.query('COMMIT', [])
        } catch (error) {
          await connection.query('ROLLBACK', []).catch(() => undefined)
          throw error
        } finally {
          connection.release()
        }
        return
      }
      for (const query of statements(db, batch)) await query
    },
    keysOf: async (req, sourceIds) => {
      if (sourceIds.length === 0) return []
      const db = await drizzleOf(adapter, req)
      const rows = await db
        .selectDistinct({ lookupKey: figures.lookupKey })
        .from(figures)
        .where(inArray(figures.source, sourceIds))
      return rows.map((row: { lookupKey: string }) => row.lookupKey)
    },
  }
}

interface MongooseModel {
  find(filter: object, projection: object): any
  insertMany(docs: object[], options: object): Promise<Array<{ _id: unknown; key: string }>>
  deleteMany(filter: object, options: object): Promise<unknown>
  updateOne(filter: object, update: object, options: object): Promise<unknown>
  distinct(field: string, filter: object): any
}

interface MongooseAdapter {
  name: string
  collections: Record<string, MongooseModel>
  sessions?: Record<string, unknown>
}

const isMongoose = (db: unknown): db is MongooseAdapter =>
  typeof db === 'object' && db !== null && (db as { name?: string }).name === 'mongoose' && 'collections' in db

async function mongoSession(adapter: MongooseAdapter, req: PayloadRequest) {
  const id = req.transactionID ? await req.transactionID : undefined
  return id !== undefined ? adapter.sessions?.[String(id)] : undefined
}

/** MongoDB: the mongoose models Payload built (they cast ids to the schema's types). Not run here: no server. */
function mongooseStore(adapter: MongooseAdapter, slugs: PluginSlugs): CorpusStore {
  const figures = adapter.collections[slugs.corpusFigures]
  const sources = adapter.collections[slugs.sources]
  return {
    lookup: async (keys, limit) =>
      (
        await Promise.all(
          keys.map((key) => figures.find({ lookupKey: key }, { _id: 0, figureId: 1, figure: 1 }).sort({ sourceDate: -1 }).limit(limit).lean()),
        )
      ).flat() as StoredFigure[],
    insertSources: async (req, rows) => {
      const now = new Date()
      const session = await mongoSession(adapter, req)
      const created = await sources.insertMany(
        rows.map((row) => ({ ...row, createdAt: now, updatedAt: now })),
        { session, ordered: true },
      )
      return new Map(created.map((doc) => [doc.key, String(doc._id)]))
    },
    writeBatch: async (req, batch) => {
      const session = await mongoSession(adapter, req)
      const now = new Date()
      if (batch.clearSources.length > 0) await figures.deleteMany({ source: { $in: batch.clearSources } }, { session })
      for (const rows of chunks(batch.rows, ROWS_PER_INSERT)) {
        await figures.insertMany(rows, { session, ordered: true })
      }
      for (const { id, data } of batch.sourceUpdates) {
        await sources.updateOne({ _id: id }, { $set: { ...data, updatedAt: now } }, { session })
      }
    },
    keysOf: async (req, sourceIds) =>
      sourceIds.length === 0
        ? []
        : ((await figures.distinct('lookupKey', { source: { $in: sourceIds } }).session(await mongoSession(adapter, req))) as string[]),
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Any other adapter: Payload's adapter API, one call per row. */
function adapterApiStore(payload: Payload, slugs: PluginSlugs): CorpusStore {
  const db = payload.db
  return {
    lookup: async (keys, limit) => {
      const found: StoredFigure[] = []
      for (const key of keys) {
        const { docs } = await db.find({
          collection: slugs.corpusFigures,
          where: { lookupKey: { equals: key } },
          sort: '-sourceDate',
          limit,
          pagination: false,
          select: { figureId: true, figure: true },
        })
        found.push(...(docs as unknown as StoredFigure[]))
      }
      return found
    },
    insertSources: async (req, rows) => {
      const ids = new Map<string, DocumentId>()
      for (const data of rows) {
        const created = await db.create({ collection: slugs.sources, data, req })
        ids.set(String(data.key), created.id as DocumentId)
      }
      return ids
    },
    writeBatch: async (req, batch) => {
      if (batch.clearSources.length > 0) {
        await db.deleteMany({ collection: slugs.corpusFigures, where: { source: { in: batch.clearSources } }, req })
      }
      for (const data of batch.rows) await db.create({ collection: slugs.corpusFigures, data: { ...data }, req })
      for (const { id, data } of batch.sourceUpdates) await db.updateOne({ collection: slugs.sources, id, data, req })
    },
    keysOf: async (req, sourceIds) => {
      if (sourceIds.length === 0) return []
      const { docs } = await db.find({
        collection: slugs.corpusFigures,
        where: { source: { in: sourceIds } },
        select: { lookupKey: true },
        pagination: false,
        req,
      })
      return [...new Set((docs as unknown as Array<{ lookupKey: string }>).map((row) => row.lookupKey))]
    },
  }
}

const stores = new WeakMap<object, CorpusStore>()

/** The store of this Payload's database adapter (built once per adapter instance). */
export function corpusStore(payload: Payload): CorpusStore {
  let store = stores.get(payload.db)
  if (!store) {
    const slugs = pluginSlugs(payload)
    store = isDrizzle(payload.db)
      ? drizzleStore(payload.db, slugs)
      : isMongoose(payload.db)
        ? mongooseStore(payload.db, slugs)
        : adapterApiStore(payload, slugs)
    stores.set(payload.db, store)
  }
  return store
}
