import { maxGraphQLDepth } from '../../src/http/graphqlGuard'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'

/** Issue 11.14: a GraphQL depth limit, and the check endpoint's exact media type. */

let app: TestApp
let editor: Credentials

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
})

afterAll(async () => {
  await app?.close()
})

const graphql = (query: string) => request(app.server.url, 'POST', '/api/graphql', { auth: editor, json: { query } })

/** Verdicts → docs → claim → verdict → … → id: `levels` nested selections in all. */
function nested(levels: number): string {
  let inner = 'id'
  for (let level = 4; level <= levels; level++) inner = `${(levels - level) % 2 === 0 ? 'claim' : 'verdict'} { ${inner} }`
  return `query { Verdicts { docs { ${inner} } } }`
}

describe('GraphQL depth', () => {
  it('refuses a query 80 levels deep with 400', async () => {
    const response = await graphql(nested(80))
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/deeper than the limit/)
  })

  it('refuses one level past the limit, through fragments too', async () => {
    expect((await graphql(nested(maxGraphQLDepth() + 1))).status).toBe(400)
    const viaFragment = `query { Verdicts { docs { ...V } } } fragment V on Verdict { ${nested(maxGraphQLDepth() + 1).replace(/^query \{ Verdicts \{ docs \{ /, '').replace(/ \} \} \}$/, '')} }`
    expect((await graphql(viaFragment)).status).toBe(400)
  })

  it('answers queries within the limit', async () => {
    const response = await graphql(nested(maxGraphQLDepth()))
    expect([response.status, JSON.stringify(response.body.errors ?? null)]).toEqual([200, 'null'])
    expect(response.body.errors).toBeUndefined()
  })

  it('a query whose fragments expand to a huge number of fields is refused before anything walks it', async () => {
    // F0 spreads F1 six times, F1 spreads F2 six times, …: 6^7 fields once expanded, in a few hundred bytes.
    const fragments = Array.from({ length: 8 }, (_, index) =>
      `fragment F${index} on Verdict { id ${index < 7 ? Array.from({ length: 6 }, () => `...F${index + 1}`).join(' ') : ''} }`,
    ).join(' ')
    const response = await graphql(`query { Verdicts { docs { ...F0 } } } ${fragments}`)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/fields/)
  })
})

describe('the check endpoint media type', () => {
  const check = (contentType: string) =>
    request(app.server.url, 'POST', '/api/factcheck/check', {
      auth: editor,
      headers: { 'content-type': contentType },
      body: JSON.stringify({ text: 'The ferry carried 75 cars.' }),
    })

  it.each(['application/json-patch+json', 'application/jsonx', 'application/json5', 'text/plain'])('refuses %s with 415', async (type) => {
    expect((await check(type)).status).toBe(415)
  })

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])('accepts %s', async (type) => {
    expect((await check(type)).status).toBe(200)
  })
})
