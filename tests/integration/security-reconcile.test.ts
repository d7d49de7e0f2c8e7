import { getPayload } from 'payload'

import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'
import { drainFactCheckQueue } from '../helpers/factcheck'
import { newsroom } from '../helpers/newsroom'

/**
 * Issue 11.9: a process killed between an article's write and the marking of its claims (SQLite has no
 * transactions) leaves `publicText` wrong; the next start repairs it. The kill is simulated by writing the
 * state it leaves straight to the database; the restart is a second Payload instance on the same database.
 */

let app: TestApp
let editor: Credentials, reviewer: Credentials
let desk: ReturnType<typeof newsroom>

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  desk = newsroom(app)
  await drainFactCheckQueue(app.payload)
})

afterAll(async () => {
  await app?.close()
})

/** The claim texts an anonymous visitor reads. */
const publicTexts = async () =>
  ((await request(app.server.url, 'GET', '/api/claims?limit=100&depth=0')).body.docs as Array<{ text: string }>).map((claim) => claim.text)

it('a restart makes public again the judged claim of a published article, and hides one of an unpublished article', async () => {
  const published = await desk.article(editor, { title: 'Quarry report', sentences: ['The quarry produced 900 tonnes in April.'] })
  const shown = await desk.claimOf(published.id, 'The quarry produced 900 tonnes in April.')
  await desk.verdict(reviewer, shown.id, 'accurate')
  const draft = await desk.article(editor, { title: 'Quarry memo', sentences: ['The quarry produced 950 tonnes in May.'], draft: true })
  const hidden = await desk.claimOf(draft.id, 'The quarry produced 950 tonnes in May.')
  await desk.verdict(reviewer, hidden.id, 'accurate')
  expect(await publicTexts()).toEqual(['The quarry produced 900 tonnes in April.'])

  // What a kill -9 between the writes leaves behind.
  await app.payload.db.updateOne({ collection: 'claims', id: shown.id, data: { publicText: false } })
  await app.payload.db.updateOne({ collection: 'claims', id: hidden.id, data: { publicText: true } })
  expect(await publicTexts()).toEqual(['The quarry produced 950 tonnes in May.'])

  const restarted = await getPayload({ config: app.config, key: 'restarted' })
  try {
    await drainFactCheckQueue(restarted)
  } finally {
    await restarted.destroy()
  }
  expect(await publicTexts()).toEqual(['The quarry produced 900 tonnes in April.'])
})
