import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'
import { ANONYMOUS, newsroom } from '../helpers/newsroom'

/**
 * Nothing of an unpublished article may reach the public: not its title, not its body, not the claims
 * extracted from it, whichever route, relationship depth or query asks. Every unpublished text below
 * says "embargoed"; the public texts never do.
 */
const SECRET = /embargoed/i

const PUBLIC_TITLE = 'Moscow talks end without a deal'
const PUBLIC_CLAIM = 'The talks in Moscow lasted eight hours.'
const DRAFT_TITLE = 'Embargoed: the envoys return'
const DRAFT_CLAIM = 'Russia received four additional documents from the embargoed US delegation.'
const DRAFT_PROSE = 'Nobody has seen the embargoed annex yet.'
const NEW_DRAFT_TITLE = 'Embargoed: Moscow talks, the full story'
const DRAFT_ONLY_CLAIM = 'The envoys brought an embargoed 20-point peace plan.'

let app: TestApp
let rest: ReturnType<typeof newsroom>
let editor: Credentials, reviewer: Credentials
/** Never published. */
let draftArticle: any
/** Published, with a newer draft that changes its title and adds a sentence. */
let publishedArticle: any
let claims: Record<'public' | 'draft' | 'draftOnly', any>
let verdicts: Record<'public' | 'draft' | 'draftOnly', any>

const get = (path: string, auth: Credentials = ANONYMOUS) => rest.api('GET', path, auth)
const graphql = async (query: string, auth: Credentials = ANONYMOUS) =>
  (await request(app.server.url, 'POST', '/api/graphql', { auth, json: { query } })).body
/** An ID as a GraphQL literal: a number, or a quoted string with uuid IDs. */
const gqlId = (id: number | string) => JSON.stringify(id)

function expectNoSecret(response: unknown) {
  expect(JSON.stringify(response)).not.toMatch(SECRET)
}

beforeAll(async () => {
  app = await startApp()
  rest = newsroom(app)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])

  draftArticle = await rest.article(editor, { title: DRAFT_TITLE, sentences: [DRAFT_CLAIM, DRAFT_PROSE], draft: true })
  publishedArticle = await rest.article(editor, { title: PUBLIC_TITLE, sentences: [PUBLIC_CLAIM] })
  await rest.saveDraft(editor, publishedArticle.id, { title: NEW_DRAFT_TITLE, sentences: [PUBLIC_CLAIM, DRAFT_ONLY_CLAIM] })

  claims = {
    public: await rest.claimOf(publishedArticle.id, PUBLIC_CLAIM),
    draft: await rest.claimOf(draftArticle.id, DRAFT_CLAIM),
    draftOnly: await rest.claimOf(publishedArticle.id, DRAFT_ONLY_CLAIM),
  }
  // Reviewers may publish verdicts before the article is out: the verdicts are public, the claims not yet.
  verdicts = {
    public: await rest.verdict(reviewer, claims.public.id, 'inaccurate'),
    draft: await rest.verdict(reviewer, claims.draft.id, 'accurate'),
    draftOnly: await rest.verdict(reviewer, claims.draftOnly.id, 'misleading'),
  }
})

afterAll(async () => {
  await app?.close()
})

it('the fixtures hold the unpublished texts (staff see them)', async () => {
  expect((await get(`/api/articles/${draftArticle.id}`, editor)).body.title).toBe(DRAFT_TITLE)
  expect((await get(`/api/articles/${publishedArticle.id}?draft=true`, editor)).body.title).toBe(NEW_DRAFT_TITLE)
  expect((await get(`/api/verdicts/${verdicts.draft.id}?depth=2`, editor)).body.claim.text).toBe(DRAFT_CLAIM)
})

