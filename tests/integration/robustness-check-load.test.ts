/**
 * 200 check requests at once from a few users, over HTTP: each user gets exactly the rate limit's worth of
 * correct results and a 429 with Retry-After for the rest; nothing fails, nothing is mixed up between requests.
 */
import { checkResultSchema, errorsSchema } from '../../src/factcheck/endpoints/schemas'
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'

const LIMIT = 15
const USERS = 4
const REQUESTS = 200
/** A hang bound, not a speed budget. */
const REQUEST_TIMEOUT_MS = 60_000

/** Two claims with different answers, so that an answer given to the wrong request shows. */
const CLAIMS = [
  { text: 'The talks in Moscow lasted eight hours.', status: 'conflict', figure: 'eight hours', source: '001_e759f5f9dd5bc10b' },
  { text: 'The leaked original plan had 28 points.', status: 'supported', figure: '28 points', source: undefined },
] as const

let app: TestApp
let users: Credentials[]

beforeAll(async () => {
  // Read by payload.config.ts, which startApp() imports afresh in this file's module registry.
  process.env.CHECK_RATE_LIMIT_MAX = String(LIMIT)
  app = await startApp()
  await seedCorpus(app.payload)
  users = []
  for (let i = 0; i < USERS; i++) users.push(await userWithRoles(app.payload, app.server.url, i % 2 ? ['reviewer'] : ['editor']))
})

afterAll(async () => {
  await app?.close()
})

it(`answers ${REQUESTS} concurrent checks of ${USERS} users: ${LIMIT} results each, then 429 with Retry-After`, async () => {
  const sent = Array.from({ length: REQUESTS }, (_, index) => ({ user: index % USERS, claim: CLAIMS[index % CLAIMS.length] }))
  const responses = await Promise.all(
    sent.map(({ user, claim }) =>
      request(app.server.url, 'POST', '/api/factcheck/check', {
        auth: users[user],
        json: { text: claim.text, date: '2025-12-05' },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
    ),
  )

  const unexpected = responses.filter((response) => response.status !== 200 && response.status !== 429)
  expect(unexpected.map((response) => [response.status, response.body])).toEqual([])

  const answered = Array.from({ length: USERS }, () => 0)
  for (const [index, response] of responses.entries()) {
    const { user, claim } = sent[index]
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'))
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true)
      expect(errorsSchema.parse(response.body)).toEqual(response.body)
      continue
    }
    answered[user]++
    expect(checkResultSchema.parse(response.body)).toEqual(response.body)
    expect(response.body.status).toBe(claim.status)
    expect(response.body.figures).toEqual([
      expect.objectContaining({ text: expect.stringContaining(claim.figure), status: claim.status }),
    ])
    if (claim.source) {
      expect(response.body.figures[0].evidence).toContainEqual(expect.objectContaining({ source: claim.source, relation: 'conflicts' }))
    }
  }
  // The whole burst fits in one window of the limiter (60 s).
  expect(answered).toEqual(Array.from({ length: USERS }, () => LIMIT))
})
