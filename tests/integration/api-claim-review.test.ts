import { randomUUID } from 'node:crypto'
import { z } from 'zod'

import { articleJsonLdSchema, claimReviewSchema, errorsSchema } from '../../src/factcheck/endpoints/schemas'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, userWithRoles } from '../helpers/client'
import { ANONYMOUS, newsroom } from '../helpers/newsroom'

const SITE = 'https://news.example'
const TITLE = 'Moscow talks end without a deal'
const ARTICLE_URL = `${SITE}/articles/moscow-talks-end-without-a-deal`
const DURATION = 'The talks in Moscow lasted eight hours.'
const PLAN = 'The envoys brought a revised 20-point peace plan.'
const DOCUMENTS = 'Russia received four additional documents from the US delegation.'

let app: TestApp
let rest: ReturnType<typeof newsroom>
let editor: Credentials, reviewer: Credentials
let article: any, claims: Record<string, any>, verdicts: Record<string, any>

const publisher = { '@type': 'Organization', name: 'Test Newsroom', url: SITE }
const claimReviewPath = (verdictId: number | string) => `/api/factcheck/claim-review/${verdictId}`
const articleReviewsPath = (articleId: number | string, query = '') => `/api/factcheck/articles/${articleId}/claim-review${query}`

/** A ClaimReview response: JSON-LD, of the documented shape and nothing more. */
function expectJsonLd<T>(response: { status: number; headers: Headers; body: unknown }, schema: z.ZodType<T>): T {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
  expect(schema.parse(response.body)).toEqual(response.body)
  return response.body as T
}

function expectNotFound(response: { status: number; body: unknown }) {
  expect(response.status).toBe(404)
  expect(errorsSchema.parse(response.body)).toEqual(response.body)
}

beforeAll(async () => {
  process.env.SERVER_URL = SITE
  process.env.PUBLISHER_NAME = 'Test Newsroom'
  app = await startApp()
  rest = newsroom(app)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  await app.payload.update({ collection: 'users', id: (editor as any).id, data: { name: 'Eddie Editor' } as never })
  article = await rest.article(editor, {
    title: TITLE,
    sentences: [DURATION, PLAN, DOCUMENTS],
    publishedAt: '2025-12-03T12:00:00.000Z',
  })
  claims = {
    duration: await rest.claimOf(article.id, DURATION),
    plan: await rest.claimOf(article.id, PLAN),
    documents: await rest.claimOf(article.id, DOCUMENTS),
  }
  verdicts = {
    duration: await rest.verdict(reviewer, claims.duration.id, 'inaccurate'),
    plan: await rest.verdict(reviewer, claims.plan.id, 'unverifiable'),
    documents: await rest.verdict(reviewer, claims.documents.id, 'accurate', { draft: true }),
  }
})

afterAll(async () => {
  await app?.close()
})

describe('GET /api/factcheck/claim-review/:verdictId', () => {
  it('returns the ClaimReview of a published verdict, field by field', async () => {
    const review = expectJsonLd(await rest.api('GET', claimReviewPath(verdicts.duration.id)), claimReviewSchema)
    expect(review).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: DURATION,
      reviewBody: 'Rated inaccurate by the desk.',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, name: 'Inaccurate', alternateName: 'Inaccurate' },
      url: `${ARTICLE_URL}#claim-${claims.duration.id}`,
      author: publisher,
      datePublished: verdicts.duration.firstPublishedAt.slice(0, 10),
      dateModified: verdicts.duration.updatedAt.slice(0, 10),
      inLanguage: 'en',
      itemReviewed: {
        '@type': 'Claim',
        // Anonymous visitors may not read users: the publisher stands in for the author.
        author: publisher,
        datePublished: '2025-12-03',
        appearance: { '@type': 'CreativeWork', url: ARTICLE_URL, headline: TITLE },
        firstAppearance: { '@type': 'CreativeWork', url: ARTICLE_URL, headline: TITLE },
      },
    })
  })

  it('names the article author as a Person to a requester who may read the author', async () => {
    const review = expectJsonLd(await rest.api('GET', claimReviewPath(verdicts.duration.id), editor), claimReviewSchema)
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Eddie Editor' })
  })

  it('gives no ratingValue to an unverifiable claim', async () => {
    const review = expectJsonLd(await rest.api('GET', claimReviewPath(verdicts.plan.id)), claimReviewSchema)
    expect(review.claimReviewed).toBe(PLAN)
    expect(review.reviewRating).toStrictEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, name: 'Unverifiable', alternateName: 'Unverifiable' })
  })

  it('404 for unknown ids, whatever their form', async () => {
    for (const id of ['999999', randomUUID(), 'not-an-id', '1%20OR%201%3D1']) {
      expectNotFound(await rest.api('GET', claimReviewPath(id)))
    }
  })

  it('404 for a verdict that is only a draft, for staff too', async () => {
    for (const who of [ANONYMOUS, reviewer]) expectNotFound(await rest.api('GET', claimReviewPath(verdicts.documents.id), who))
  })

  it('keeps showing the published verdict while a new draft of it is being written', async () => {
    const before = (await rest.api('GET', claimReviewPath(verdicts.duration.id))).body
    const draft = await rest.api('PATCH', `/api/verdicts/${verdicts.duration.id}?draft=true`, reviewer, {
      rating: 'accurate',
      _status: 'draft',
    })
    expect(draft.status).toBe(200)
    const after = (await rest.api('GET', claimReviewPath(verdicts.duration.id), reviewer)).body
    expect(after.reviewRating.alternateName).toBe('Inaccurate')
    expect(after.datePublished).toBe(before.datePublished)
  })
})

