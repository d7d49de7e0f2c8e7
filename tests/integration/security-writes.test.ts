import { randomUUID } from 'node:crypto'

import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, userWithRoles } from '../helpers/client'
import { newsroom } from '../helpers/newsroom'

/** Issue 11.8 and 11.11: a write that answers an error stores nothing; invalid data is refused with a 400. */

let app: TestApp
let editor: Credentials & { id: number | string }, reviewer: Credentials
let desk: ReturnType<typeof newsroom>

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  desk = newsroom(app)
})

afterAll(async () => {
  await app?.close()
})

/** An id of the right type that no document has. */
const missingId = () => (app.payload.db.defaultIDType === 'number' ? 987_654 : randomUUID())
const count = async (collection: 'claims' | 'verdicts' | 'articles') => (await app.payload.count({ collection })).totalDocs

const messages = (body: any) => JSON.stringify(body)

/** A claim's `article` value as the field takes it: an id with one article collection, else `{ relationTo, value }`. */
const articleLink = (value: unknown, relationTo = 'articles') => {
  const field = app.payload.collections.claims.config.fields.find((candidate) => 'name' in candidate && candidate.name === 'article')
  return field && 'relationTo' in field && Array.isArray(field.relationTo) ? { relationTo, value } : value
}

describe('relationships to documents that do not exist', () => {
  it('a claim of a missing article: 400, nothing stored', async () => {
    const before = await count('claims')
    const response = await desk.api('POST', '/api/claims', editor, {
      text: 'The mill employed 40 workers.',
      article: articleLink(missingId()),
    })
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/article/)
    expect(await count('claims')).toBe(before)
  })

  it('a retried request does not make duplicates either', async () => {
    const before = await count('claims')
    for (let attempt = 0; attempt < 3; attempt++) {
      await desk.api('POST', '/api/claims', editor, { text: 'The mill employed 41 workers.', article: articleLink(missingId()) })
    }
    expect(await count('claims')).toBe(before)
  })

  it('a verdict on a missing claim: 400, nothing stored', async () => {
    const before = await count('verdicts')
    const response = await desk.api('POST', '/api/verdicts', reviewer, { claim: missingId(), rating: 'accurate', _status: 'published' })
    expect(response.status).toBe(400)
    expect(await count('verdicts')).toBe(before)
  })

  it('an article by a missing author: 400, nothing stored', async () => {
    const before = await count('articles')
    const response = await desk.api('POST', '/api/articles', editor, { title: 'Ghost byline', author: missingId() })
    expect(response.status).toBe(400)
    expect(await count('articles')).toBe(before)
  })

  it('a PATCH pointing a claim to a missing article: 400, the claim unchanged', async () => {
    const claim = (await desk.api('POST', '/api/claims', editor, { text: 'The mill employed 42 workers.' })).body.doc
    const response = await desk.api('PATCH', `/api/claims/${claim.id}`, editor, { article: articleLink(missingId()) })
    expect(response.status).toBe(400)
    const stored = await app.payload.findByID({ collection: 'claims', id: claim.id, depth: 0 })
    expect(stored.article ?? null).toBeNull()
  })

  it('a claim’s article pointing to another collection (users): 400, not silently dropped', async () => {
    const before = await count('claims')
    const response = await desk.api('POST', '/api/claims', editor, {
      text: 'The mill employed 43 workers.',
      article: { relationTo: 'users', value: editor.id },
    })
    expect(response.status).toBe(400)
    expect(messages(response.body)).toMatch(/users/)
    expect(await count('claims')).toBe(before)
  })

  it('existing targets are still accepted', async () => {
    const article = await desk.article(editor, { title: 'Mill report', sentences: ['The mill employed 44 workers.'] })
    const response = await desk.api('POST', '/api/claims', editor, {
      text: 'The mill employed 45 workers.',
      article: articleLink(article.id),
    })
    expect(response.status).toBe(201)
  })
})

describe('a request that fails after its write', () => {
  it('leaves nothing stored (the created document is removed when there is no transaction to roll back)', async () => {
    const hooks = app.payload.collections.claims.config.hooks.afterChange
    const fail = () => {
      throw new Error('injected failure after the write')
    }
    hooks.push(fail)
    try {
      const before = await count('claims')
      const response = await desk.api('POST', '/api/claims', editor, { text: 'The mill employed 46 workers.' })
      expect(response.status).toBe(500)
      expect(await count('claims')).toBe(before)
    } finally {
      hooks.splice(hooks.indexOf(fail), 1)
    }
  })
})
