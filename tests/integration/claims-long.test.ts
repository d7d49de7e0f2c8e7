import { startSeededApp, type TestApp } from '../helpers/app'
import { request, type Credentials } from '../helpers/client'
import { body, claimsOf, drainFactCheckQueue, pendingFactCheckJobs } from '../helpers/factcheck'

const SENTENCE_COUNT = 300

/** Distinct sentences that each state a figure about a measure of the corpus: four to nine hours of talks. */
const longArticle = Array.from({ length: SENTENCE_COUNT }, (_, index) => `The talks in Moscow lasted ${240 + index} minutes.`)

let app: TestApp
let editor: Credentials

beforeAll(async () => {
  ;({ app, editor } = await startSeededApp())
})

afterAll(async () => {
  await app?.close()
})

it('saves a long article at once, then reads and checks its claims in the jobs queue', async () => {
  const created = await request(app.server.url, 'POST', '/api/articles', {
    auth: editor,
    json: { title: 'A very long article', body: body(longArticle) },
  })
  expect(created.status).toBe(201)
  // The save only queued the work: reading the claims of a long article is the queue's (issue 11.7).
  expect(await claimsOf(app.payload, created.body.doc.id)).toHaveLength(0)
  expect(await pendingFactCheckJobs(app.payload)).toBe(1)

  // The sync job creates the claims unchecked and queues their checks, in batches of 50 claims per job.
  await app.payload.jobs.run({ queue: 'factcheck', limit: 1, sequential: true })
  const unchecked = await claimsOf(app.payload, created.body.doc.id)
  expect(unchecked).toHaveLength(SENTENCE_COUNT)
  expect(unchecked.map((claim) => claim.text)).toEqual(longArticle)
  expect(unchecked.every((claim) => claim.status === 'unchecked' && claim.inArticle && !claim.checkError)).toBe(true)
  expect(await pendingFactCheckJobs(app.payload)).toBe(SENTENCE_COUNT / 50)

  await drainFactCheckQueue(app.payload)
  const checked = await claimsOf(app.payload, created.body.doc.id)
  expect(checked.map((claim) => claim.id)).toEqual(unchecked.map((claim) => claim.id))
  const statuses = new Set(checked.map((claim) => claim.status))
  expect(statuses.has('unchecked')).toBe(false)
  // The corpus says (about) five hours: the claims near 300 minutes agree with it, the others do not.
  expect([...statuses]).toEqual(expect.arrayContaining(['conflict', 'supported']))
  expect(checked.every((claim) => claim.checkedAt && !claim.checkError)).toBe(true)
})

it('saves the long article again without re-checking its unchanged claims', async () => {
  const { docs } = await app.payload.find({ collection: 'articles', limit: 1, depth: 0 })
  const before = await claimsOf(app.payload, docs[0].id)
  const saved = await request(app.server.url, 'PATCH', `/api/articles/${docs[0].id}`, {
    auth: editor,
    json: { title: 'A very long article, retitled' },
  })
  expect(saved.status).toBe(200)
  // The save queued a sync of the long article, which finds every claim unchanged and re-checks none.
  await drainFactCheckQueue(app.payload)
  const after = await claimsOf(app.payload, docs[0].id)
  expect(after.map((claim) => [claim.id, claim.checkedAt])).toEqual(before.map((claim) => [claim.id, claim.checkedAt]))
})