describe('REST, read anonymously', () => {
  const depths = [0, 1, 2, 3]

  it.each(depths)('verdicts at depth=%i show the published verdicts, but no unpublished text', async (depth) => {
    for (const draft of ['', '&draft=true']) {
      const list = await get(`/api/verdicts?depth=${depth}${draft}`)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: any) => doc.id).sort()).toEqual(
        [verdicts.public.id, verdicts.draft.id, verdicts.draftOnly.id].sort(),
      )
      expectNoSecret(list.body)
      for (const verdict of Object.values(verdicts)) {
        const one = await get(`/api/verdicts/${verdict.id}?depth=${depth}${draft}`)
        expect(one.status).toBe(200)
        expectNoSecret(one.body)
      }
    }
    if (depth > 0) {
      // The positive control: the public claim and its article do show through the relationships.
      const publicVerdict = (await get(`/api/verdicts/${verdicts.public.id}?depth=${depth}`)).body
      expect(publicVerdict.claim.text).toBe(PUBLIC_CLAIM)
      if (depth > 1) expect(publicVerdict.claim.article.title).toBe(PUBLIC_TITLE)
    }
  })

  it.each(depths)('claims at depth=%i: only those stated by a published article version', async (depth) => {
    const list = await get(`/api/claims?depth=${depth}&draft=true`)
    expect(list.body.docs.map((doc: any) => doc.text)).toEqual([PUBLIC_CLAIM])
    expectNoSecret(list.body)
    for (const claim of [claims.draft, claims.draftOnly]) {
      expect((await get(`/api/claims/${claim.id}?depth=${depth}`)).status).toBe(404)
    }
    if (depth > 0) {
      const claim = (await get(`/api/claims/${claims.public.id}?depth=${depth}`)).body
      expect(claim.article.title).toBe(PUBLIC_TITLE)
    }
  })

  it('articles: the published version, even with ?draft=true', async () => {
    for (const path of ['/api/articles', '/api/articles?draft=true', `/api/articles/${publishedArticle.id}?draft=true`]) {
      const response = await get(path)
      expect(response.status).toBe(200)
      expectNoSecret(response.body)
    }
    expect((await get(`/api/articles/${publishedArticle.id}?draft=true`)).body.title).toBe(PUBLIC_TITLE)
    expect((await get(`/api/articles/${draftArticle.id}?draft=true`)).status).toBe(404)
  })

  it('populate and select do not widen what is read', async () => {
    const paths = [
      '/api/verdicts?depth=3&populate[claims][text]=true&populate[claims][article]=true&populate[articles][title]=true&populate[articles][body]=true',
      '/api/verdicts?depth=3&select[claim]=true&populate[articles][title]=true',
      `/api/verdicts/${verdicts.draft.id}?depth=3&select[claim]=true&select[explanation]=true`,
      '/api/claims?depth=2&select[text]=true&select[article]=true&populate[articles][title]=true',
      '/api/articles?draft=true&select[title]=true&select[body]=true',
    ]
    for (const path of paths) {
      const response = await get(path)
      expect(response.status).toBe(200)
      expectNoSecret(response.body)
    }
    const populated = await get(`/api/verdicts/${verdicts.public.id}?depth=2&populate[articles][title]=true`)
    expect(populated.body.claim.article.title).toBe(PUBLIC_TITLE)
  })

  describe('where on fields behind relationships is no oracle', () => {
    /** Documents a query finds, or none when Payload refuses the query. */
    const found = async (path: string) => {
      const response = await get(path)
      expect([200, 400]).toContain(response.status)
      expectNoSecret(response.body)
      return response.status === 200 ? response.body.docs.map((doc: any) => doc.id) : []
    }
    const q = encodeURIComponent

    it.each([
      ['the claim text', 'where[claim.text][like]=embargoed', 'where[claim.text][like]=Moscow'],
      ['the claim article', (a: any) => `where[claim.article][equals]=${a.draft}`, (a: any) => `where[claim.article][equals]=${a.published}`],
      ['the article reference', (a: any) => `where[claim.articleRef][equals]=${q(`articles:${a.draft}`)}`, (a: any) => `where[claim.articleRef][equals]=${q(`articles:${a.published}`)}`],
      ['the article title', `where[claim.article.title][like]=embargoed`, null],
    ])('verdicts by %s', async (_, secretQuery, publicQuery) => {
      const ids = { draft: draftArticle.id, published: publishedArticle.id }
      const path = (query: any) => `/api/verdicts?${typeof query === 'function' ? query(ids) : query}`
      expect(await found(path(secretQuery))).toEqual([])
      if (publicQuery) expect(await found(path(publicQuery))).toEqual([verdicts.public.id])
    })

    it('claims by their article title or text', async () => {
      expect(await found('/api/claims?where[article.title][like]=embargoed')).toEqual([])
      expect(await found('/api/claims?where[text][like]=embargoed')).toEqual([])
      expect(await found(`/api/claims?where[article][equals]=${draftArticle.id}`)).toEqual([])
      expect(await found('/api/claims?where[text][like]=Moscow')).toEqual([claims.public.id])
    })
  })
})

describe('GraphQL, read anonymously', () => {
  const articleFields = 'id title body'

  it('Verdicts → claim → article shows no unpublished text, at any draft setting', async () => {
    for (const draft of ['', '(draft: true)']) {
      const result = await graphql(`{ Verdicts${draft} { docs { id claim { id text article { ${articleFields} } } } } }`)
      expectNoSecret(result)
      const docs = result.data.Verdicts.docs
      expect(docs).toHaveLength(3)
      const publicVerdict = docs.find((doc: any) => doc.id === verdicts.public.id)
      expect(publicVerdict.claim.text).toBe(PUBLIC_CLAIM)
      // Asked for drafts, anonymous visitors get no article: its latest version is a draft.
      expect(publicVerdict.claim.article?.title).toBe(draft ? undefined : PUBLIC_TITLE)
    }
  })

  it('one verdict, one claim and one article, by id', async () => {
    const verdict = await graphql(
      `{ Verdict(id: ${gqlId(verdicts.draft.id)}, draft: true) { id rating claim { text article { ${articleFields} } } } }`,
    )
    expectNoSecret(verdict)
    expect(verdict.data.Verdict.rating).toBe('accurate')
    for (const claim of [claims.draft, claims.draftOnly]) expectNoSecret(await graphql(`{ Claim(id: ${gqlId(claim.id)}) { text } }`))
    const article = await graphql(`{ Article(id: ${gqlId(publishedArticle.id)}, draft: true) { title body } }`)
    expect(article.data.Article.title).toBe(PUBLIC_TITLE)
    expectNoSecret(article)
    expectNoSecret(await graphql(`{ Article(id: ${gqlId(draftArticle.id)}, draft: true) { title } }`))
    expectNoSecret(await graphql(`{ Articles(draft: true) { docs { title body } } Claims { docs { text } } }`))
  })
})

