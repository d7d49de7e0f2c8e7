import { seedCorpus } from '../../src/seed/corpus'
import { DEMO_USERS, seedDemo } from '../../src/seed/demo'
import { startApp, type TestApp } from '../helpers/app'
import { request } from '../helpers/client'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

it('loads the five corpus sources idempotently, with their index', async () => {
  const first = await seedCorpus(app.payload)
  expect(first).toEqual({ created: 5, updated: 0, total: 5 })
  const figuresAfterFirst = await app.payload.count({ collection: 'corpus-figures' })
  expect(figuresAfterFirst.totalDocs).toBeGreaterThan(10)

  const second = await seedCorpus(app.payload)
  expect(second).toEqual({ created: 0, updated: 0, total: 5 })
  expect((await app.payload.count({ collection: 'sources' })).totalDocs).toBe(5)
  expect((await app.payload.count({ collection: 'corpus-figures' })).totalDocs).toBe(figuresAfterFirst.totalDocs)

  const { docs } = await app.payload.find({ collection: 'sources', where: { key: { equals: '001_e759f5f9dd5bc10b' } } })
  expect(docs[0].title).toMatch(/^Path to Peace/)
  expect(String(docs[0].publishedAt)).toMatch(/^2025-12-04/)
  expect(docs[0].figureCount).toBeGreaterThan(0)
})

it('seeds demo users who can log in, and a demo article with checked claims, only on an empty database', async () => {
  expect(await seedDemo(app.payload)).toBe(true)
  expect(await seedDemo(app.payload)).toBe(false)
  expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(DEMO_USERS.length)
  for (const user of DEMO_USERS) {
    const login = await request(app.server.url, 'POST', '/api/users/login', {
      json: { email: user.email, password: process.env.DEMO_PASSWORD || 'newsroom-demo' },
    })
    expect(login.status).toBe(200)
    expect(login.body.user.roles).toEqual(user.roles)
  }
  const claims = await app.payload.find({ collection: 'claims', where: { status: { equals: 'conflict' } } })
  expect(claims.docs.map((claim) => claim.text)).toContain(
    'The talks in Moscow lasted seven hours and ended without a compromise on territory.',
  )
})
