import { lexicalParagraphs } from '../../src/seed/lexical'
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { request, userWithRoles, type Credentials } from '../helpers/client'

let app: TestApp
let admin: Credentials, editor: Credentials, reviewer: Credentials, roleless: Credentials
const anonymous: Credentials = {}
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
  roleless = await userWithRoles(app.payload, app.server.url, [])

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

describe('articles', () => {
  it('anonymous visitors and role-less users read only published articles', async () => {
    for (const who of [anonymous, roleless]) {
      const list = await api('GET', '/api/articles', who)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: any) => doc.id)).toEqual([publishedArticle.id])
      expect((await api('GET', `/api/articles/${draftArticle.id}`, who)).status).toBe(404)
      expect((await api('GET', `/api/articles/${draftArticle.id}?draft=true`, who)).status).toBe(404)
    }
  })

  it('staff read drafts', async () => {
    for (const who of [admin, editor, reviewer]) {
      const response = await api('GET', `/api/articles/${draftArticle.id}?draft=true`, who)
      expect(response.status).toBe(200)
      expect(response.body.title).toBe('Draft piece')
    }
  })

  it('only editors and admins create, edit and delete articles', async () => {
    for (const who of [anonymous, roleless, reviewer]) {
      expect((await api('POST', '/api/articles', who, { title: 'Nope' })).status).toBe(403)
      expect((await api('PATCH', `/api/articles/${publishedArticle.id}`, who, { title: 'Nope' })).status).toBe(403)
      expect((await api('DELETE', `/api/articles/${publishedArticle.id}`, who)).status).toBe(403)
    }
    const created = await api('POST', '/api/articles', admin, { title: 'By the admin' })
    expect(created.status).toBe(201)
    expect((await api('PATCH', `/api/articles/${created.body.doc.id}`, editor, { title: 'Edited' })).status).toBe(200)
    expect((await api('DELETE', `/api/articles/${created.body.doc.id}`, editor)).status).toBe(200)
  })

  it('anonymous GraphQL sees only published articles', async () => {
    const response = await request(app.server.url, 'POST', '/api/graphql', {
      json: { query: '{ Articles { docs { id title } } }' },
    })
    expect(response.status).toBe(200)
    expect(response.body.data.Articles.docs.map((doc: any) => doc.title)).toEqual(['Published piece'])
  })
})

describe('claims', () => {
  it('anonymous visitors read only claims with a published verdict', async () => {
    const list = await api('GET', '/api/claims', anonymous)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: any) => doc.id)).toEqual([reviewedClaim.id])
    expect((await api('GET', `/api/claims/${draftReviewedClaim.id}`, anonymous)).status).toBe(404)
  })

  it('staff read every claim', async () => {
    for (const who of [admin, editor, reviewer]) {
      expect((await api('GET', '/api/claims', who)).body.totalDocs).toBe(2)
    }
  })

  it('editors and admins create and edit claims; others may not', async () => {
    for (const who of [anonymous, roleless, reviewer]) {
      expect((await api('POST', '/api/claims', who, { text: 'Some 5 things.' })).status).toBe(403)
      expect((await api('PATCH', `/api/claims/${reviewedClaim.id}`, who, { text: 'Changed 5.' })).status).toBe(403)
    }
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

  it('only admins delete claims', async () => {
    const { body } = await api('POST', '/api/claims', editor, { text: 'A claim about 3 things.' })
    for (const who of [anonymous, roleless, reviewer, editor]) {
      expect((await api('DELETE', `/api/claims/${body.doc.id}`, who)).status).toBe(403)
    }
    expect((await api('DELETE', `/api/claims/${body.doc.id}`, admin)).status).toBe(200)
  })
})

