/**
 * The database goes away mid-run and comes back: a private PostgreSQL server, started by this test, is stopped
 * (`pg_ctl stop -m fast`) under the running app. Meanwhile every request fails cleanly and in bounded time, and
 * the process lives on; once the server is back, requests succeed again and nothing saved before is lost.
 */
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { type ApiResponse, type Credentials, request, userWithRoles } from '../helpers/client'
import { body, claimsOf } from '../helpers/factcheck'
import { newsroom } from '../helpers/newsroom'
import { type PostgresServer, startPostgresServer } from '../helpers/postgresServer'

/** A hang bound, not a speed budget: a request that meets the outage must be answered well within it. */
const REQUEST_TIMEOUT_MS = 20_000
/** More saves at once than the pool has connections (10): a transaction slot lost to a failed save would show. */
const CONCURRENT_SAVES = 12

const JUDGED = 'The talks in Moscow lasted eight hours.'
const SENTENCES = [JUDGED, 'The leaked original plan had 28 points.']
const ADDED = 'Crimea was annexed in 2014.'

let server: PostgresServer | undefined
let app: TestApp | undefined
let editor: Credentials, reviewer: Credentials

beforeAll(async () => {
  server = await startPostgresServer()
  app = await startApp({ databaseUri: server.uri })
  await seedCorpus(app.payload)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
})

afterAll(async () => {
  try {
    // Closing the app drops its database: the server must be up (it is, unless the test failed mid-outage).
    await server?.start().catch(() => {})
    await app?.close()
  } finally {
    await server?.destroy()
  }
})

const call = (method: string, path: string, auth: Credentials, json?: unknown) =>
  request(app!.server.url, method, path, { auth, json, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })

const saveAll = (articleId: number | string, title: string) =>
  Promise.all(
    Array.from({ length: CONCURRENT_SAVES }, () =>
      call('PATCH', `/api/articles/${articleId}`, editor, { title, body: body([...SENTENCES, ADDED]) }),
    ),
  )

/** An error status with the usual `{"errors": [{"message"}]}` body, and nothing of the database's internals. */
function expectCleanFailure(response: ApiResponse, minStatus: number) {
  expect(response.status).toBeGreaterThanOrEqual(minStatus)
  expect(response.status).toBeLessThan(600)
  expect(response.body).toEqual({ errors: [expect.objectContaining({ message: expect.any(String) })] })
  expect(JSON.stringify(response.body)).not.toMatch(/select |insert |ECONNREFUSED|terminating connection|\n\s+at /i)
}

it('fails cleanly while the database is down, and recovers without losing data when it is back', async () => {
  const { article, claimOf, verdict } = newsroom(app!)
  const saved = await article(editor, { title: 'Before the outage', sentences: SENTENCES })
  const judged = await claimOf(saved.id, JUDGED)
  const published = await verdict(reviewer, judged.id, 'inaccurate')
  const claimsBefore = await claimsOf(app!.payload, saved.id)
  const versionsOf = async () =>
    (await app!.payload.countVersions({ collection: 'articles', where: { parent: { equals: saved.id } } })).totalDocs
  const versionsBefore = await versionsOf()

  await server!.stop()
  // Reads and saves need the database: a server-side error, never a hang.
  expectCleanFailure(await call('GET', `/api/articles/${saved.id}`, editor), 500)
  expectCleanFailure(await call('GET', `/api/verdicts/${published.id}`, reviewer), 500)
  for (const response of await saveAll(saved.id, 'During the outage')) expectCleanFailure(response, 500)
  // Payload's authentication takes an unreachable database for "no such user", so the check endpoint, which
  // needs a user before anything else, answers 401: an error all the same, in the documented format.
  expectCleanFailure(await call('POST', '/api/factcheck/check', editor, { text: JUDGED }), 400)

  await server!.start()
  // The pool reconnects by itself: the first requests after the restart succeed.
  const read = await call('GET', `/api/articles/${saved.id}?depth=0`, editor)
  expect(read.status).toBe(200)
  expect(read.body).toMatchObject({ id: saved.id, title: 'Before the outage', body: body(SENTENCES) })
  const check = await call('POST', '/api/factcheck/check', editor, { text: JUDGED })
  expect([check.status, check.body.status]).toEqual([200, 'conflict'])

  // Nothing saved before is lost, and nothing of the failed saves was written.
  expect(await versionsOf()).toBe(versionsBefore)
  expect(await claimsOf(app!.payload, saved.id)).toEqual(claimsBefore)
  const claim = await call('GET', `/api/claims/${judged.id}?depth=0`, editor)
  expect(claim.body).toMatchObject({ text: JUDGED, status: 'conflict', verdict: published.id, reviewed: true })
  const verdictAfter = await call('GET', `/api/verdicts/${published.id}?depth=0`, reviewer)
  expect(verdictAfter.body).toMatchObject({ claim: judged.id, rating: 'inaccurate', _status: 'published' })

  // Saves work again, as many at once as during the outage: no transaction slot was lost to the failures.
  const savesAfter = await saveAll(saved.id, 'After the outage')
  expect(savesAfter.map((response) => response.status)).toEqual(savesAfter.map(() => 200))
  expect(await versionsOf()).toBe(versionsBefore + CONCURRENT_SAVES)
  const added = await claimOf(saved.id, ADDED)
  expect(added).toMatchObject({ inArticle: true, status: 'supported' })
})
