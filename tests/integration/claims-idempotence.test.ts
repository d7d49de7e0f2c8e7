import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { request, userWithRoles, type Credentials } from '../helpers/client'
import { body, claimsOf, idOf } from '../helpers/factcheck'

const WRONG_DURATION = 'The talks in Moscow lasted seven hours.'
const PLAN = 'The envoys brought a revised 20-point peace plan.'
const EDITED_PLAN = 'The envoys brought a revised 21-point peace plan.'

let app: TestApp
let editor: Credentials, reviewer: Credentials
let articleId: number | string

const saveArticle = async (sentences: string[], extra: Record<string, unknown> = {}) => {
  const response = await request(app.server.url, 'PATCH', `/api/articles/${articleId}`, {
    auth: editor,
    json: { body: body(sentences), ...extra },
  })
  expect(response.status).toBe(200)
}
const claimByText = async (text: string) => (await claimsOf(app.payload, articleId)).find((claim) => claim.text === text)

beforeAll(async () => {
  app = await startApp()
  await seedCorpus(app.payload)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  const created = await request(app.server.url, 'POST', '/api/articles', {
    auth: editor,
    json: { title: 'Idempotence', body: body([WRONG_DURATION, PLAN]) },
  })
  expect(created.status).toBe(201)
  articleId = created.body.doc.id
})

afterAll(async () => {
  await app?.close()
})

describe('claims of an article across saves', () => {
  let durationClaim: any
  let verdictId: number | string

  it('creates one checked claim per figure sentence, in article order', async () => {
    const claims = await claimsOf(app.payload, articleId)
    expect(claims.map((claim) => claim.text)).toEqual([WRONG_DURATION, PLAN])
    expect(claims.map((claim) => claim.status)).toEqual(['conflict', 'mixed'])
    expect(claims.every((claim) => claim.inArticle && !claim.checkError)).toBe(true)
    durationClaim = claims[0]
    const verdict = await request(app.server.url, 'POST', '/api/verdicts', {
      auth: reviewer,
      json: { claim: durationClaim.id, rating: 'inaccurate', _status: 'published' },
    })
    expect(verdict.status).toBe(201)
    verdictId = verdict.body.doc.id
  })

  it('keeps the same claim and its verdict when the sentence is saved again', async () => {
    await saveArticle([WRONG_DURATION, PLAN], { title: 'Idempotence, retitled' })
    await saveArticle([WRONG_DURATION, PLAN])
    const claims = await claimsOf(app.payload, articleId)
    expect(claims).toHaveLength(2)
    const again = claims[0]
    expect(again.id).toBe(durationClaim.id)
    expect(idOf(again.verdict)).toBe(verdictId)
    expect(again.reviewed).toBe(true)
    expect(again.checkedAt).toBe(durationClaim.checkedAt)
  })

  it('turns an edited sentence into a new claim and keeps the old one out of the article', async () => {
    const oldPlan = await claimByText(PLAN)
    await saveArticle([WRONG_DURATION, EDITED_PLAN])
    const claims = await claimsOf(app.payload, articleId)
    expect(claims).toHaveLength(3)
    const newPlan = claims.find((claim) => claim.text === EDITED_PLAN)
    expect(newPlan.id).not.toBe(oldPlan.id)
    expect(newPlan.inArticle).toBe(true)
    expect((await claimByText(PLAN)).inArticle).toBe(false)
    expect((await claimByText(WRONG_DURATION)).id).toBe(durationClaim.id)
  })

  it('keeps a deleted sentence’s claim and its verdict, marked as no longer in the article', async () => {
    await saveArticle([EDITED_PLAN])
    const gone = await claimByText(WRONG_DURATION)
    expect(gone.id).toBe(durationClaim.id)
    expect(gone.inArticle).toBe(false)
    expect(idOf(gone.verdict)).toBe(verdictId)
    const verdict = await app.payload.findByID({ collection: 'verdicts', id: verdictId, depth: 0 })
    expect(idOf(verdict.claim)).toBe(durationClaim.id)
  })

  it('brings the claim back, with its verdict, when the sentence returns', async () => {
    await saveArticle([WRONG_DURATION, EDITED_PLAN])
    const back = await claimByText(WRONG_DURATION)
    expect(back.id).toBe(durationClaim.id)
    expect(back.inArticle).toBe(true)
    expect(back.position).toBe(0)
    expect(idOf(back.verdict)).toBe(verdictId)
    expect(await claimsOf(app.payload, articleId)).toHaveLength(3)
  })

  it('keeps the claims, out of the article, when the article is deleted', async () => {
    const response = await request(app.server.url, 'DELETE', `/api/articles/${articleId}`, { auth: editor })
    expect(response.status).toBe(200)
    const claims = await claimsOf(app.payload, articleId)
    expect(claims).toHaveLength(3)
    expect(claims.every((claim) => claim.inArticle === false)).toBe(true)
    expect(idOf(claims.find((claim) => claim.id === durationClaim.id).verdict)).toBe(verdictId)
  })
})
