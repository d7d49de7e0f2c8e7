import type { Payload } from 'payload'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, PASSWORD, request, userWithRoles } from '../helpers/client'

/**
 * Who may do what, over REST (and GraphQL for lists): every collection × operation × kind of caller.
 * Rules that are more than allow/deny (field access, derived fields) are in access.test.ts.
 */

const ACTORS = ['anonymous', 'roleless', 'editor', 'reviewer', 'admin', 'apiKey'] as const
type Actor = (typeof ACTORS)[number]

const STAFF: Actor[] = ['editor', 'reviewer', 'admin', 'apiKey']
/** The API key belongs to an editor: it must act exactly as the editor's login does. */
const EDITORS: Actor[] = ['editor', 'admin', 'apiKey']
const REVIEWERS: Actor[] = ['reviewer', 'admin']
const ADMINS: Actor[] = ['admin']

let app: TestApp
const auth = {} as Record<Actor, Credentials & { id?: number | string }>
/** Named documents of each collection, to look for in lists (IDs of different collections may be equal). */
const fixtures: Record<string, Record<string, number | string>> = {
  articles: {},
  claims: {},
  verdicts: {},
  sources: {},
  'corpus-figures': {},
  users: {},
}

/** HTTP status per actor: the allowed ones get `ok`, the others `denied`. */
const only = (allowed: Actor[], ok: number, denied = 403) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, allowed.includes(actor) ? ok : denied])) as Record<Actor, number>

/** The named fixtures each actor sees in a list, or 403. */
const sees = (publicNames: string[] | 403, staffNames: string[]) =>
  Object.fromEntries(
    ACTORS.map((actor) => [actor, STAFF.includes(actor) ? staffNames.sort() : publicNames === 403 ? 403 : publicNames.sort()]),
  ) as Record<
    Actor,
    string[] | 403
  >

let counter = 0
const unique = (prefix: string) => `${prefix}-${++counter}`

const claim = async (payload: Payload) =>
  (await payload.create({ collection: 'claims', data: { text: `${unique('A claim with')} 3 figures.` } as never })).id

/** A fresh document to update or delete, created with the Local API. */
const targets: Record<string, (payload: Payload) => Promise<number | string>> = {
  articles: async (payload) => (await payload.create({ collection: 'articles', data: { title: unique('Target') } as never })).id,
  claims: claim,
  verdicts: async (payload) =>
    (await payload.create({ collection: 'verdicts', data: { claim: await claim(payload), rating: 'accurate' } as never })).id,
  sources: async (payload) =>
    (await payload.create({ collection: 'sources', data: { key: unique('source'), title: 'Target', text: 'It lasted 2 days.' } as never })).id,
  'corpus-figures': async () => fixtures['corpus-figures'].figure,
  users: async (payload) =>
    (await payload.create({ collection: 'users', data: { email: `${unique('target')}@test.example`, password: PASSWORD } as never })).id,
}

/** A valid body to create a document. */
const creations: Record<string, (payload: Payload) => Promise<Record<string, unknown>>> = {
  articles: async () => ({ title: unique('Created') }),
  claims: async () => ({ text: `${unique('Created claim with')} 4 figures.` }),
  verdicts: async (payload) => ({ claim: await claim(payload), rating: 'misleading' }),
  sources: async () => ({ key: unique('created'), title: 'Created', text: 'The summit lasted two days.' }),
  'corpus-figures': async () => ({ lookupKey: 'duration:talks', figure: {} }),
  users: async () => ({ email: `${unique('created')}@test.example`, password: PASSWORD }),
}

const updates: Record<string, Record<string, unknown>> = {
  articles: { title: 'Updated' },
  claims: { date: '2025-12-01' },
  verdicts: { explanation: 'Updated.' },
  sources: { title: 'Updated' },
  'corpus-figures': { quote: 'Updated.' },
  users: { name: 'Updated' },
}

