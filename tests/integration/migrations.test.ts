import { ENGINE_VERSION } from '../../src/factcheck/engine'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { seedCorpus } from '../../src/seed/corpus'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { startApp, type TestApp } from '../helpers/app'
import { drainFactCheckQueue, pendingFactCheckJobs } from '../helpers/factcheck'

const uri = process.env.DATABASE_URI ?? ''
// The committed migrations are for the default numeric IDs; uuid IDs need migrations of their own.
const sql = !/^mongodb/.test(uri) && process.env.DATABASE_ID_TYPE !== 'uuid'
let app: TestApp

// Production builds its schema from src/migrations/ (no schema push): they must match the collections.
beforeAll(async () => {
  if (!sql) return
  process.env.DATABASE_PUSH = 'false'
  app = await startApp()
  const migrations = /^postgres/.test(uri) ? postgresMigrations : sqliteMigrations
  await app.payload.db.migrate({ migrations: migrations as never })
})

afterAll(async () => {
  await app?.close()
})

;(sql ? it : it.skip)('the migrations create every table and column the app writes', async () => {
  await seedCorpus(app.payload)
  expect((await app.payload.count({ collection: 'corpus-figures' })).totalDocs).toBeGreaterThan(10)
  const { docs: sources } = await app.payload.find({ collection: 'sources', limit: 1 })
  expect(sources[0].indexVersion).toBe(ENGINE_VERSION)
  const article = await app.payload.create({
    collection: 'articles',
    data: { title: 'Migrated', _status: 'published', body: lexicalParagraphs(['The talks in Moscow lasted eight hours.']) as never },
  })
  const { docs: claims } = await app.payload.find({ collection: 'claims', where: { articleRef: { equals: `articles:${article.id}` } } })
  expect(claims.map((claim) => claim.status)).toEqual(['conflict'])
  const verdict = await app.payload.create({
    collection: 'verdicts',
    data: { claim: claims[0].id, rating: 'inaccurate', evidence: [{ quote: 'five hours' }], _status: 'published' },
  })
  expect(verdict.rating).toBe('inaccurate')
  await drainFactCheckQueue(app.payload)
  expect(await pendingFactCheckJobs(app.payload)).toBe(0)
})