describe('GET /api/factcheck/articles/:articleId/claim-review', () => {
  it("is the page's JSON-LD: the NewsArticle, and no ClaimReview while no claim is attributed to someone", async () => {
    const page = expectJsonLd(await rest.api('GET', articleReviewsPath(article.id)), articleJsonLdSchema)
    expect(page['@graph']).toHaveLength(1)
    expect(page['@graph'][0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: TITLE,
      url: ARTICLE_URL,
      datePublished: '2025-12-03',
      inLanguage: 'en',
      publisher,
      // The newsroom's own figure, found wrong: a correction of the article, not a ClaimReview.
      correction: [{ '@type': 'CorrectionComment', text: `“${DURATION}” Inaccurate. Rated inaccurate by the desk.`, datePublished: expect.any(String) }],
    })
  })

  it('has one ClaimReview, of the first attributed claim in sentence order', async () => {
    for (const [key, name, type] of [['documents', 'The US delegation', 'Organization'], ['plan', 'A Kremlin aide', 'Person']] as const) {
      const patch = await rest.api('PATCH', `/api/claims/${claims[key].id}`, editor, { claimant: { name, type } })
      expect(patch.status).toBe(200)
    }
    const page = expectJsonLd(await rest.api('GET', articleReviewsPath(article.id)), articleJsonLdSchema)
    const reviews = page['@graph'].flatMap((node) => (node['@type'] === 'ClaimReview' ? [node] : []))
    // The plan's claim comes before the documents' in the article, and the documents' verdict is a draft.
    const { '@context': _context, ...single } = (await rest.api('GET', claimReviewPath(verdicts.plan.id))).body
    expect(reviews).toEqual([single])
    expect(reviews[0].itemReviewed.author).toEqual({ '@type': 'Person', name: 'A Kremlin aide' })
  })

  it('takes the article collection from ?collection=, which must be an article collection', async () => {
    const explicit = await rest.api('GET', articleReviewsPath(article.id, '?collection=articles'))
    expect(explicit.body).toEqual((await rest.api('GET', articleReviewsPath(article.id))).body)
    for (const collection of ['users', 'nope']) {
      const response = await rest.api('GET', articleReviewsPath(article.id, `?collection=${collection}`))
      expect(response.status).toBe(400)
      expect(errorsSchema.parse(response.body).errors).toEqual([
        { path: 'collection', message: 'collection must be one of: articles' },
      ])
    }
  })

  it('is the NewsArticle alone for a published article without published verdicts', async () => {
    const quiet = await rest.article(editor, { title: 'Quiet day', sentences: ['The talks lasted five hours.'] })
    const page = expectJsonLd(await rest.api('GET', articleReviewsPath(quiet.id)), articleJsonLdSchema)
    expect(page['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle'])
    expect(page['@graph'][0]).not.toHaveProperty('correction')
  })

  it('404 for unknown and unpublished articles', async () => {
    const draft = await rest.article(editor, { title: 'Unfinished', sentences: [DURATION], draft: true })
    for (const id of [draft.id, '999999', randomUUID(), 'not-an-id']) {
      for (const who of [ANONYMOUS, editor]) expectNotFound(await rest.api('GET', articleReviewsPath(id), who))
    }
  })
})

