/**
 * 50 saves of one article at once (REST PATCH over HTTP, the same body): every save succeeds and is kept, no
 * claim is created twice, and the verdict published before the storm stays linked to its claim.
 */
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'
import { body, claimsOf } from '../helpers/factcheck'
import { newsroom } from '../helpers/newsroom'

const SAVES = 50
/** A hang bound, not a speed budget. */
const REQUEST_TIMEOUT_MS = 90_000

const JUDGED = 'The talks in Moscow lasted eight hours.'
const BEFORE = [JUDGED, 'The leaked original plan had 28 points.']
/** The body of every save of the storm: the judged sentence kept, one sentence gone, two new. */
const AFTER = [JUDGED, 'The envoys brought a revised 20-point peace plan.', 'Crimea was annexed in 2014.']

let app: TestApp
let editor: Credentials, reviewer: Credentials

beforeAll(async () => {
  app = await startApp()
  await seedCorpus(app.payload)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
})

afterAll(async () => {
  await app?.close()
})

it(`${SAVES} concurrent saves of one article: all kept, no duplicate claim, no lost verdict`, async () => {
  const { article, claimOf, verdict } = newsroom(app)
  const saved = await article(editor, { title: 'Save storm', sentences: BEFORE })
  const judged = await claimOf(saved.id, JUDGED)
  const published = await verdict(reviewer, judged.id, 'inaccurate')
  const versionsOf = async () =>
    (await app.payload.countVersions({ collection: 'articles', where: { parent: { equals: saved.id } } })).totalDocs
  const versionsBefore = await versionsOf()

  const responses = await Promise.all(
    Array.from({ length: SAVES }, () =>
      request(app.server.url, 'PATCH', `/api/articles/${saved.id}`, {
        auth: editor,
        json: { title: 'Save storm', body: body(AFTER) },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
    ),
  )

  // Every save is answered and kept (a version each): on PostgreSQL, more saves than the pool has connections
  // used to starve it, failing with 500s (and 403s for requests whose authentication could not reach the database).
  expect(responses.map((response) => [response.status, response.body?.errors])).toEqual(responses.map(() => [200, undefined]))
  expect(await versionsOf()).toBe(versionsBefore + SAVES)

  const claims = await claimsOf(app.payload, saved.id)
  expect(new Set(claims.map((claim) => claim.fingerprint)).size).toBe(claims.length)
  expect(new Set(claims.map((claim) => claim.text)).size).toBe(claims.length)
  expect(claims.filter((claim) => claim.inArticle).map((claim) => claim.text).sort()).toEqual([...AFTER].sort())
  expect(claims.map((claim) => claim.text).sort()).toEqual([...new Set([...BEFORE, ...AFTER])].sort())
  expect(claims.filter((claim) => claim.status === 'unchecked' || claim.checkError)).toEqual([])

  const claimAfter = await app.payload.findByID({ collection: 'claims', id: judged.id, depth: 0 })
  expect(claimAfter).toMatchObject({ text: JUDGED, status: 'conflict', inArticle: true, verdict: published.id, reviewed: true, hasPublishedVerdict: true })
  const verdictAfter = await app.payload.findByID({ collection: 'verdicts', id: published.id, depth: 0 })
  expect(verdictAfter).toMatchObject({ claim: judged.id, rating: 'inaccurate', _status: 'published' })
})
