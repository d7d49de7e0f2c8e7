import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

/** The embedded default: a SQLite file under ./data/. */
export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

/**
 * Chooses the adapter from the URI's scheme: `file:` → SQLite, `postgres://` → PostgreSQL,
 * `mongodb://` / `mongodb+srv://` → MongoDB (the production engine).
 * `DATABASE_ID_TYPE=uuid` makes the SQL adapters use string IDs, as MongoDB does.
 * `DATABASE_POOL_MAX` sizes the PostgreSQL pool: keep it above the number of concurrent saves to expect.
 */
export function databaseAdapter(
  uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  idType: string | undefined = process.env.DATABASE_ID_TYPE,
): DatabaseAdapterObj {
  const uuid = idType === 'uuid'
  if (idType && !uuid && idType !== 'number') {
    throw new Error(`DATABASE_ID_TYPE must be "uuid" or "number", got "${idType}"`)
  }
  if (uri.startsWith('file:')) {
    return sqliteAdapter({
      client: { url: uri },
      // WAL lets readers (a second process such as the batch command) work beside the writer; in WAL mode
      // NORMAL sync stays consistent after a crash and spares a disk flush per transaction.
      wal: { synchronous: 'NORMAL', journalSizeLimit: 64 * 1024 * 1024 },
      busyTimeout: 5_000,
      idType: uuid ? 'uuid' : 'number',
      autoIncrement: true,
      transactionOptions: {},
      migrationDir: 'src/migrations/sqlite',
    })
  }
  if (/^postgres(ql)?:\/\//.test(uri)) {
    return postgresAdapter({
      pool: {
        connectionString: uri,
        max: Number(process.env.DATABASE_POOL_MAX) || 10,
        // Payload's REST update holds a connection for its transaction and briefly needs a second one (its
        // document-lock check runs outside the transaction), so as many concurrent saves as the pool has
        // connections wait for each other forever. Time out instead: the starved saves fail and roll back.
        connectionTimeoutMillis: 30_000,
      },
      idType: uuid ? 'uuid' : 'serial',
      migrationDir: 'src/migrations/postgres',
    })
  }
  if (/^mongodb(\+srv)?:\/\//.test(uri)) {
    return mongooseAdapter({ url: uri, ensureIndexes: true })
  }
  throw new Error(
    `DATABASE_URI must start with "file:", "postgres://" or "mongodb://", got "${uri.split(':')[0]}:…"`,
  )
}
