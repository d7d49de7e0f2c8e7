import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { request, userWithRoles, type Credentials } from '../helpers/client'
import { body, claimsOf, drainFactCheckQueue } from '../helpers/factcheck'

const DURATION = 'The talks in Moscow lasted seven hours.'
const ANNEXATION = 'Crimea was annexed in 2014.'
const SOURCE_KEY = 'aide-interview'

let app: TestApp
let admin: Credentials, editor: Credentials
let articleId: number | string
let sourceId: number | string

const claim = async (text: string) => (await claimsOf(app.payload, articleId)).find((candidate) => candidate.text === text)
const evidenceSources = (claimDoc: any) =>
  new Set(claimDoc.figures.flatMap((figure: any) => figure.evidence.map((evidence: any) => `${evidence.source}:${evidence.relation}`)))
const api = (method: string, path: string, json?: unknown) => request(app.server.url, method, path, { auth: admin, json })

beforeAll(async () => {
  app = await startApp()
  await seedCorpus(app.payload)
  await drainFactCheckQueue(app.payload)
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  const created = await request(app.server.url, 'POST', '/api/articles', {
    auth: editor,
    json: { title: 'Sources change', body: body([DURATION, ANNEXATION]) },
  })
  articleId = created.body.doc.id
})

afterAll(async () => {
  await app?.close()
})

it('starts from the seeded corpus', async () => {
  expect((await claim(DURATION)).status).toBe('conflict')
  expect((await claim(ANNEXATION)).status).toBe('supported')
})

it('re-checks the claims about the measures a new source states, and only those', async () => {
  const annexationBefore = await claim(ANNEXATION)
  const created = await api('POST', '/api/sources', {
    key: SOURCE_KEY,
    title: 'An aide speaks',
    // Of the article's story (Moscow and Crimea): a city alone does not let a report refute a claim.
    text: 'The talks in Moscow over Crimea lasted seven hours, an aide said.',
  })
  expect(created.status).toBe(201)
  sourceId = created.body.doc.id
  expect((await claim(DURATION)).status).toBe('conflict')

  await drainFactCheckQueue(app.payload)
  const duration = await claim(DURATION)
  expect(duration.status).toBe('mixed')
  expect(evidenceSources(duration)).toContain(`${SOURCE_KEY}:supports`)
  const annexation = await claim(ANNEXATION)
  expect(annexation.checkedAt).toBe(annexationBefore.checkedAt)
})

it('re-checks them again when the source’s text changes', async () => {
  const changed = await api('PATCH', `/api/sources/${sourceId}`, { text: 'The talks in Moscow over Crimea lasted five hours, an aide said.' })
  expect(changed.status).toBe(200)
  await drainFactCheckQueue(app.payload)
  const duration = await claim(DURATION)
  expect(duration.status).toBe('conflict')
  expect(evidenceSources(duration)).toContain(`${SOURCE_KEY}:conflicts`)
})

it('re-checks the claims about the measures a source stopped stating', async () => {
  const before = await claim(DURATION)
  await api('PATCH', `/api/sources/${sourceId}`, { text: 'Crimea was annexed in 2014, an aide recalled.' })
  await drainFactCheckQueue(app.payload)
  const duration = await claim(DURATION)
  expect(duration.checkedAt).not.toBe(before.checkedAt)
  expect([...evidenceSources(duration)].some((source) => String(source).startsWith(SOURCE_KEY))).toBe(false)
  expect(evidenceSources(await claim(ANNEXATION))).toContain(`${SOURCE_KEY}:supports`)
})

it('re-checks a hand-entered claim too, and drops a deleted source from the evidence', async () => {
  const manual = await request(app.server.url, 'POST', '/api/claims', { auth: editor, json: { text: ANNEXATION } })
  expect(evidenceSources(manual.body.doc)).toContain(`${SOURCE_KEY}:supports`)
  expect((await api('DELETE', `/api/sources/${sourceId}`)).status).toBe(200)
  await drainFactCheckQueue(app.payload)
  const recheckedManual = await app.payload.findByID({ collection: 'claims', id: manual.body.doc.id, depth: 0 })
  expect([...evidenceSources(recheckedManual)].some((source) => String(source).startsWith(SOURCE_KEY))).toBe(false)
  expect([...evidenceSources(await claim(ANNEXATION))].some((source) => String(source).startsWith(SOURCE_KEY))).toBe(false)
})