describe('publication states', () => {
  it('a verdict taken back to draft is no longer public', async () => {
    const claim = await rest.claimOf(article.id, DOCUMENTS)
    const published = await rest.api('PATCH', `/api/verdicts/${verdicts.documents.id}`, reviewer, { _status: 'published' })
    expect(published.status).toBe(200)
    expect((await rest.api('GET', claimReviewPath(verdicts.documents.id))).body.claimReviewed).toBe(claim.text)
    const unpublished = await rest.api('PATCH', `/api/verdicts/${verdicts.documents.id}`, reviewer, { _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expectNotFound(await rest.api('GET', claimReviewPath(verdicts.documents.id)))
    const graph = (await rest.api('GET', articleReviewsPath(article.id))).body['@graph']
    expect(graph.map((node: any) => node.claimReviewed)).not.toContain(DOCUMENTS)
  })
})

describe('GET /api/factcheck/openapi.json', () => {
  let document: any
  /** A schema of the served document, as zod, to validate real responses with what consumers are told. */
  const documented = (id: string) =>
    z.fromJSONSchema({
      $ref: `#/$defs/${id}`,
      $defs: JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')),
    })

  beforeAll(async () => {
    const response = await rest.api('GET', '/api/factcheck/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    document = response.body
  })

  it('is an OpenAPI 3.1 document of every endpoint of the plugin', () => {
    expect(document).toMatchObject({
      openapi: '3.1.0',
      jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
      servers: [{ url: `${SITE}/api` }],
    })
    const operations = Object.entries(document.paths).flatMap(([path, methods]: [string, any]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
    expect(operations.sort()).toEqual([
      'GET /factcheck/articles/{articleId}/claim-review',
      'GET /factcheck/claim-review/{verdictId}',
      'GET /factcheck/openapi.json',
      'POST /factcheck/check',
      'POST /factcheck/claims/{claimId}/assign',
      'POST /factcheck/sources/import',
      'POST /factcheck/verdicts/{verdictId}/approve',
    ])
  })

  it('documents every status code and parameter', () => {
    const check = document.paths['/factcheck/check'].post
    expect(Object.keys(check.responses).sort()).toEqual(['200', '400', '401', '403', '413', '415', '429'])
    expect(check.responses['429'].headers['Retry-After']).toBeDefined()
    expect(check.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CheckRequest' })
    expect(check.security).toEqual([{ bearerAuth: [] }, { apiKeyAuth: [] }])
    const articleReviews = document.paths['/factcheck/articles/{articleId}/claim-review'].get
    expect(articleReviews.parameters).toEqual([
      expect.objectContaining({ name: 'articleId', in: 'path', required: true, schema: { type: 'string', minLength: 1 } }),
      expect.objectContaining({
        name: 'collection',
        in: 'query',
        required: false,
        schema: { type: 'string', enum: ['articles'], default: 'articles' },
      }),
    ])
    expect(articleReviews.responses['200'].content['application/ld+json'].schema).toEqual({
      $ref: '#/components/schemas/ArticleJsonLd',
    })
  })

  it('has no dangling reference', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(([, ref]) => ref)
    expect(refs.length).toBeGreaterThan(5)
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//)
      expect(document.components.schemas[ref.split('/').pop()!]).toBeDefined()
    }
  })

  it('describes the real responses', async () => {
    const review = await rest.api('GET', claimReviewPath(verdicts.plan.id))
    expect(documented('ClaimReview').safeParse(review.body).success).toBe(true)
    const reviews = await rest.api('GET', articleReviewsPath(article.id))
    expect(documented('ArticleJsonLd').safeParse(reviews.body).success).toBe(true)
    const checked = await rest.api('POST', '/api/factcheck/check', editor, { text: DURATION })
    expect(documented('CheckResult').safeParse(checked.body).success).toBe(true)
    const notFound = await rest.api('GET', claimReviewPath('999999'))
    expect(documented('Errors').safeParse(notFound.body).success).toBe(true)
    expect(documented('OpenApiDocument').safeParse(document).success).toBe(true)
    // …and would notice a response that is not as documented.
    expect(documented('ClaimReview').safeParse({ ...review.body, datePublished: 'yesterday' }).success).toBe(false)
    expect(documented('CheckResult').safeParse({ ...checked.body, status: 'true' }).success).toBe(false)
  })

  it('describes the requests the check endpoint accepts, and those it rejects', async () => {
    const checkRequest = documented('CheckRequest')
    for (const body of [{ text: DURATION }, { text: DURATION, date: '2025-12-03' }]) {
      expect(checkRequest.safeParse(body).success).toBe(true)
      expect((await rest.api('POST', '/api/factcheck/check', editor, body)).status).toBe(200)
    }
    for (const body of [{}, { text: 42 }, { text: DURATION, date: '03/12/2025' }, { text: DURATION, lang: 'en' }]) {
      expect(checkRequest.safeParse(body).success).toBe(false)
      expect((await rest.api('POST', '/api/factcheck/check', editor, body)).status).toBe(400)
    }
  })
})
