import type { CommitTransaction, DatabaseAdapterObj, RollbackTransaction } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/**
 * The embedded default: a SQLite file under ./data/. Production gets a file of its own: a development
 * database is shaped by schema pushes, a production one by the migrations in src/migrations/.
 */
export const DEFAULT_DATABASE_URI =
  process.env.NODE_ENV === 'production' ? 'file:./data/newsroom-production.db' : 'file:./data/newsroom.db'

/**
 * Chooses the adapter from the URI's scheme: `file:` → SQLite, `postgres://` → PostgreSQL,
 * `mongodb://` / `mongodb+srv://` → MongoDB (the production engine).
 * `DATABASE_ID_TYPE=uuid` makes the SQL adapters use string IDs, as MongoDB does.
 * `DATABASE_PUSH=false` stops development schema pushes on SQL: the schema then comes from the migrations only.
 * `DATABASE_POOL_MAX` sizes the PostgreSQL pool (at least 2); half of it may hold transactions (saves) at once.
 */
export function databaseAdapter(
  uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  idType: string | undefined = process.env.DATABASE_ID_TYPE,
): DatabaseAdapterObj {
  const uuid = idType === 'uuid'
  const push = process.env.DATABASE_PUSH === 'false' ? false : undefined
  if (idType && !uuid && idType !== 'number') {
    throw new Error(`DATABASE_ID_TYPE must be "uuid" or "number", got "${idType}"`)
  }
  if (uri.startsWith('file:')) {
    createDatabaseFolder(uri)
    return sqliteAdapter({
      client: { url: uri },
      // WAL lets readers (a second process such as the batch command) work beside the writer; in WAL mode
      // NORMAL sync stays consistent after a crash and spares a disk flush per transaction.
      wal: { synchronous: 'NORMAL', journalSizeLimit: 64 * 1024 * 1024 },
      busyTimeout: 5_000,
      idType: uuid ? 'uuid' : 'number',
      autoIncrement: true,
      // No transactions on SQLite (Payload's default there): @libsql/client opens a new connection for every
      // transaction and never closes it, two file descriptors a save, until the process runs out of them.
      transactionOptions: false,
      migrationDir: 'src/migrations/sqlite',
      // The committed migrations describe numeric IDs; with uuid IDs, create migrations of your own.
      prodMigrations: uuid ? undefined : sqliteMigrations,
      push,
    })
  }
  if (/^postgres(ql)?:\/\//.test(uri)) {
    const poolMax = Math.max(2, Number(process.env.DATABASE_POOL_MAX) || 10)
    return limitOpenTransactions(
      logPoolErrors(postgresAdapter({
        pool: {
          connectionString: uri,
          max: poolMax,
          // A last resort: a request that cannot get a connection in this time fails instead of hanging.
          connectionTimeoutMillis: 30_000,
        },
        idType: uuid ? 'uuid' : 'serial',
        migrationDir: 'src/migrations/postgres',
        prodMigrations: uuid ? undefined : postgresMigrations,
        push,
      })),
      Math.floor(poolMax / 2),
    )
  }
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    return mongooseAdapter({ url: uri, ensureIndexes: true })
  }
  throw new Error(
    `DATABASE_URI must start with "file:", "postgres://" or "mongodb://", got "${uri.split(':')[0]}:…"`,
  )
}

/** SQLite creates its file but not the folder it goes in: a fresh clone has no data/ yet. */
function createDatabaseFolder(uri: string) {
  const file = uri.startsWith('file://') ? fileURLToPath(uri.split('?')[0]) : uri.slice('file:'.length).split('?')[0]
  if (file === '' || file.includes(':memory:')) return
  mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)), { recursive: true })
}

/** Lets at most `size` holders in at once; the others wait in turn. */
function createSemaphore(size: number) {
  let free = size
  const waiting: Array<() => void> = []
  return {
    acquire: () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve))),
    release: () => {
      const next = waiting.shift()
      if (next) next()
      else free++
    },
  }
}

/**
 * Payload's save holds a pooled connection for its transaction and, inside it, needs more connections for a
 * moment: its document-lock check and the plugin's corpus lookup run outside the transaction. Once transactions
 * hold every connection of the pool, each waits for one that only they could free: all saves hang until the
 * pool times them out, and every other request (authentication too) with them. Letting at most `max`
 * transactions be open at once keeps the rest of the pool for those queries; further saves wait their turn.
 */
function limitOpenTransactions(adapter: DatabaseAdapterObj, max: number): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const permits = createSemaphore(max)
      const open = new Set<number | string>()
      const { beginTransaction, commitTransaction, rollbackTransaction } = db
      db.beginTransaction = async (options) => {
        await permits.acquire()
        try {
          const id = await beginTransaction.call(db, options)
          if (id === null) permits.release()
          else open.add(id)
          return id
        } catch (error) {
          permits.release()
          throw error
        }
      }
      // A transaction may be ended more than once (operations sharing it); only the first end frees its permit.
      const ending =
        (end: CommitTransaction | RollbackTransaction): CommitTransaction =>
        async (incoming) => {
          const id = await incoming
          const owned = open.delete(id)
          try {
            await end.call(db, id)
          } finally {
            if (owned) permits.release()
          }
        }
      db.commitTransaction = ending(commitTransaction)
      db.rollbackTransaction = ending(rollbackTransaction)
      return db
    },
  }
}

type ErrorEmitter = { on: (event: 'error', listener: (error: Error) => void) => void }

/**
 * node-postgres reports the failure of an idle pooled connection (the server shutting down or restarting, a
 * network cut) as an 'error' event of the pool, which Payload does not listen to: unheard, the event ends the
 * process. The pool drops the broken connection by itself and opens new ones for the next queries, so the
 * error is only logged.
 */
function logPoolErrors(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & { pool?: ErrorEmitter }
      const { connect } = db
      if (!connect) return db
      db.connect = async (options) => {
        const existing = db.pool
        await connect.call(db, options)
        // Connecting again (hot reload) keeps the pool it made the first time, and its listener.
        if (db.pool && db.pool !== existing) {
          db.pool.on('error', (error) =>
            args.payload.logger.warn(`PostgreSQL: a pooled connection failed (${error.message}); the next queries open new ones`),
          )
        }
      }
      return db
    },
  }
}
