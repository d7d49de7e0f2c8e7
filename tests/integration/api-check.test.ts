import { checkResultSchema, errorsSchema, MAX_TEXT_LENGTH } from '../../src/factcheck/endpoints/schemas'
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'

let app: TestApp
let editor: Credentials, roleless: Credentials, reviewerByKey: Credentials, rolelessByKey: Credentials

const CHECK = '/api/factcheck/check'
const check = (auth: Credentials, json: unknown) => request(app.server.url, 'POST', CHECK, { auth, json })
const raw = (auth: Credentials, body: string, contentType?: string) =>
  request(app.server.url, 'POST', CHECK, { auth, body, headers: contentType ? { 'content-type': contentType } : {} })

/** The response is a documented error (nothing more) with this status; returns its errors. */
function expectErrors(response: { status: number; body: unknown; headers: Headers }, status: number) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  expect(errorsSchema.parse(response.body)).toEqual(response.body)
  return (response.body as { errors: Array<{ message: string; path?: string }> }).errors
}

beforeAll(async () => {
  app = await startApp()
  await seedCorpus(app.payload)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  roleless = await userWithRoles(app.payload, app.server.url, [])
  reviewerByKey = { apiKey: (await userWithRoles(app.payload, app.server.url, ['reviewer'], { apiKey: 'reviewer-key-0123456789' })).apiKey }
  rolelessByKey = { apiKey: (await userWithRoles(app.payload, app.server.url, [], { apiKey: 'roleless-key-0123456789' })).apiKey }
})

afterAll(async () => {
  await app?.close()
})

describe('POST /api/factcheck/check', () => {
  it('checks text against the corpus: the Moscow talks did not last eight hours', async () => {
    const response = await check(editor, { text: 'The talks in Moscow lasted eight hours.', date: '2025-12-03' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    // The documented shape, and nothing undocumented: parsing strips unknown fields.
    expect(checkResultSchema.parse(response.body)).toEqual(response.body)
    expect(response.body.status).toBe('conflict')
    const [figure] = response.body.figures
    expect(figure).toMatchObject({ text: expect.stringMatching(/eight hours/), kind: 'duration', status: 'conflict' })
    expect(figure.evidence).toContainEqual(
      expect.objectContaining({ source: '001_e759f5f9dd5bc10b', relation: 'conflicts', quote: expect.any(String) }),
    )
  })

  it('says when a text states no figures', async () => {
    const response = await check(editor, { text: 'Kyiv says the proposal looks better.' })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'no_figures', figures: [] })
  })

  it('accepts an API key, with the role of its user', async () => {
    const response = await check(reviewerByKey, { text: 'The talks in Moscow lasted eight hours.' })
    expect(response.status).toBe(200)
    expect(response.body.status).toBe('conflict')
    expectErrors(await check(rolelessByKey, { text: 'The talks lasted five hours.' }), 403)
  })

  describe('400: the request body is not a valid check request', () => {
    it.each([
      ['malformed JSON', '{"text": "The talks', undefined, /not valid JSON/],
      ['a JSON value that is not an object', '"The talks lasted five hours."', undefined, /expected object/i],
      ['text of the wrong type', JSON.stringify({ text: 42 }), 'text', /text must be a string/],
      ['missing text', JSON.stringify({ date: '2025-12-03' }), 'text', /text must be a string/],
      ['empty text', JSON.stringify({ text: '   ' }), 'text', /text must not be empty/],
      ['text too long', JSON.stringify({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }), 'text', /at most 20000 characters/],
      ['a bad date', JSON.stringify({ text: 'It lasted 5 hours.', date: '2025-02-30' }), 'date', /YYYY-MM-DD/],
      ['a date of the wrong type', JSON.stringify({ text: 'It lasted 5 hours.', date: 20251203 }), 'date', /YYYY-MM-DD/],
      ['an unknown field', JSON.stringify({ text: 'It lasted 5 hours.', lang: 'en' }), 'lang', /unknown field "lang"/],
    ])('%s', async (_, body, path, message) => {
      const errors = expectErrors(await raw(editor, body, 'application/json'), 400)
      expect(errors).toContainEqual(path ? { path, message: expect.stringMatching(message) } : { message: expect.stringMatching(message) })
    })
  })

  it('401 without credentials, or with credentials that are not valid', async () => {
    for (const auth of [{}, { token: 'not-a-jwt' }, { apiKey: 'no-such-key' }]) {
      const [error] = expectErrors(await check(auth, { text: 'The talks lasted five hours.' }), 401)
      expect(error.message).toMatch(/authentication required/)
    }
  })

  it('403 for a logged-in user without a role', async () => {
    const [error] = expectErrors(await check(roleless, { text: 'The talks lasted five hours.' }), 403)
    expect(error.message).toMatch(/may not use the check endpoint/)
  })

  it('413 for a body over the limit', async () => {
    const tooLarge = JSON.stringify({ text: 'a'.repeat(100_001) })
    const [error] = expectErrors(await raw(editor, tooLarge, 'application/json'), 413)
    expect(error.message).toMatch(/larger than the limit of 100000 bytes/)
  })

  it('415 for a body that is not declared as JSON', async () => {
    const body = JSON.stringify({ text: 'The talks lasted five hours.' })
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const [error] = expectErrors(await raw(editor, body, contentType), 415)
      expect(error.message).toMatch(/Content-Type must be application\/json/)
    }
    expect((await raw(editor, body, 'application/json; charset=utf-8')).status).toBe(200)
  })

  it('is not reachable with another method', async () => {
    expect((await request(app.server.url, 'GET', CHECK, { auth: editor })).status).toBe(404)
  })
})
