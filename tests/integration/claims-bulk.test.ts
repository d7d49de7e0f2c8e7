import { createLocalReq } from 'payload'

import { withFactCheckContext } from '../../src/factcheck/context'
import { pluginOptions } from '../../src/factcheck/options'
import { articleSentences, syncArticleClaims } from '../../src/factcheck/services/articleClaims'
import { queueClaimChecks } from '../../src/factcheck/jobs/queueClaimChecks'
import { startSeededApp, type TestApp } from '../helpers/app'
import { request, type Credentials } from '../helpers/client'
import { body, claimsOf, drainFactCheckQueue, idOf, pendingFactCheckJobs } from '../helpers/factcheck'

/** More claims than are checked during the save (inlineCheckLimit, 25): written together, checked in the queue. */
const SENTENCES = Array.from({ length: 30 }, (_, index) => `The talks in Moscow lasted ${270 + index} minutes.`)

/** What differs between the same sentence's claims in two articles. */
const OWN = ['id', 'article', 'articleRef', 'fingerprint', 'createdAt', 'updatedAt', 'checkedAt']
const shared = (claim: Record<string, unknown>) => Object.fromEntries(Object.entries(claim).filter(([field]) => !OWN.includes(field)))

let app: TestApp
let editor: Credentials

beforeAll(async () => {
  ;({ app, editor } = await startSeededApp())
})

afterAll(async () => {
  await app?.close()
})

/** An article stored without its claims (the plugin's internal writes do not sync), and its sentences. */
async function articleWithoutClaims(title: string) {
  const doc = await app.payload.create({
    collection: 'articles',
    data: { title, body: body(SENTENCES) } as never,
    context: withFactCheckContext({ internal: true }),
  })
  const config = pluginOptions(app.payload).articles.articles
  return { doc, article: { ...(await articleSentences('articles', doc as never, config)), id: doc.id } }
}

it('writes the claims of a save together as Payload would one by one: same fields, then the same statuses and evidence', async () => {
  // Counts the Payload creates of claims during the save: none, the claims are one insert.
  const create = app.payload.create.bind(app.payload)
  let claimCreates = 0
  app.payload.create = ((args: { collection: string }) => {
    if (args.collection === 'claims') claimCreates++
    return create(args as never)
  }) as typeof app.payload.create
  const saved = await request(app.server.url, 'POST', '/api/articles', { auth: editor, json: { title: 'Together', body: body(SENTENCES) } }).finally(
    () => (app.payload.create = create),
  )
  expect(saved.status).toBe(201)
  expect(claimCreates).toBe(0)
  const together = await claimsOf(app.payload, saved.body.doc.id)
  expect(together.map((claim) => claim.text)).toEqual(SENTENCES)
  expect(together.every((claim) => idOf(claim.article) === saved.body.doc.id && claim.status === 'unchecked' && claim.inArticle)).toBe(true)
  expect(await pendingFactCheckJobs(app.payload)).toBe(1)

  // The same sentences through Payload's create, one claim at a time.
  const { doc, article } = await articleWithoutClaims('One by one')
  const req = await createLocalReq({}, app.payload)
  app.payload.create = ((args: { collection: string }) => {
    if (args.collection === 'claims') claimCreates++
    return create(args as never)
  }) as typeof app.payload.create
  const { uncheckedIds } = await syncArticleClaims(req, 'articles', article, { deferCheck: true, oneByOne: true }).finally(
    () => (app.payload.create = create),
  )
  expect(claimCreates).toBe(SENTENCES.length)
  await queueClaimChecks(req, pluginOptions(app.payload), uncheckedIds)
  const oneByOne = await claimsOf(app.payload, doc.id)
  expect(oneByOne).toHaveLength(SENTENCES.length)
  expect(together.map(shared)).toEqual(oneByOne.map(shared))
  // Stored the same way too: the timestamps as Payload writes them.
  expect(together.every((claim) => claim.createdAt === new Date(claim.createdAt).toISOString() && claim.updatedAt === claim.createdAt)).toBe(true)

  await drainFactCheckQueue(app.payload)
  const checkedTogether = await claimsOf(app.payload, saved.body.doc.id)
  const checkedOneByOne = await claimsOf(app.payload, doc.id)
  const statuses = new Set(checkedTogether.map((claim) => claim.status))
  expect(statuses.has('unchecked')).toBe(false)
  expect(statuses.has('supported')).toBe(true)
  expect(checkedTogether.map(shared)).toEqual(checkedOneByOne.map(shared))
})

it("runs the claims collection's hooks for every claim written together", async () => {
  const { doc, article } = await articleWithoutClaims('Hooks')
  const req = await createLocalReq({}, app.payload)
  const { created, uncheckedIds } = await syncArticleClaims(req, 'articles', article, { deferCheck: true })
  expect(created).toBe(SENTENCES.length)
  const ids = (await claimsOf(app.payload, doc.id)).map((claim) => String(claim.id))
  expect([...uncheckedIds].sort()).toEqual([...ids].sort())
  // The app's afterChange hook remembers what a request created outside a transaction (compensation on error).
  if ((await req.transactionID) == null) {
    const remembered = (req.context['security:created'] as Array<{ collection: string; id: unknown }>).filter((entry) => entry.collection === 'claims')
    expect(remembered.map((entry) => String(entry.id)).sort()).toEqual([...ids].sort())
  }
  // Written again (another save of the same text): nothing new, no duplicate error.
  const again = await syncArticleClaims(await createLocalReq({}, app.payload), 'articles', article, { deferCheck: true })
  expect(again.created).toBe(0)
  expect(await claimsOf(app.payload, doc.id)).toHaveLength(SENTENCES.length)
})
