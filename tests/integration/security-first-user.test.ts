import { startApp, type TestApp } from '../helpers/app'
import { PASSWORD, request } from '../helpers/client'

/** Issue 11.12: the first account is an admin; the session cookie is Secure behind https. */

let app: TestApp
const serverUrl = process.env.SERVER_URL

beforeAll(async () => {
  // The public URL is https, as in production behind a proxy; the test server itself speaks plain HTTP.
  process.env.SERVER_URL = 'https://news.example'
  app = await startApp()
})

afterAll(async () => {
  await app?.close()
  if (serverUrl === undefined) delete process.env.SERVER_URL
  else process.env.SERVER_URL = serverUrl
})

it('the first user, created without a role, becomes an admin', async () => {
  const response = await request(app.server.url, 'POST', '/api/users/first-register', {
    json: { email: 'first@test.example', password: PASSWORD, roles: [] },
  })
  expect(response.status).toBe(200)
  const { docs } = await app.payload.find({ collection: 'users', depth: 0 })
  expect(docs.map((user) => user.roles)).toEqual([['admin']])
})

it('later users get no role by themselves', async () => {
  const first = await request(app.server.url, 'POST', '/api/users/first-register', {
    json: { email: 'second@test.example', password: PASSWORD },
  })
  expect(first.status).not.toBe(200)
  const login = await request(app.server.url, 'POST', '/api/users/login', { json: { email: 'first@test.example', password: PASSWORD } })
  const created = await request(app.server.url, 'POST', '/api/users', {
    auth: { token: login.body.token },
    json: { email: 'third@test.example', password: PASSWORD },
  })
  expect(created.status).toBe(201)
  expect(created.body.doc.roles ?? []).toEqual([])
})

it('the session cookie is Secure and HttpOnly', async () => {
  const login = await request(app.server.url, 'POST', '/api/users/login', { json: { email: 'first@test.example', password: PASSWORD } })
  expect(login.status).toBe(200)
  const cookie = login.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
})
