import type { CollectionBeforeOperationHook } from 'payload'

import { claimsCollection } from '../../src/factcheck/collections/claims'
import { resolveOptions } from '../../src/factcheck/options'
import { startApp, type TestApp } from '../helpers/app'
import { userWithRoles } from '../helpers/client'
import { newsroom } from '../helpers/newsroom'

/** The first query an API consumer writes: an article's claims by `where[article][equals]`. */

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
})

it('answers an article\'s claims for where[article][equals]=<id> (one article collection: a plain relationship)', async () => {
  const { api, article } = newsroom(app)
  const editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  const sentences = ['The bridge cost 40 million euros to build.', 'It carries 12,000 cars a day.']
  const first = await article(editor, { title: 'Bridge opens', sentences })
  const other = await article(editor, { title: 'Tunnel closes', sentences: ['The tunnel closed after 35 years of service.'] })

  const response = await api('GET', `/api/claims?where[article][equals]=${first.id}&depth=0&sort=position`, editor)
  expect(response.status).toBe(200)
  expect(response.body.docs.map((claim: { text: string }) => claim.text)).toEqual(sentences)
  expect(response.body.docs.every((claim: { article: unknown }) => claim.article === first.id)).toBe(true)

  const both = await api('GET', `/api/claims?where[article][in]=${first.id},${other.id}&depth=0`, editor)
  expect(both.status).toBe(200)
  expect(both.body.totalDocs).toBe(3)
  const populated = await api('GET', `/api/claims?where[article][equals]=${other.id}&depth=1`, editor)
  expect(populated.body.docs[0].article.title).toBe('Tunnel closes')
})

it('answers a clear 400 for where[article] when claims link to several article collections', async () => {
  const options = resolveOptions({ articles: { articles: {}, briefs: {} } })
  const [reject] = claimsCollection(options).hooks!.beforeOperation as CollectionBeforeOperationHook[]
  const run = (where: unknown) => reject({ args: { where }, operation: 'read' } as never)
  expect(() => run({ and: [{ status: { equals: 'conflict' } }, { article: { equals: 7 } }] })).toThrow(
    expect.objectContaining({ status: 400, message: expect.stringMatching(/where\[article\.relationTo\] and where\[article\.value\]/) }),
  )
  expect(run({ 'article.value': { equals: 7 }, 'article.relationTo': { equals: 'briefs' } })).toBeDefined()
  expect(run({ article: { exists: false } })).toBeDefined()
  // One article collection: the relationship is plain, and Payload answers the query itself.
  const [single] = claimsCollection(resolveOptions({})).hooks!.beforeOperation as CollectionBeforeOperationHook[]
  expect(single({ args: { where: { article: { equals: 7 } } }, operation: 'read' } as never)).toBeDefined()
})
