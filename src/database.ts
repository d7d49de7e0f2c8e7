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
      idType: uuid ? 'uuid' : 'number',
      autoIncrement: true,
      transactionOptions: {},
      migrationDir: 'src/migrations/sqlite',
    })
  }
  if (/^postgres(ql)?:\/\//.test(uri)) {
    return postgresAdapter({
      pool: { connectionString: uri },
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
