import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, type Payload, type SanitizedConfig } from 'payload'

import { hardenCollections } from '../../src/access/harden'
import { Articles } from '../../src/collections/Articles'
import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/database'
import { factCheckPlugin } from '../../src/factcheck'
import { adminSlugs } from '../../src/factcheck/components/slugs'
import { pluginSlugs } from '../../src/factcheck/options'
import { freshDatabase } from '../helpers/database'
import { request, userWithRoles, type Credentials } from '../helpers/client'
import { body, drainFactCheckQueue, idOf } from '../helpers/factcheck'
import { startServer, type TestServer } from '../helpers/server'

/** A host whose own names clash with the plugin's: it renames the plugin's collections through `slugs`. */
const SLUGS = { claims: 'fact-claims', sources: 'fact-sources', verdicts: 'fact-verdicts', corpusFigures: 'fact-figures', deskNotes: 'fact-notes' }

const SENTENCE = 'The talks in Moscow lasted seven hours.'

let database: Awaited<ReturnType<typeof freshDatabase>>
let config: SanitizedConfig
let payload: Payload
let server: TestServer
let admin: Credentials, editor: Credentials

const api = (method: string, path: string, auth: Credentials, json?: unknown) => request(server.url, method, path, { auth, json })

beforeAll(async () => {
  // SQLite, whatever the environment's database: the schema is the plugin's with other table names.
  database = await freshDatabase('')
  config = await buildConfig({
    admin: { user: Users.slug },
    collections: [Users, Articles],
    editor: lexicalEditor(),
    secret: 'plugin-slugs-test',
    db: databaseAdapter(database.uri),
    plugins: [
      factCheckPlugin({
        articles: { articles: { field: 'body' } },
        slugs: SLUGS,
      }),
      hardenCollections(),
    ],
  })
  payload = await getPayload({ config })
  server = await startServer(config)
  admin = await userWithRoles(payload, server.url, ['admin'])
  editor = await userWithRoles(payload, server.url, ['editor'])
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
  await database?.drop()
})

it('names its collections, relationships and admin slugs as the host chose', () => {
  const slugs = config.collections.map((collection) => collection.slug)
  expect(slugs).toEqual(expect.arrayContaining(Object.values(SLUGS)))
  for (const old of ['claims', 'sources', 'verdicts', 'corpus-figures', 'desk-notes']) expect(slugs).not.toContain(old)
  const relationTo = (collection: string, field: string) =>
    (config.collections.find((candidate) => candidate.slug === collection)!.fields.find((candidate) => 'name' in candidate && candidate.name === field) as { relationTo?: unknown })
      .relationTo
  expect(relationTo('fact-verdicts', 'claim')).toBe('fact-claims')
  expect(relationTo('fact-claims', 'verdict')).toBe('fact-verdicts')
  expect(relationTo('fact-figures', 'source')).toBe('fact-sources')
  expect(relationTo('fact-notes', 'claim')).toBe('fact-claims')
  // Server code and the admin components read the same slugs.
  expect(pluginSlugs(payload)).toEqual(SLUGS)
  expect(adminSlugs(config)).toEqual(SLUGS)
})

it('flags a claim against a source loaded under the new slugs, served at the new REST routes only', async () => {
  const source = await api('POST', '/api/fact-sources', admin, {
    key: 'aide-interview',
    title: 'An aide speaks',
    text: 'The talks in Moscow lasted five hours, an aide said.',
  })
  expect(source.status).toBe(201)
  await drainFactCheckQueue(payload)
  const figures = await api('GET', `/api/fact-figures?where[source][equals]=${source.body.doc.id}&depth=0`, admin)
  expect(figures.status).toBe(200)
  expect(figures.body.totalDocs).toBeGreaterThan(0)

  const article = await api('POST', '/api/articles', editor, { title: 'Talks end', body: body([SENTENCE]) })
  expect(article.status).toBe(201)
  await drainFactCheckQueue(payload)

  const claims = await api('GET', `/api/fact-claims?where[article][equals]=${article.body.doc.id}&depth=0`, admin)
  expect(claims.status).toBe(200)
  expect(claims.body.docs).toHaveLength(1)
  const [claim] = claims.body.docs
  expect(claim).toMatchObject({ text: SENTENCE, status: 'conflict' })
  expect(claim.figures[0].evidence).toEqual([expect.objectContaining({ source: 'aide-interview', relation: 'conflicts' })])

  // A verdict links to its claim through the renamed relationship, and the plugin's hooks follow it.
  const verdict = await api('POST', '/api/fact-verdicts', admin, { claim: claim.id, rating: 'inaccurate', explanation: 'Five hours.', _status: 'published' })
  expect(verdict.status).toBe(201)
  const judged = await api('GET', `/api/fact-claims/${claim.id}?depth=0`, admin)
  expect(idOf(judged.body.verdict)).toBe(verdict.body.doc.id)
  expect(judged.body.reviewed).toBe(true)

  for (const old of ['claims', 'sources', 'verdicts', 'corpus-figures', 'desk-notes']) {
    expect({ old, status: (await api('GET', `/api/${old}`, admin)).status }).toEqual({ old, status: 404 })
  }
})

it('refuses slugs that are not slugs, or that two collections would share', () => {
  const host = { collections: [Users, Articles], secret: 'x', db: databaseAdapter(database.uri) } as never
  expect(() => factCheckPlugin({ slugs: { claims: 'Fact Claims' } })(host)).toThrow(/slugs\.claims: expected a collection slug/)
  expect(() => factCheckPlugin({ slugs: { claims: 'notes', deskNotes: 'notes' } })(host)).toThrow(/slugs: the slugs must differ/)
  expect(() => factCheckPlugin({ collectionOverrides: { claims: (collection) => ({ ...collection, slug: 'fact-claims' }) } })(host)).toThrow(
    /set slugs\.claims instead/,
  )
})