interface CollectionRules {
  list: Record<Actor, string[] | 403>
  /** Reading a document the public may not see. */
  readHidden: { fixture: string; expected: Record<Actor, number> }
  create: Record<Actor, number>
  update: Record<Actor, number>
  delete: Record<Actor, number>
  graphql: string
}

const RULES: Record<string, CollectionRules> = {
  articles: {
    list: sees(['publishedArticle'], ['publishedArticle', 'draftArticle']),
    readHidden: { fixture: 'draftArticle', expected: only(STAFF, 200, 404) },
    create: only(EDITORS, 201),
    update: only(EDITORS, 200),
    delete: only(EDITORS, 200),
    graphql: 'Articles',
  },
  claims: {
    list: sees(['publicClaim'], ['publicClaim', 'hiddenClaim']),
    readHidden: { fixture: 'hiddenClaim', expected: only(STAFF, 200, 404) },
    create: only(EDITORS, 201),
    update: only(EDITORS, 200),
    delete: only(ADMINS, 200),
    graphql: 'Claims',
  },
  verdicts: {
    list: sees(['publishedVerdict'], ['publishedVerdict', 'draftVerdict']),
    readHidden: { fixture: 'draftVerdict', expected: only(STAFF, 200, 404) },
    create: only(REVIEWERS, 201),
    update: only(REVIEWERS, 200),
    delete: only(ADMINS, 200),
    graphql: 'Verdicts',
  },
  sources: {
    list: sees(403, ['source']),
    readHidden: { fixture: 'source', expected: only(STAFF, 200) },
    create: only(ADMINS, 201),
    update: only(ADMINS, 200),
    delete: only(ADMINS, 200),
    graphql: 'Sources',
  },
  'corpus-figures': {
    list: sees(403, ['figure']),
    readHidden: { fixture: 'figure', expected: only(STAFF, 200) },
    // The corpus index is derived from the sources: nobody writes it by hand.
    create: only([], 201),
    update: only([], 200),
    delete: only([], 200),
    graphql: 'CorpusFigures',
  },
  users: {
    // Staff see their colleagues; anyone else logged in sees only themselves.
    list: { ...sees(['self'], ['self', 'colleague']), anonymous: 403 },
    readHidden: { fixture: 'colleague', expected: { ...only(STAFF, 200, 404), anonymous: 403 } },
    create: only(ADMINS, 201),
    update: only(ADMINS, 200),
    delete: only(ADMINS, 200),
    graphql: 'Users',
  },
}

const api = (actor: Actor, method: string, path: string, json?: unknown) =>
  request(app.server.url, method, path, { auth: auth[actor], json })

/** The named fixtures among documents of the collection, `self` being the actor's own user. */
const named = (actor: Actor, collection: string, ids: Array<number | string>) => {
  const names = { ...fixtures[collection], ...(collection === 'users' && { self: auth[actor].id }) }
  return Object.entries(names)
    .filter(([, id]) => id !== undefined && ids.includes(id))
    .map(([name]) => name)
    .sort()
}

/** Runs the request as every actor and returns what each got. */
async function asEveryone<T>(run: (actor: Actor) => Promise<T>): Promise<Record<Actor, T>> {
  const results = {} as Record<Actor, T>
  for (const actor of ACTORS) results[actor] = await run(actor)
  return results
}