describe('verdicts', () => {
  it('anonymous visitors read only published verdicts', async () => {
    const list = await api('GET', '/api/verdicts', anonymous)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: any) => doc.id)).toEqual([publishedVerdict.id])
    expect((await api('GET', `/api/verdicts/${draftVerdict.id}?draft=true`, anonymous)).status).toBe(404)
  })

  it('the reviewer is the user who saved the verdict, whatever the request says', async () => {
    const reviewerId = (await api('GET', '/api/users/me', reviewer)).body.user.id
    expect(publishedVerdict.reviewer?.id ?? publishedVerdict.reviewer).toBe(reviewerId)
    const forged = await api('PATCH', `/api/verdicts/${publishedVerdict.id}`, reviewer, { reviewer: (await api('GET', '/api/users/me', admin)).body.user.id })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.reviewer?.id ?? forged.body.doc.reviewer).toBe(reviewerId)
  })

  it('only reviewers and admins create and edit verdicts', async () => {
    const { body } = await api('POST', '/api/claims', editor, { text: 'A fresh claim with 7 figures.' })
    for (const who of [anonymous, roleless, editor]) {
      expect((await api('POST', '/api/verdicts', who, { claim: body.doc.id, rating: 'accurate' })).status).toBe(403)
      expect((await api('PATCH', `/api/verdicts/${publishedVerdict.id}`, who, { rating: 'accurate' })).status).toBe(403)
    }
    const created = await api('POST', '/api/verdicts', admin, { claim: body.doc.id, rating: 'unverifiable' })
    expect(created.status).toBe(201)
  })

  it('publishing a verdict marks its claim reviewed', async () => {
    const claim = (await api('GET', `/api/claims/${reviewedClaim.id}`, editor)).body
    expect(claim.reviewed).toBe(true)
    expect(claim.verdict?.id ?? claim.verdict).toBe(publishedVerdict.id)
    const unreviewed = (await api('GET', `/api/claims/${draftReviewedClaim.id}`, editor)).body
    expect(unreviewed.reviewed).toBe(false)
  })

  it('only admins delete verdicts', async () => {
    for (const who of [anonymous, roleless, editor, reviewer]) {
      expect((await api('DELETE', `/api/verdicts/${draftVerdict.id}`, who)).status).toBe(403)
    }
  })

  it('a verdict rating must be on the scale', async () => {
    const response = await api('PATCH', `/api/verdicts/${publishedVerdict.id}`, reviewer, { rating: 'pants-on-fire' })
    expect(response.status).toBe(400)
  })
})

describe('sources and the corpus index', () => {
  it('only staff read sources and corpus figures', async () => {
    for (const who of [anonymous, roleless]) {
      expect((await api('GET', '/api/sources', who)).status).toBe(403)
      expect((await api('GET', '/api/corpus-figures', who)).status).toBe(403)
    }
    for (const who of [admin, editor, reviewer]) {
      expect((await api('GET', '/api/sources', who)).body.totalDocs).toBe(5)
    }
  })

  it('only admins manage sources; nobody writes the index by hand', async () => {
    const source = { key: 'test-source', title: 'A test source', text: 'The summit lasted two days.' }
    for (const who of [anonymous, roleless, editor, reviewer]) {
      expect((await api('POST', '/api/sources', who, source)).status).toBe(403)
    }
    const created = await api('POST', '/api/sources', admin, source)
    expect(created.status).toBe(201)
    expect((await api('POST', '/api/corpus-figures', admin, { lookupKey: 'x', figure: {} })).status).toBe(403)
    expect((await api('DELETE', `/api/sources/${created.body.doc.id}`, admin)).status).toBe(200)
  })
})

describe('users', () => {
  it('nobody but an admin manages users or roles', async () => {
    for (const who of [anonymous, roleless, editor, reviewer]) {
      const response = await api('POST', '/api/users', who, { email: 'x@test.example', password: 'x-password', roles: ['admin'] })
      expect(response.status).toBe(403)
    }
    const me = (await api('GET', '/api/users/me', editor)).body.user
    const escalate = await api('PATCH', `/api/users/${me.id}`, editor, { roles: ['admin'] })
    expect(escalate.status).toBe(200)
    expect(escalate.body.doc.roles).toEqual(['editor'])
    const other = (await api('GET', '/api/users/me', reviewer)).body.user
    expect((await api('PATCH', `/api/users/${other.id}`, editor, { name: 'Hijacked' })).status).toBe(403)
    const promoted = await api('PATCH', `/api/users/${other.id}`, admin, { roles: ['reviewer', 'editor'] })
    expect(promoted.body.doc.roles).toEqual(['reviewer', 'editor'])
  })

  it('anonymous visitors cannot list users', async () => {
    expect((await api('GET', '/api/users', anonymous)).status).toBe(403)
  })
})