describe('ClaimReview', () => {
  it('404 for verdicts on claims of unpublished articles or versions, whoever asks', async () => {
    for (const who of [ANONYMOUS, editor]) {
      for (const verdict of [verdicts.draft, verdicts.draftOnly]) {
        const response = await get(`/api/factcheck/claim-review/${verdict.id}`, who)
        expect(response.status).toBe(404)
        expectNoSecret(response.body)
      }
      expect((await get(`/api/factcheck/articles/${draftArticle.id}/claim-review`, who)).status).toBe(404)
    }
  })

  it('shows the published version of the article, whoever asks', async () => {
    for (const who of [ANONYMOUS, editor]) {
      // The page's JSON-LD: the newsroom's own figures judged wrong are corrections of the NewsArticle.
      const page = await get(`/api/factcheck/articles/${publishedArticle.id}/claim-review`, who)
      const [article, ...reviews] = page.body['@graph']
      expect(article.headline).toBe(PUBLIC_TITLE)
      expect(article.correction.map((correction: any) => correction.text)).toEqual([`“${PUBLIC_CLAIM}” Inaccurate. Rated inaccurate by the desk.`])
      expect(reviews).toEqual([])
      expectNoSecret(page.body)
    }
  })
})

describe('publishing', () => {
  it('an article publishes its claims; taking it back, or deleting it, hides them again', async () => {
    const sentence = 'The embargoed talks lasted nine hours.'
    const article = await rest.article(editor, { title: 'Embargoed: later', sentences: [sentence], draft: true })
    const claim = await rest.claimOf(article.id, sentence)
    const verdict = await rest.verdict(reviewer, claim.id, 'inaccurate')
    const claimReview = () => get(`/api/factcheck/claim-review/${verdict.id}`)
    expect((await get(`/api/claims/${claim.id}`)).status).toBe(404)
    expect((await claimReview()).status).toBe(404)

    expect((await rest.api('PATCH', `/api/articles/${article.id}`, editor, { _status: 'published' })).status).toBe(200)
    expect((await get(`/api/claims/${claim.id}`)).body.text).toBe(sentence)
    expect((await claimReview()).body.claimReviewed).toBe(sentence)

    // A draft without the sentence leaves the published version, and so the claim, public.
    await rest.saveDraft(editor, article.id, { sentences: ['The talks lasted two hours.'] })
    expect((await get(`/api/claims/${claim.id}`)).status).toBe(200)

    expect((await rest.api('PATCH', `/api/articles/${article.id}`, editor, { _status: 'draft' })).status).toBe(200)
    expect((await get(`/api/claims/${claim.id}`)).status).toBe(404)
    expect((await claimReview()).status).toBe(404)

    expect((await rest.api('PATCH', `/api/articles/${article.id}`, editor, { _status: 'published' })).status).toBe(200)
    expect((await get(`/api/claims/${claim.id}`)).status).toBe(404)
    const republished = await rest.api('PATCH', `/api/articles/${article.id}`, editor, {
      _status: 'published',
      body: (await get(`/api/articles/${article.id}`, editor)).body.body,
      title: 'Later',
    })
    expect(republished.status).toBe(200)

    const admin = await userWithRoles(app.payload, app.server.url, ['admin'])
    expect((await rest.api('DELETE', `/api/articles/${article.id}`, admin)).status).toBe(200)
    expect((await get(`/api/claims/${claim.id}`)).status).toBe(404)
  })

  it('editors cannot make a claim public by hand', async () => {
    const forged = await rest.api('PATCH', `/api/claims/${claims.draft.id}`, editor, {
      hasPublishedVerdict: true,
      publicText: true,
    })
    expect(forged.status).toBe(200)
    expect((await get(`/api/claims/${claims.draft.id}`)).status).toBe(404)
    const created = await rest.api('POST', '/api/claims', editor, { text: 'The embargoed plan has 28 points.', hasPublishedVerdict: true })
    expect(created.status).toBe(201)
    expect((await get(`/api/claims/${created.body.doc.id}`)).status).toBe(404)
  })

  it('a claim entered by hand is public once its verdict is published, but has no ClaimReview', async () => {
    const created = await rest.api('POST', '/api/claims', editor, { text: 'The summit lasted two days.' })
    const verdict = await rest.verdict(reviewer, created.body.doc.id, 'accurate')
    expect((await get(`/api/claims/${created.body.doc.id}`)).body.text).toBe('The summit lasted two days.')
    expect((await get(`/api/factcheck/claim-review/${verdict.id}`)).status).toBe(404)
  })
})
