/**
 * A memory-leak check, not a timing test: 10,000 checks in one process, with the corpus in memory and through
 * the database (the environment's, SQLite by default). After a warm-up of 2,000 checks (lazy initialisation,
 * compiled code, the database's caches), the live heap and the resident set after a full garbage collection
 * must stay flat until check 10,000.
 */
import type { PayloadRequest } from 'payload'

import { readdirSync } from 'node:fs'

import { checkText, type CorpusLookup, extractClaims } from '../../src/factcheck/engine'
import { databaseLookup } from '../../src/factcheck/services/corpusIndex'
import { seedCorpus } from '../../src/seed/corpus'
import { seedLookup, seedsDir, seedText } from '../engine/helpers'
import { startApp, type TestApp } from '../helpers/app'

const WARM_UP = 2_000
const CHECKS = 10_000
/**
 * Generous: the heap grows by about 1 MB here; keeping each check's corpus figures (about 3 KB) would add 24 MB
 * over the 8,000 measured checks.
 */
const MAX_HEAP_GROWTH = 10 * 1024 * 1024
/** The resident set moves by up to about 20 MB either way here (the allocator keeps freed pages for reuse). */
const MAX_RSS_GROWTH = 64 * 1024 * 1024

/** The sentences of the seeds that state figures: they hit the corpus, as real claims do. */
const sentences = readdirSync(seedsDir)
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => extractClaims(seedText(file.replace(/\.txt$/, ''))))
  .map((sentence) => sentence.text)

/** Every text differs (a cache keyed by text would grow with it) and states figures. */
const textOf = (index: number) => `${sentences[index % sentences.length]} It was reported ${index} times.`

/** Live heap and resident set after two full collections (the second frees what finalizers of the first let go). */
function memoryAfterGc(): { heap: number; rss: number } {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('global.gc is missing: run with NODE_OPTIONS=--expose-gc (npm run test:stress)')
  gc()
  gc()
  const { heapUsed, rss } = process.memoryUsage()
  return { heap: heapUsed, rss }
}

/** Runs the checks; returns how much the heap and the resident set grew from the end of the warm-up to the end. */
async function growthOverChecks(lookup: CorpusLookup): Promise<{ heap: number; rss: number }> {
  let afterWarmUp = { heap: 0, rss: 0 }
  for (let index = 0; index < CHECKS; index++) {
    const result = await checkText(textOf(index), { date: '2025-12-05', lookup })
    // Every text states figures: each check does the whole work, lookups included.
    if (result.figures.length === 0) throw new Error(`no figures in "${textOf(index)}"`)
    // Each check is its own task, as requests are in a server: native memory held by garbage (the SQLite
    // driver's statements) is freed by finalizers that run between tasks only.
    await new Promise((resolve) => setImmediate(resolve))
    if (index + 1 === WARM_UP) afterWarmUp = memoryAfterGc()
  }
  const atEnd = memoryAfterGc()
  return { heap: atEnd.heap - afterWarmUp.heap, rss: atEnd.rss - afterWarmUp.rss }
}

it('checkText with the corpus in memory keeps memory flat over 10,000 checks', async () => {
  const growth = await growthOverChecks(seedLookup())
  expect(growth.heap).toBeLessThan(MAX_HEAP_GROWTH)
  expect(growth.rss).toBeLessThan(MAX_RSS_GROWTH)
})

describe('through the database lookup', () => {
  let app: TestApp

  beforeAll(async () => {
    app = await startApp()
    await seedCorpus(app.payload)
  })

  afterAll(async () => {
    await app?.close()
  })

  it('checkText with the corpus index in the database keeps memory flat over 10,000 checks', async () => {
    const growth = await growthOverChecks(databaseLookup({ payload: app.payload } as PayloadRequest))
    expect(growth.heap).toBeLessThan(MAX_HEAP_GROWTH)
    expect(growth.rss).toBeLessThan(MAX_RSS_GROWTH)
  }, 300_000)
})