beforeAll(async () => {
  app = await startApp()
  const { payload } = app
  auth.anonymous = {}
  auth.roleless = await userWithRoles(payload, app.server.url, [])
  auth.editor = await userWithRoles(payload, app.server.url, ['editor'])
  auth.reviewer = await userWithRoles(payload, app.server.url, ['reviewer'])
  auth.admin = await userWithRoles(payload, app.server.url, ['admin'])
  const keyed = await userWithRoles(payload, app.server.url, ['editor'], { apiKey: 'matrix-editor-key-0123456789' })
  auth.apiKey = { apiKey: keyed.apiKey, id: keyed.id }
  fixtures.users.colleague = (await userWithRoles(payload, app.server.url, ['reviewer'])).id

  const article = (title: string, sentence: string, _status: 'draft' | 'published') =>
    payload.create({
      collection: 'articles',
      data: { title, _status, body: lexicalParagraphs([sentence]) } as never,
      draft: _status === 'draft',
    })
  const articles = fixtures.articles
  articles.publishedArticle = (await article('Published', 'The talks in Moscow lasted eight hours.', 'published')).id
  articles.draftArticle = (await article('Draft', 'The envoys brought a revised 20-point peace plan.', 'draft')).id
  const claimOf = async (articleId: number | string) =>
    (await payload.find({ collection: 'claims', where: { articleRef: { equals: `articles:${articleId}` } } })).docs[0].id
  fixtures.claims.publicClaim = await claimOf(articles.publishedArticle)
  fixtures.claims.hiddenClaim = await claimOf(articles.draftArticle)
  const verdict = (claimId: number | string, _status: 'draft' | 'published') =>
    payload.create({ collection: 'verdicts', data: { claim: claimId, rating: 'inaccurate', _status } as never, draft: _status === 'draft' })
  fixtures.verdicts.publishedVerdict = (await verdict(fixtures.claims.publicClaim, 'published')).id
  fixtures.verdicts.draftVerdict = (await verdict(fixtures.claims.hiddenClaim, 'draft')).id
  fixtures.sources.source = (
    await payload.create({ collection: 'sources', data: { key: 'matrix', title: 'Matrix', text: 'The talks in Moscow lasted five hours.' } as never })
  ).id
  fixtures['corpus-figures'].figure = (await payload.find({ collection: 'corpus-figures', limit: 1 })).docs[0].id
})

afterAll(async () => {
  await app?.close()
})

describe.each(Object.entries(RULES))('%s', (collection, rules) => {
  it('list over REST', async () => {
    const seen = await asEveryone(async (actor) => {
      const response = await api(actor, 'GET', `/api/${collection}?limit=1000&depth=0`)
      return response.status === 200 ? named(actor, collection, response.body.docs.map((doc: any) => doc.id)) : response.status
    })
    expect(seen).toEqual(rules.list)
  })

  it('list over GraphQL', async () => {
    const seen = await asEveryone(async (actor) => {
      const { body } = await api(actor, 'POST', '/api/graphql', { query: `{ ${rules.graphql}(limit: 1000) { docs { id } } }` })
      const docs = body.data?.[rules.graphql]?.docs
      return docs ? named(actor, collection, docs.map((doc: any) => doc.id)) : 403
    })
    expect(seen).toEqual(rules.list)
  })

  it('read by id', async () => {
    const { fixture, expected } = rules.readHidden
    const statuses = await asEveryone(async (actor) => (await api(actor, 'GET', `/api/${collection}/${fixtures[collection][fixture]}`)).status)
    expect(statuses).toEqual(expected)
  })

  it('create', async () => {
    const statuses = await asEveryone(
      async (actor) => (await api(actor, 'POST', `/api/${collection}`, await creations[collection](app.payload))).status,
    )
    expect(statuses).toEqual(rules.create)
  })

  it('update', async () => {
    const statuses = await asEveryone(async (actor) => {
      const id = await targets[collection](app.payload)
      return (await api(actor, 'PATCH', `/api/${collection}/${id}`, updates[collection])).status
    })
    expect(statuses).toEqual(rules.update)
  })

  it('delete', async () => {
    const statuses = await asEveryone(async (actor) => {
      const id = await targets[collection](app.payload)
      return (await api(actor, 'DELETE', `/api/${collection}/${id}`)).status
    })
    expect(statuses).toEqual(rules.delete)
  })
})

it('an API key authenticates as its user, with that user’s role', async () => {
  const me = await api('apiKey', 'GET', '/api/users/me')
  expect(me.body.user).toMatchObject({ id: auth.apiKey.id, roles: ['editor'] })
  const wrongKey = await request(app.server.url, 'GET', '/api/users/me', { auth: { apiKey: 'not-a-key' } })
  expect(wrongKey.body.user).toBeNull()
})
