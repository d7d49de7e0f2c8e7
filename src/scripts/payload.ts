/**
 * The Payload CLI commands this project uses, run as a bundle (see run.mjs) because Payload's own bin
 * loads the config through Node 20's loader hooks and stalls now and then on Lexical's top-level await.
 *   generate:importmap          regenerate src/app/(payload)/admin/importMap.js
 *   migrate:create <name>       a migration for the adapter DATABASE_URI selects (SQLite or PostgreSQL)
 *   migrate                     run pending migrations
 */
import { generateImportMap, getPayload } from 'payload'

import configPromise from '../../payload.config'

async function main() {
  const [command, name] = process.argv.slice(2)
  const config = await configPromise
  if (command === 'generate:importmap') {
    await generateImportMap(config, { log: true })
    process.exit(0)
  }
  if (command !== 'migrate' && command !== 'migrate:create') {
    console.error('usage: payload.ts generate:importmap | migrate:create <name> | migrate')
    process.exit(2)
  }
  process.env.PAYLOAD_MIGRATING = 'true'
  const payload = await getPayload({ config, disableOnInit: true })
  if (command === 'migrate') await payload.db.migrate()
  else await payload.db.createMigration({ migrationName: name ?? 'schema', payload, forceAcceptWarning: true })
  process.exit(0)
}

void main()
