import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'
import { newsroom } from '../helpers/newsroom'

/** Issue 11.10 and 11.11: bad input gets a 4xx that names the problem, never a 500, and nothing invalid is stored. */

let app: TestApp
let editor: Credentials, admin: Credentials
let desk: ReturnType<typeof newsroom>

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  desk = newsroom(app)
})

afterAll(async () => {
  await app?.close()
})

const get = (path: string, auth: Credentials = editor) => request(app.server.url, 'GET', path, { auth })
const graphql = (query: string, auth: Credentials = editor) => request(app.server.url, 'POST', '/api/graphql', { auth, json: { query } })

/** A Lexical body of one paragraph nested `depth` lists deep. */
function nestedBody(depth: number) {
  let node: Record<string, unknown> = { type: 'text', text: 'The deepest line has 3 figures.', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }
  for (let level = 0; level < depth; level++) {
    node = { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children: [node] }
  }
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [node] } }
}

describe('ids that are not ids', () => {
  it.each(['abc', '1e309', '%00', '-1', '9'.repeat(400)])('GET /api/articles/%s answers 404 or 400, not 500', async (id) => {
    const response = await get(`/api/articles/${id}`)
    expect([400, 404]).toContain(response.status)
  })

  it.each(['claims', 'verdicts', 'users'])('GET /api/%s/abc answers 404 or 400', async (collection) => {
    expect([400, 404]).toContain((await get(`/api/${collection}/abc`, admin)).status)
  })

  it.each(['users', 'claims', 'payload-jobs'])('GET /api/%s/versions (no versions kept) answers 404 or 400', async (collection) => {
    expect([400, 404]).toContain((await get(`/api/${collection}/versions`, admin)).status)
  })

  it('PATCH and DELETE of a non-id answer 404 or 400', async () => {
    for (const method of ['PATCH', 'DELETE']) {
      const response = await request(app.server.url, method, '/api/articles/abc', { auth: editor, json: { title: 'x' } })
      expect([400, 404]).toContain(response.status)
    }
  })

  it('the ClaimReview of a verdict id of 400 nines answers 404 or 400', async () => {
    const response = await get(`/api/factcheck/claim-review/${'9'.repeat(400)}`, {})
    expect([400, 404]).toContain(response.status)
  })
})

describe('GraphQL', () => {
  it('a cyclic fragment is refused with 400, not a stack overflow', async () => {
    const response = await graphql('query { Verdicts { docs { ...F } } } fragment F on Verdict { claim { verdict { ...F } } }')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/cycle|itself/i)
  })
})

describe('rich-text bodies', () => {
  it('a body nested 3,000 deep answers 400 and is not stored', async () => {
    const before = (await app.payload.count({ collection: 'articles' })).totalDocs
    // Written out by hand: JSON.stringify itself would overflow on it.
    const depth = 3000
    const open = '{"type":"paragraph","version":1,"children":['
    const text = '{"type":"text","text":"The deepest line has 3 figures.","version":1}'
    const json = `{"title":"Deep","body":{"root":{"type":"root","version":1,"children":[${open.repeat(depth)}${text}${']}'.repeat(depth)}]}}}`
    const response = await request(app.server.url, 'POST', '/api/articles', { auth: editor, headers: { 'content-type': 'application/json' }, body: json })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/body/)
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it.each([
    ['children that are not an array', { root: { type: 'root', version: 1, children: { type: 'paragraph' } } }],
    ['a node without a type', { root: { type: 'root', version: 1, children: [{ children: [] }] } }],
    ['a string', 'The body as a string with 3 figures.'],
    ['an array', [{ type: 'paragraph', children: [] }]],
    ['no root', { type: 'root', children: [] }],
  ])('a body with %s answers 400 and is not stored', async (_name, body) => {
    const before = (await app.payload.count({ collection: 'articles' })).totalDocs
    const response = await desk.api('POST', '/api/articles', editor, { title: 'Malformed', body })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/body/)
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('a body nested a little (lists in lists) is still accepted', async () => {
    const response = await desk.api('POST', '/api/articles', editor, { title: 'Shallow', body: nestedBody(5) })
    expect(response.status).toBe(201)
  })
})

describe('stored values', () => {
  it('an unknown _status answers 400 and is not stored', async () => {
    const before = (await app.payload.count({ collection: 'articles' })).totalDocs
    const response = await desk.api('POST', '/api/articles', editor, { title: 'Weird', _status: 'weird' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/_status|status/)
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('an unknown _status on a verdict answers 400 too', async () => {
    const claim = (await desk.api('POST', '/api/claims', editor, { text: 'The kiln fired 30 batches.' })).body.doc
    const response = await desk.api('POST', '/api/verdicts', admin, { claim: claim.id, rating: 'accurate', _status: 'weird' })
    expect(response.status).toBe(400)
  })
})

describe('lists', () => {
  it.each(['limit=0', 'limit=100000', 'pagination=false'])('%s does not mean every document at full depth: a list is capped', async (query) => {
    const response = await get(`/api/claims?${query}`)
    expect(response.status).toBe(200)
    expect(response.body.limit).toBeGreaterThan(0)
    expect(response.body.limit).toBeLessThanOrEqual(500)
  })

  it('a claim lists its article without the article body (a 2,000-claim article would not fit in a response)', async () => {
    const article = await desk.article(editor, { title: 'Kiln report', sentences: ['The kiln fired 31 batches in June.'] })
    const response = await get(`/api/claims?where[articleRef][equals]=articles:${article.id}&depth=2`)
    expect(response.body.docs[0].article.title).toBe('Kiln report')
    expect(response.body.docs[0].article.body).toBeUndefined()
  })
})
