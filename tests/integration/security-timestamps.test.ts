import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, userWithRoles } from '../helpers/client'
import { newsroom } from '../helpers/newsroom'

/** Issue 11.13: timestamps come from the server, never from the request. */

let app: TestApp
let editor: Credentials, reviewer: Credentials
let desk: ReturnType<typeof newsroom>

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  desk = newsroom(app)
})

afterAll(async () => {
  await app?.close()
})

const PAST = '2001-01-01T00:00:00.000Z'
const FUTURE = '2099-01-01T00:00:00.000Z'
const recent = (value: unknown) => Math.abs(Date.parse(String(value)) - Date.now()) < 10 * 60_000

it('a reviewer cannot date a verdict (its updatedAt is the ClaimReview datePublished)', async () => {
  const claim = (await desk.api('POST', '/api/claims', editor, { text: 'The bridge carried 800 cars a day.' })).body.doc
  const created = await desk.api('POST', '/api/verdicts', reviewer, {
    claim: claim.id, rating: 'accurate', _status: 'published', createdAt: PAST, updatedAt: FUTURE,
  })
  expect(created.status).toBe(201)
  const stored = await app.payload.findByID({ collection: 'verdicts', id: created.body.doc.id, depth: 0 })
  expect([recent(stored.createdAt), recent(stored.updatedAt)]).toEqual([true, true])
  await desk.api('PATCH', `/api/verdicts/${stored.id}`, reviewer, { explanation: 'Checked.', createdAt: PAST, updatedAt: PAST })
  const updated = await app.payload.findByID({ collection: 'verdicts', id: stored.id, depth: 0 })
  expect(updated.createdAt).toBe(stored.createdAt)
  expect(recent(updated.updatedAt)).toBe(true)
})

it('an editor cannot date an article or a claim', async () => {
  const article = await desk.article(editor, { title: 'Bridge report', sentences: ['The bridge carried 810 cars a day.'], createdAt: PAST, updatedAt: FUTURE })
  const stored = await app.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
  expect([recent(stored.createdAt), recent(stored.updatedAt)]).toEqual([true, true])
  await desk.api('PATCH', `/api/articles/${article.id}`, editor, { createdAt: PAST })
  expect((await app.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })).createdAt).toBe(stored.createdAt)
  const claim = await desk.api('POST', '/api/claims', editor, { text: 'The bridge carried 820 cars a day.', createdAt: PAST })
  expect(recent(claim.body.doc.createdAt)).toBe(true)
})
