import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, reload, type Payload, type SanitizedConfig } from 'payload'

import { factCheckAccess } from '../../src/access/roles'
import { Articles } from '../../src/collections/Articles'
import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/database'
import { factCheckPlugin } from '../../src/factcheck'
import { TASK_SEND_EMAIL } from '../../src/factcheck/constants'
import { freshDatabase } from '../helpers/database'

/**
 * Under `next dev` a changed server file makes Payload reload its config (`reload` in payload's index): the
 * SQL adapter is destroyed (its tables and its drizzle client dropped), Payload regenerates the import map,
 * then the adapter rebuilds its tables (`init`) and reconnects (`connect`). Requests wait for the reload, the
 * autoRun cron does not. On SQLite, which runs without transactions here, a tick in the first window failed in
 * Payload's updateJobs with "Cannot read properties of undefined (reading 'id')" (no tables), one in the
 * second with "(reading 'query')" (no client). On PostgreSQL updateJobs begins a transaction, and the adapter's
 * beginTransaction already waits for the reconnection: there the test checks that the queue still runs
 * through a reload. The reload below holds each window open longer than a cron period (one second).
 */
const WINDOW_MS = 1_500

const uri = process.env.DATABASE_URI ?? ''
/**
 * The SQL adapters only: the fix waits for their `initializing` promise (their destroy renews it, their
 * connect settles it). The MongoDB adapter has no such promise and reloads otherwise (it closes and reopens
 * its connection); nothing here applies to it.
 */
const sql = !/^mongodb/.test(uri)

let database: Awaited<ReturnType<typeof freshDatabase>>
let config: SanitizedConfig
let payload: Payload

beforeAll(async () => {
  if (!sql) return
  // The environment's database (SQLite, PostgreSQL; numeric or uuid ids).
  database = await freshDatabase()
  config = await buildConfig({
    admin: { user: Users.slug, importMap: { autoGenerate: false } },
    collections: [Users, Articles],
    editor: lexicalEditor(),
    secret: 'jobs-hot-reload-test',
    db: databaseAdapter(database.uri),
    // A reload would otherwise spawn `payload generate:types` into the source tree.
    typescript: { autoGenerate: false },
    jobs: { deleteJobOnComplete: false },
    plugins: [
      factCheckPlugin({
        articles: { articles: { field: 'body', dateField: 'publishedAt', urlPattern: '/articles/{slug}' } },
        access: factCheckAccess,
        autoRun: '* * * * * *',
      }),
    ],
  })
  // As Next's getPayload does: with the autoRun crons (a key of its own, apart from other test files' instances).
  payload = await getPayload({ config, cron: true, key: 'jobs-hot-reload' })
})

afterAll(async () => {
  await payload?.destroy()
  // Payload's destroy leaves the PostgreSQL pool open: its connections end with the database, errors expected.
  const pool = (payload?.db as { pool?: { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> } } | undefined)?.pool
  if (pool) {
    pool.on('error', () => {})
    void pool.end().catch(() => {})
  }
  await database?.drop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until no job of the queue is left to run (the reconciliation the plugin queues at start-up). */
async function queueIdle(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (totalDocs === 0) return
    await sleep(100)
  }
  throw new Error('the start-up jobs did not finish')
}

async function jobDone(id: number | string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const job = await payload.findByID({ collection: 'payload-jobs', id, depth: 0, disableErrors: true })
    if (job?.completedAt || job?.hasError) return job
    await sleep(100)
  }
  return null
}

;(sql ? it : it.skip)('runs the queue through a config reload without cron errors', async () => {
  await queueIdle(10_000)
  // The cron's runs, counted: the reload begins between two of them (a run already under way when the adapter
  // goes down is another matter, not what this test is about).
  let running = 0
  const run = payload.jobs.run
  payload.jobs.run = (args) => {
    running++
    return run(args).finally(() => running--)
  }

  const errors: string[] = []
  const logError = payload.logger.error.bind(payload.logger)
  payload.logger.error = ((...args: Parameters<typeof logError>) => {
    const [first, second] = args as unknown[]
    const err = (first as { err?: Error } | undefined)?.err
    errors.push([typeof first === 'string' ? first : (first as { msg?: string })?.msg, second, err?.message].filter(Boolean).join(': '))
    return logError(...args)
  }) as typeof payload.logger.error

  const job = await payload.jobs.queue({
    task: TASK_SEND_EMAIL,
    queue: 'factcheck',
    input: { to: 'editor@example.com', subject: 'Reload test', text: 'Sent after the reload.' },
    // Due while the adapter is down: it runs once the database is back.
    waitUntil: new Date(Date.now() + 500),
  })

  // The two windows of a reload, each held open for more than one tick: before `init` (under `next dev` the
  // import map is generated there) and before `connect`.
  const db = payload.db
  const { init, connect } = db
  db.init = async (...args) => {
    await sleep(WINDOW_MS)
    return init!.apply(db, args)
  }
  db.connect = async (...args) => {
    await sleep(WINDOW_MS)
    return connect!.apply(db, args)
  }
  try {
    while (running > 0) await sleep(10)
    // In the same turn: the adapter is destroyed before any other tick can start.
    await reload(config, payload, true)
  } finally {
    payload.jobs.run = run
    db.init = init
    db.connect = connect
  }

  const done = await jobDone(job.id, 10_000)
  payload.logger.error = logError
  expect(errors).toEqual([])
  expect(done).toMatchObject({ hasError: false })
  expect(done?.completedAt).toBeTruthy()
})
