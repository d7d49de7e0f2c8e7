import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { freshDatabase } from './database'
import { startServer, type TestServer } from './server'

export interface TestApp {
  payload: Payload
  config: SanitizedConfig
  server: TestServer
  close: () => Promise<void>
}

/** Boots the example app (payload.config.ts) on a fresh database, behind a real HTTP server. */
export async function startApp(): Promise<TestApp> {
  const database = await freshDatabase()
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
      await database.drop()
    },
  }
}
