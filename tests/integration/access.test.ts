import { lexicalParagraphs } from '../../src/seed/lexical'
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { request, userWithRoles, type Credentials } from '../helpers/client'

/** Rules beyond allow/deny: who may do what on each collection is the matrix of api-access.test.ts. */

let app: TestApp
let admin: Credentials, editor: Credentials, reviewer: Credentials
let publishedArticle: any, draftArticle: any, reviewedClaim: any, draftReviewedClaim: any
let publishedVerdict: any, draftVerdict: any

const api = (method: string, path: string, auth: Credentials, json?: unknown) =>
  request(app.server.url, method, path, { auth, json })

beforeAll(async () => {
  app = await startApp()
  await seedCorpus(app.payload)
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])

  publishedArticle = (
    await api('POST', '/api/articles', editor, {
      title: 'Published piece',
      _status: 'published',
      body: lexicalParagraphs(['The talks in Moscow lasted eight hours.']),
    })
  ).body.doc
  draftArticle = (
    await api('POST', '/api/articles?draft=true', editor, {
      title: 'Draft piece',
      _status: 'draft',
      body: lexicalParagraphs(['Russia received four additional documents from the US delegation.']),
    })
  ).body.doc
  const claims = (await api('GET', '/api/claims?sort=createdAt', editor)).body.docs
  ;[reviewedClaim, draftReviewedClaim] = claims
  publishedVerdict = (
    await api('POST', '/api/verdicts', reviewer, {
      claim: reviewedClaim.id,
      rating: 'inaccurate',
      explanation: 'The corpus says five hours.',
      _status: 'published',
    })
  ).body.doc
  draftVerdict = (
    await api('POST', '/api/verdicts?draft=true', reviewer, {
      claim: draftReviewedClaim.id,
      rating: 'accurate',
      _status: 'draft',
    })
  ).body.doc
})

afterAll(async () => {
  await app?.close()
})

describe('setup through the REST API', () => {
  it('created the fixtures', () => {
    expect(publishedArticle?.id).toBeDefined()
    expect(draftArticle?.id).toBeDefined()
    expect(reviewedClaim?.text).toBe('The talks in Moscow lasted eight hours.')
    expect(draftReviewedClaim?.text).toBe('Russia received four additional documents from the US delegation.')
    expect(publishedVerdict?._status).toBe('published')
    expect(draftVerdict?._status).toBe('draft')
  })
})

describe('claims', () => {
  it('a claim created over REST is checked at once', async () => {
    for (const who of [editor, admin]) {
      const created = await api('POST', '/api/claims', who, { text: 'The leaked original plan had 28 points.' })
      expect(created.status).toBe(201)
      expect(created.body.doc.status).not.toBe('unchecked')
    }
  })

  it('the checker owns the status: a client cannot set it', async () => {
    const created = await api('POST', '/api/claims', editor, { text: 'Zelenskyy said the proposal looks better.', status: 'supported' })
    expect(created.status).toBe(201)
    expect(created.body.doc.status).toBe('no_figures')
  })
})

describe('verdicts', () => {
  it('a verdict stays on the claim it was created for', async () => {
    const moved = await api('PATCH', `/api/verdicts/${publishedVerdict.id}`, reviewer, { claim: draftReviewedClaim.id })
    expect(moved.status).toBe(200)
    expect(moved.body.doc.claim?.id ?? moved.body.doc.claim).toBe(reviewedClaim.id)
  })

  it('the reviewer is the user who saved the verdict, whatever the request says', async () => {
    const reviewerId = (await api('GET', '/api/users/me', reviewer)).body.user.id
    expect(publishedVerdict.reviewer?.id ?? publishedVerdict.reviewer).toBe(reviewerId)
    const forged = await api('PATCH', `/api/verdicts/${publishedVerdict.id}`, reviewer, { reviewer: (await api('GET', '/api/users/me', admin)).body.user.id })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.reviewer?.id ?? forged.body.doc.reviewer).toBe(reviewerId)
  })

  it('publishing a verdict marks its claim reviewed', async () => {
    const claim = (await api('GET', `/api/claims/${reviewedClaim.id}`, editor)).body
    expect(claim.reviewed).toBe(true)
    expect(claim.verdict?.id ?? claim.verdict).toBe(publishedVerdict.id)
    const unreviewed = (await api('GET', `/api/claims/${draftReviewedClaim.id}`, editor)).body
    expect(unreviewed.reviewed).toBe(false)
  })

  it('a verdict rating must be on the scale', async () => {
    const response = await api('PATCH', `/api/verdicts/${publishedVerdict.id}`, reviewer, { rating: 'pants-on-fire' })
    expect(response.status).toBe(400)
  })
})

describe('users', () => {
  it('only an admin changes roles: users cannot promote themselves', async () => {
    const me = (await api('GET', '/api/users/me', editor)).body.user
    const escalate = await api('PATCH', `/api/users/${me.id}`, editor, { roles: ['admin'] })
    expect(escalate.status).toBe(200)
    expect(escalate.body.doc.roles).toEqual(['editor'])
    const other = (await api('GET', '/api/users/me', reviewer)).body.user
    const promoted = await api('PATCH', `/api/users/${other.id}`, admin, { roles: ['reviewer', 'editor'] })
    expect(promoted.body.doc.roles).toEqual(['reviewer', 'editor'])
  })
})
