import { errorsSchema } from '../../src/factcheck/endpoints/schemas'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'

const LIMIT = 3

let app: TestApp
let limited: Credentials & { id: number | string }, other: Credentials

const check = (auth: Credentials, json: unknown = { text: 'The talks lasted five hours.' }) =>
  request(app.server.url, 'POST', '/api/factcheck/check', { auth, json })

beforeAll(async () => {
  // Read by payload.config.ts, which startApp() imports afresh in this file's module registry.
  process.env.CHECK_RATE_LIMIT_MAX = String(LIMIT)
  app = await startApp()
  limited = await userWithRoles(app.payload, app.server.url, ['editor'], { apiKey: 'limited-editor-key-0123' })
  other = await userWithRoles(app.payload, app.server.url, ['reviewer'])
})

afterAll(async () => {
  await app?.close()
})

it(`429 with Retry-After once a user made ${LIMIT} checks in the window, whatever their credentials`, async () => {
  for (let i = 0; i < LIMIT; i++) expect((await check({ token: limited.token })).status).toBe(200)

  for (const auth of [{ token: limited.token }, { apiKey: limited.apiKey }]) {
    const response = await check(auth)
    expect(response.status).toBe(429)
    const retryAfter = Number(response.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true)
    expect(errorsSchema.parse(response.body).errors).toEqual([
      { message: `rate limit of ${LIMIT} checks exceeded; retry in ${retryAfter} s` },
    ])
  }
  // The limit comes before reading the body: an over-limit client learns nothing more.
  expect((await check({ token: limited.token }, { text: '' })).status).toBe(429)
})

it('limits each user on their own', async () => {
  expect((await check(other)).status).toBe(200)
})
