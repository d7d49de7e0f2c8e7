import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, PASSWORD, request, userWithRoles } from '../helpers/client'

/** Issue 11.2, 11.3 and 11.12: cookies and other origins, who may unlock an account, login hygiene. */

let app: TestApp
let admin: Credentials & { email: string }, editor: Credentials, roleless: Credentials

beforeAll(async () => {
  app = await startApp()
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  roleless = await userWithRoles(app.payload, app.server.url, [])
})

afterAll(async () => {
  await app?.close()
})

let counter = 0
const newEmail = (prefix: string) => `${prefix}-${++counter}-${Date.now()}@test.example`

/** A form post as a browser sends it, authenticated by the admin's session cookie only. */
async function cookiePost(path: string, data: Record<string, unknown>, headers: Record<string, string>) {
  const form = new FormData()
  form.set('_payload', JSON.stringify(data))
  const response = await fetch(`${app.server.url}${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie: `payload-token=${admin.token}`, ...headers },
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

describe('CSRF: the session cookie counts only for trusted origins', () => {
  it('refuses a cookie-authenticated form post from another origin', async () => {
    const email = newEmail('csrf')
    const response = await cookiePost('/api/users', { email, password: PASSWORD, roles: ['admin'] }, { origin: 'http://localhost:9999' })
    expect([401, 403]).toContain(response.status)
    const stored = await app.payload.find({ collection: 'users', where: { email: { equals: email } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('refuses it from a cross-site page that sends no Origin', async () => {
    const response = await cookiePost('/api/users', { email: newEmail('csrf'), password: PASSWORD }, { 'sec-fetch-site': 'cross-site' })
    expect([401, 403]).toContain(response.status)
  })

  it('accepts the same post from the app’s own origin', async () => {
    const response = await cookiePost('/api/users', { email: newEmail('own'), password: PASSWORD }, { origin: 'http://localhost:3000' })
    expect(response.status).toBe(201)
  })

  it('the Authorization header is not a cookie: API clients on other origins still work', async () => {
    const response = await request(app.server.url, 'GET', '/api/users/me', { auth: admin, headers: { origin: 'http://localhost:9999' } })
    expect(response.body.user?.email).toBe(admin.email)
  })
})

describe('unlocking accounts', () => {
  async function lockedUser() {
    const email = newEmail('locked')
    await app.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: ['editor'] } as never })
    for (let attempt = 0; attempt < 6; attempt++) {
      await request(app.server.url, 'POST', '/api/users/login', { json: { email, password: 'wrong-password-123' } })
    }
    const login = await request(app.server.url, 'POST', '/api/users/login', { json: { email, password: PASSWORD } })
    expect(login.status).not.toBe(200)
    return email
  }

  it.each([
    ['a roleless user', () => roleless],
    ['an editor', () => editor],
    ['an anonymous caller', () => ({})],
  ])('%s may not unlock an account', async (_name, who) => {
    const email = await lockedUser()
    const unlock = await request(app.server.url, 'POST', '/api/users/unlock', { auth: who(), json: { email } })
    expect([401, 403]).toContain(unlock.status)
    const login = await request(app.server.url, 'POST', '/api/users/login', { json: { email, password: PASSWORD } })
    expect(login.status).not.toBe(200)
  })

  it('an admin may', async () => {
    const email = await lockedUser()
    const unlock = await request(app.server.url, 'POST', '/api/users/unlock', { auth: admin, json: { email } })
    expect(unlock.status).toBe(200)
    const login = await request(app.server.url, 'POST', '/api/users/login', { json: { email, password: PASSWORD } })
    expect(login.status).toBe(200)
  })
})

describe('passwords and the lockout', () => {
  it('a short password is refused wherever a password is set, with a 400 naming the field', async () => {
    const created = await request(app.server.url, 'POST', '/api/users', { auth: admin, json: { email: newEmail('short'), password: 'abc' } })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toMatch(/password/)
    const me = (await request(app.server.url, 'GET', '/api/users/me', { auth: editor })).body.user
    const changed = await request(app.server.url, 'PATCH', `/api/users/${me.id}`, { auth: editor, json: { password: 'short-pw' } })
    expect(changed.status).toBe(400)
    const login = await request(app.server.url, 'POST', '/api/users/login', { json: { email: me.email, password: PASSWORD } })
    expect(login.status).toBe(200)
  })

  it('a locked account answers exactly as an unknown one: the answer tells no one which accounts exist', async () => {
    const email = newEmail('lockme')
    await app.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: ['editor'] } as never })
    for (let attempt = 0; attempt < 6; attempt++) {
      await request(app.server.url, 'POST', '/api/users/login', { json: { email, password: 'wrong-password-123' } })
    }
    const locked = await request(app.server.url, 'POST', '/api/users/login', { json: { email, password: PASSWORD } })
    const unknown = await request(app.server.url, 'POST', '/api/users/login', { json: { email: newEmail('nobody'), password: PASSWORD } })
    expect(locked.status).toBe(401)
    expect([locked.status, locked.body]).toEqual([unknown.status, unknown.body])
    const gql = (address: string) =>
      request(app.server.url, 'POST', '/api/graphql', {
        json: { query: `mutation { loginUser(email: "${address}", password: "${PASSWORD}") { token } }` },
      })
    const [lockedGql, unknownGql] = [await gql(email), await gql(newEmail('nobody'))]
    expect(lockedGql.body.errors?.[0]?.message).toBeDefined()
    expect(lockedGql.body.errors[0].message).toBe(unknownGql.body.errors[0].message)
  })
})
