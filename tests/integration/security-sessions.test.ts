import { createHash, createHmac } from 'node:crypto'

import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'
import { newsroom } from '../helpers/newsroom'

/**
 * Issue 11.1: a relationship into `users` (an article's author, a verdict's reviewer) must not let a query
 * follow it to a private field of the user — session ids above all, which with a known secret forge tokens.
 */

let app: TestApp
let admin: Credentials & { id: number | string; email: string }
let editor: Credentials, reviewer: Credentials, roleless: Credentials
let adminSid: string

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))

/** An HS256 JWT as Payload signs it: the key is the first 32 hex characters of sha256(secret). */
function signToken(claims: Record<string, unknown>, key: string): string {
  const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', authVersion: 1, typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`
}

const PUBLISHED_DEFAULT_SECRET = 'development-only-secret-change-me'
const keyOf = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 32)

beforeAll(async () => {
  app = await startApp()
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewer = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  roleless = await userWithRoles(app.payload, app.server.url, [])
  adminSid = claimsOf(admin.token!).sid
  const desk = newsroom(app)
  // Authored by the admin, so its `author` leads to the admin's sessions.
  await desk.article(admin, { title: 'Oracle bait', sentences: ['The committee met 4 times in March.'] })
  const claim = (await desk.api('POST', '/api/claims', editor, { text: 'The port handled 12 ships a day.' })).body.doc
  await desk.verdict(reviewer, claim.id, 'accurate')
})

afterAll(async () => {
  await app?.close()
})

const get = (path: string, auth: Credentials = {}) => request(app.server.url, 'GET', path, { auth })

const PRIVATE_USER_FIELDS = [
  'sessions.id',
  'sessions.expiresAt',
  'sessions.createdAt',
  'sessions',
  'apiKey',
  'apiKeyIndex',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'salt',
  'hash',
  'loginAttempts',
  'lockUntil',
]

describe('queries through relationships into users', () => {
  it('the setup has the admin session the oracle looked for', () => {
    expect(adminSid).toEqual(expect.any(String))
  })

  it.each(PRIVATE_USER_FIELDS)('anonymous where on articles author.%s is refused', async (field) => {
    const response = await get(`/api/articles?where[author.${field}][like]=${adminSid.slice(0, 4)}`)
    expect([400, 403]).toContain(response.status)
  })

  it.each(PRIVATE_USER_FIELDS)('anonymous where on verdicts reviewer.%s is refused', async (field) => {
    const response = await get(`/api/verdicts?where[reviewer.${field}][exists]=true`)
    expect([400, 403]).toContain(response.status)
  })

  it.each(['author.sessions.id', 'author.sessions.expiresAt', 'author.apiKey', 'author.resetPasswordToken', 'author.hash'])(
    'anonymous sort on articles by %s is refused',
    async (path) => {
      for (const sort of [path, `-${path}`]) expect([400, 403]).toContain((await get(`/api/articles?sort=${sort}`)).status)
    },
  )

  it('the exact session id does not match either (no yes/no answer)', async () => {
    const response = await get(`/api/articles?where[author.sessions.id][equals]=${adminSid}`)
    expect([400, 403]).toContain(response.status)
  })

  it.each([
    ['a roleless user', () => roleless],
    ['an editor', () => editor],
    ['a reviewer', () => reviewer],
  ])('%s cannot query other users’ sessions either', async (_name, who) => {
    for (const path of [
      `/api/articles?where[author.sessions.id][like]=${adminSid.slice(0, 4)}`,
      `/api/verdicts?where[reviewer.sessions.id][exists]=true`,
      `/api/users?where[sessions.id][like]=${adminSid.slice(0, 4)}`,
      `/api/articles?sort=author.sessions.id`,
    ]) {
      expect([400, 403]).toContain((await get(path, who())).status)
    }
  })

  it('anonymous callers cannot filter articles by their author’s email or name', async () => {
    for (const field of ['email', 'name', 'roles']) {
      const response = await get(`/api/articles?where[author.${field}][exists]=true`)
      expect([400, 403]).toContain(response.status)
    }
  })

  it('a roleless user’s filter on authors only ever matches the user itself', async () => {
    const response = await get(`/api/articles?where[author.email][equals]=${encodeURIComponent(admin.email)}`, roleless)
    if (response.status === 200) expect(response.body.totalDocs).toBe(0)
    else expect([400, 403]).toContain(response.status)
  })

  it('staff still filter articles by their author’s email', async () => {
    const response = await get(`/api/articles?where[author.email][equals]=${encodeURIComponent(admin.email)}`, editor)
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(1)
  })

  it('a user still reads its own profile', async () => {
    const me = await get('/api/users/me', admin)
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(admin.email)
  })
})

describe('the signing secret', () => {
  const forged = (key: string) => {
    const now = Math.floor(Date.now() / 1000)
    return signToken({ id: admin.id, collection: 'users', email: admin.email, sid: adminSid, iat: now, exp: now + 3600 }, key)
  }

  it('a token signed with the app’s own key is accepted (the forgery is made as Payload signs)', async () => {
    const me = await get('/api/users/me', { token: forged(app.payload.secret) })
    expect(me.body.user?.id).toBe(admin.id)
  })

  it('a token signed with the published development secret is refused', async () => {
    expect(app.payload.secret).not.toBe(keyOf(PUBLISHED_DEFAULT_SECRET))
    const token = forged(keyOf(PUBLISHED_DEFAULT_SECRET))
    const me = await get('/api/users/me', { token })
    expect(me.body.user ?? null).toBeNull()
    const create = await request(app.server.url, 'POST', '/api/users', {
      auth: { token },
      json: { email: 'forged@test.example', password: 'forged-password-1', roles: ['admin'] },
    })
    expect([401, 403]).toContain(create.status)
  })
})
