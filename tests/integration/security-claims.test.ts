import { claimFingerprint } from '../../src/factcheck/services/fingerprint'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, userWithRoles } from '../helpers/client'
import { claimsOf, idOf } from '../helpers/factcheck'
import { newsroom } from '../helpers/newsroom'

/** Issue 11.6: the fields the plugin owns on claims are never taken from a request, whatever the UI shows. */

let app: TestApp
let editor: Credentials, reviewer: Credentials, admin: Credentials
let desk: ReturnType<typeof newsroom>

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  desk = newsroom(app)
})

afterAll(async () => {
  await app?.close()
})

const stored = async (id: number | string) =>
  (await app.payload.findByID({ collection: 'claims', id, depth: 0 })) as unknown as Record<string, unknown>

/** Values a client might try for each plugin-owned field. */
const forged = (otherVerdict: number | string) => ({
  reviewed: true,
  inArticle: false,
  verdict: otherVerdict,
  fingerprint: 'f'.repeat(40),
  articleRef: 'articles:999999',
  position: 4242,
  status: 'supported',
  figures: [{ forged: true }],
  lookupKeys: '|forged|',
  checkedAt: '2001-01-01T00:00:00.000Z',
  checkError: 'forged',
  hasPublishedVerdict: true,
  publicText: true,
})
const PLUGIN_OWNED = Object.keys(forged(1))

describe('plugin-owned claim fields', () => {
  let article: any
  let claim: any
  let otherVerdict: any
  let count = 0

  /** A fresh claim of a fresh article, so that no test sees another's writes. */
  async function articleClaim() {
    const sentence = `The harbour handled ${310 + ++count} ships in May.`
    const saved = await desk.article(editor, { title: `Harbour report ${count}`, sentences: [sentence] })
    return { article: saved, claim: await desk.claimOf(saved.id, sentence) }
  }

  beforeAll(async () => {
    ;({ article, claim } = await articleClaim())
    const other = (await desk.api('POST', '/api/claims', editor, { text: 'The depot stored 90 crates.' })).body.doc
    otherVerdict = await desk.verdict(reviewer, other.id, 'accurate')
  })

  it.each([
    ['an editor', () => editor],
    ['an admin', () => admin],
  ])('%s cannot change them with PATCH', async (_name, who) => {
    const { claim } = await articleClaim()
    const before = await stored(claim.id)
    const response = await desk.api('PATCH', `/api/claims/${claim.id}`, who(), forged(otherVerdict.id))
    expect(response.status).toBe(200)
    const after = await stored(claim.id)
    for (const field of PLUGIN_OWNED) expect([field, after[field]]).toEqual([field, before[field]])
  })

  it('one by one too (each field is protected on its own)', async () => {
    const { claim } = await articleClaim()
    const before = await stored(claim.id)
    for (const [field, value] of Object.entries(forged(otherVerdict.id))) {
      await desk.api('PATCH', `/api/claims/${claim.id}`, editor, { [field]: value })
      expect([field, (await stored(claim.id))[field]]).toEqual([field, before[field]])
    }
  })

  it('a conflict stays in the review queue: reviewed is set only by a published verdict', async () => {
    const { claim } = await articleClaim()
    await desk.api('PATCH', `/api/claims/${claim.id}`, editor, { reviewed: true })
    const queue = await desk.api('GET', `/api/claims?where[reviewed][equals]=false&where[id][equals]=${claim.id}`, editor)
    expect(queue.body.totalDocs).toBe(1)
    await desk.verdict(reviewer, claim.id, 'inaccurate')
    expect((await stored(claim.id)).reviewed).toBe(true)
  })

  it('a claim created by a request gets none of them from the request', async () => {
    const response = await desk.api('POST', '/api/claims', editor, { text: 'The ferry carried 75 cars.', ...forged(otherVerdict.id) })
    expect(response.status).toBe(201)
    const created = await stored(response.body.doc.id)
    expect(created.reviewed).toBe(false)
    expect(created.inArticle).toBe(true)
    expect(idOf(created.verdict) ?? null).toBeNull()
    expect(created.fingerprint ?? null).toBeNull()
    expect(created.articleRef ?? null).toBeNull()
    expect(created.position ?? null).toBeNull()
    expect(created.hasPublishedVerdict).toBe(false)
    expect(created.checkError ?? null).toBeNull()
    expect(created.checkedAt).not.toBe('2001-01-01T00:00:00.000Z')
    expect(created.figures).not.toEqual([{ forged: true }])
  })

  it('a claim pre-created with the fingerprint of a future sentence does not stand in for it', async () => {
    const sentence = 'The harbour handled 420 ships in June.'
    const articleRef = `articles:${article.id}`
    const planted = (
      await desk.api('POST', '/api/claims', editor, {
        text: 'The depot stored 12 crates.',
        fingerprint: claimFingerprint(articleRef, sentence),
        articleRef,
        position: 1,
        status: 'supported',
      })
    ).body.doc
    await desk.api('PATCH', `/api/articles/${article.id}`, editor, {
      body: lexicalParagraphs([claim.text, sentence]),
      _status: 'published',
    })
    const claims = await claimsOf(app.payload, article.id)
    const added = claims.find((candidate) => candidate.text === sentence)
    expect(added).toBeDefined()
    expect(added.id).not.toBe(planted.id)
    expect(claims.map((candidate) => candidate.id)).not.toContain(planted.id)
  })
})
