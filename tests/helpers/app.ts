import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { seedCorpus } from '../../src/seed/corpus'
import { type Credentials, userWithRoles } from './client'
import { freshDatabase } from './database'
import { drainFactCheckQueue } from './factcheck'
import { startServer, type TestServer } from './server'

export interface TestApp {
  payload: Payload
  config: SanitizedConfig
  server: TestServer
  close: () => Promise<void>
}

type Pool = { on: (event: 'error', listener: () => void) => void; end: () => Promise<void>; _clients?: Pool[] }

/**
 * Payload's destroy leaves the PostgreSQL pool open, with the client of its schema push still checked out, so
 * the pool can never end by itself: its connections are ended by dropping the database, their errors expected.
 */
function releasePostgresPool(payload: Payload) {
  const pool = (payload.db as { pool?: Pool }).pool
  if (!pool) return
  const ignore = () => {}
  pool.on('error', ignore)
  for (const client of pool._clients ?? []) client.on('error', ignore)
  void pool.end().catch(ignore)
}

/**
 * Boots the example app (payload.config.ts) on a fresh database, behind a real HTTP server: on the server of
 * `databaseUri` when given (e.g. a private PostgreSQL server), else on the one the environment chooses.
 */
export async function startApp({ databaseUri }: { databaseUri?: string } = {}): Promise<TestApp> {
  const database = await freshDatabase(databaseUri)
  process.env.DATABASE_URI = database.uri
  const config = await (await import('../../payload.config')).default
  const payload = await getPayload({ config })
  const server = await startServer(config)
  return {
    payload,
    config,
    server,
    close: async () => {
      await server.close()
      await payload.destroy()
      releasePostgresPool(payload)
      await database.drop()
    },
  }
}

/**
 * Boots the example app on a fresh database, seeds the corpus, runs the fact-check queue dry, then logs in an
 * editor (in that order). Closes the app when a step fails, as the caller never receives it.
 */
export async function startSeededApp(): Promise<{ app: TestApp; editor: Credentials & { id: number | string; email: string } }> {
  const app = await startApp()
  try {
    await seedCorpus(app.payload)
    await drainFactCheckQueue(app.payload)
    const editor = await userWithRoles(app.payload, app.server.url, ['editor'])
    return { app, editor }
  } catch (error) {
    await app.close()
    throw error
  }
}
