import { lexicalParagraphs } from '../../src/seed/lexical'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, userWithRoles } from '../helpers/client'
import { claimsOf, drainFactCheckQueue, pendingFactCheckJobs } from '../helpers/factcheck'
import { newsroom } from '../helpers/newsroom'

/** Issue 11.7: large article saves neither stall the server nor get stored past the limit. */

let app: TestApp
let editor: Credentials
let desk: ReturnType<typeof newsroom>

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  desk = newsroom(app)
  // The start-up reconciliation job, out of the way of the job counts below.
  await drainFactCheckQueue(app.payload)
})

afterAll(async () => {
  await app?.close()
})

const articleCount = async () => (await app.payload.count({ collection: 'articles' })).totalDocs

describe('article body size', () => {
  it('a body over the limit answers 413 naming the field and the limit, and stores nothing', async () => {
    const before = await articleCount()
    const paragraph = `The depot counted ${'many '.repeat(80)}crates in 2024.`
    const response = await desk.api('POST', '/api/articles', editor, {
      title: 'Oversized',
      body: lexicalParagraphs(Array.from({ length: 3000 }, () => paragraph)),
      _status: 'published',
    })
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toMatch(/"body" is \d+ bytes; the limit is \d+ bytes/)
    expect(await articleCount()).toBe(before)
  })

  it('an update over the limit is refused the same way, and the article keeps its body', async () => {
    const article = await desk.article(editor, { title: 'Small', sentences: ['The depot counted 12 crates.'] })
    const paragraph = `The depot counted ${'many '.repeat(80)}crates in 2024.`
    const response = await desk.api('PATCH', `/api/articles/${article.id}`, editor, {
      body: lexicalParagraphs(Array.from({ length: 3000 }, () => paragraph)),
    })
    expect(response.status).toBe(413)
    const stored = await app.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(JSON.stringify(stored.body)).toContain('The depot counted 12 crates.')
  })
})

describe('long articles', () => {
  // Longer than the inline text limit (10,000 characters).
  const sentences = Array.from({ length: 260 }, (_, index) => `The depot in Arlow shipped ${1000 + index} crates in week ${(index % 52) + 1}.`)

  it('the save answers before any claim is read: reading and checking them is the jobs queue’s work', async () => {
    const article = await desk.article(editor, { title: 'Depot ledger', sentences })
    expect(await claimsOf(app.payload, article.id)).toHaveLength(0)
    expect(await pendingFactCheckJobs(app.payload)).toBe(1)
    // The sync job reads them and queues their checks (checking them is tested in claims-long.test.ts).
    await app.payload.jobs.run({ queue: 'factcheck', limit: 1, sequential: true })
    const claims = await claimsOf(app.payload, article.id)
    expect(claims.map((claim) => claim.text)).toEqual(sentences)
    expect(await pendingFactCheckJobs(app.payload)).toBe(Math.ceil(sentences.length / 50))
  })

  it('a short article still gets its claims during the save', async () => {
    const article = await desk.article(editor, { title: 'Depot note', sentences: ['The depot in Arlow shipped 77 crates in May.'] })
    const claims = await claimsOf(app.payload, article.id)
    expect(claims).toHaveLength(1)
    expect(claims[0].status).not.toBe('unchecked')
  })
})
