/**
 * Retrieval stays right when it is bounded: in an archive where one old story shares its measure with many
 * newer stories (more than the store returns per key), the check of a claim about the old story still finds
 * that story's reports, and nothing of the others; and the database lookup answers exactly as the engine's
 * in-memory lookup with the same semantics (per key the newest LIMIT_PER_KEY, undated last, each figure once).
 */
import { createLocalReq } from 'payload'

import type { CorpusFigure } from '../../src/factcheck/engine'

import { createMemoryLookup, LIMIT_PER_KEY } from '../../src/factcheck/engine'
import { pluginOptions } from '../../src/factcheck/options'
import { importSources } from '../../src/factcheck/services/corpusImport'
import { databaseLookup } from '../../src/factcheck/services/corpusIndex'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'

let app: TestApp
let editor: Credentials

const TARGET = [
  { key: 'dunmore-1', publishedAt: '2019-03-01', text: 'The floods in Dunmore Vale have killed 12 people, officials said. About 400 homes were flooded in Dunmore Vale.' },
  { key: 'dunmore-2', publishedAt: '2019-03-03', text: 'The floods in Dunmore Vale have killed 15 people, officials said.' },
  { key: 'dunmore-3', publishedAt: '2019-03-05', text: 'The floods in Dunmore Vale have killed 17 people. Residents of Dunmore Vale said they were worried.' },
]
const TARGET_KEYS = new Set(TARGET.map((source) => source.key))

const PREFIXES = ['Ash', 'Bram', 'Cor', 'Dell', 'Elm', 'Fen', 'Glen', 'Holm', 'Ivy', 'Kes', 'Lark', 'Mire']
const SUFFIXES = ['wick', 'stead', 'mouth', 'bury', 'field', 'ley', 'wood', 'gate']

/** Newer flood stories, more of them than one key returns: the same measure, the same numbers, other places. */
function otherStories() {
  const sources = []
  let day = 0
  for (const prefix of PREFIXES) {
    for (const suffix of SUFFIXES) {
      const place = `${prefix}${suffix}`
      const deaths = [12, 15, 17, 40, 9][day % 5]
      day++
      sources.push({
        key: `other-${place.toLowerCase()}`,
        title: `Floods hit ${place}`,
        publishedAt: new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
        text: `The floods in ${place} have killed ${deaths} people, officials said. About ${300 + day} homes were flooded in ${place}.`,
      })
    }
  }
  return sources
}

const check = (text: string) =>
  request(app.server.url, 'POST', '/api/factcheck/check', { auth: editor, json: { text, date: '2019-03-10' } })
const evidenceSources = (body: any) => body.figures.flatMap((figure: any) => figure.evidence.map((evidence: any) => evidence.source))

beforeAll(async () => {
  app = await startApp()
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  const others = otherStories()
  expect(others.length).toBeGreaterThan(LIMIT_PER_KEY)
  const items = [...TARGET.map((source) => ({ ...source, title: 'Floods in Dunmore Vale' })), ...others].map((source) => ({
    origin: source.key,
    source,
  }))
  const summary = await importSources(await createLocalReq({}, app.payload), pluginOptions(app.payload), items)
  expect(summary).toMatchObject({ added: items.length, failed: [] })
})

afterAll(async () => {
  await app?.close()
})

it('finds the old story’s latest tally for a conflicting claim, among many newer stories of the same measure', async () => {
  const response = await check('The floods in Dunmore Vale killed 40 people.')
  expect(response.status).toBe(200)
  expect(response.body.status).toBe('conflict')
  const sources = evidenceSources(response.body)
  expect(sources).toContain('dunmore-3')
  expect(sources.every((source: string) => TARGET_KEYS.has(source))).toBe(true)
})

it('supports a claim with the old story’s own report, and cites no other story that states the same number', async () => {
  const response = await check('The floods in Dunmore Vale have killed 17 people.')
  expect(response.status).toBe(200)
  expect(response.body.status).toBe('supported')
  const sources = evidenceSources(response.body)
  expect(sources).toContain('dunmore-3')
  expect(sources.every((source: string) => TARGET_KEYS.has(source))).toBe(true)
})

it('answers a claim about a place the archive never names with no evidence', async () => {
  const response = await check('The floods in Pellow Cross have killed 12 people.')
  expect(response.status).toBe(200)
  expect(response.body.status).toBe('no_evidence')
})

it('answers every key as the in-memory lookup does: the newest LIMIT_PER_KEY per key, each figure once', async () => {
  const { docs } = await app.payload.find({ collection: 'corpus-figures', pagination: false, depth: 0, select: { figureId: true, figure: true } })
  const byId = new Map<string, CorpusFigure>()
  for (const row of docs as unknown as Array<{ figureId: string; figure: CorpusFigure }>) byId.set(row.figureId, row.figure)
  const figures = [...byId.values()]
  const memory = createMemoryLookup(figures)
  const database = databaseLookup({ payload: app.payload })
  const keys = [...new Set(figures.flatMap((figure) => figure.lookupKeys))]
  const crowded = keys.filter((key) => figures.filter((figure) => figure.lookupKeys.includes(key)).length > LIMIT_PER_KEY)
  expect(crowded.length).toBeGreaterThan(0)
  const identify = (found: CorpusFigure[]) => found.map((figure) => `${figure.source}|${figure.quote}|${figure.text}`).sort()
  for (const key of keys) {
    const fromDatabase = await database([key])
    expect(fromDatabase.length).toBeLessThanOrEqual(LIMIT_PER_KEY)
    expect(identify(fromDatabase)).toEqual(identify(await memory([key])))
  }
  const many = keys.slice(0, 12)
  expect(identify(await database(many))).toEqual(identify(await memory(many)))
})
