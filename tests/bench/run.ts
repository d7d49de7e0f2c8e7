/**
 * `npm run bench [-- --out results.json] [--sizes 100,1000,10000] [--seed 7]`
 * Grows a synthetic corpus on the embedded database (a fresh SQLite file) and measures, at each size, the
 * check latency through the API's path, the bare indexed lookup it relies on (the floor), a naive scan of
 * every corpus figure (the baseline), ingestion throughput, and article save latency. Figures, not asserts.
 */
import { rmSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'

import type { CorpusFigure } from '../../src/factcheck/engine'

import { CORPUS_FIGURES, SOURCES } from '../../src/factcheck/constants'
import { checkText, compareFigure, extractClaims } from '../../src/factcheck/engine'
import { databaseLookup } from '../../src/factcheck/services/corpusIndex'
import { seedCorpus } from '../../src/seed/corpus'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { seedSentences, syntheticSources } from './syntheticCorpus'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const sizes = option('sizes', '100,1000,10000').split(',').map(Number)
const seed = Number(option('seed', '7'))
const out = args.includes('--out') ? option('out', 'results.json') : null

/** Claims of each kind the check must answer; none is from the evaluation set. */
const CLAIMS = {
  conflict: [
    'The Kremlin talks with the US envoys lasted eleven hours.',
    'Ukraine still controls 60 per cent of the Donbas region.',
    'Russia annexed Crimea in 2009.',
    'The envoys handed Russia nine additional documents.',
  ],
  supported: [
    'The talks in Moscow lasted about five hours.',
    'The original US plan had 28 points.',
    'Russia annexed Crimea in 2014.',
    'Ukraine still controls a quarter of the Donbas region.',
  ],
  no_evidence: [
    'The new bridge in Lisbon is 17 kilometres long.',
    'The orchestra gave 42 concerts last season.',
    'Inflation in Brazil reached 4.5 per cent.',
    'The museum welcomed 3 million visitors.',
  ],
}

const DATABASE = path.resolve('data/bench/bench.db')

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

async function samples(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const result: number[] = []
  for (let i = 0; i < count; i++) result.push(await time(() => fn(i)))
  return result
}

async function ingest(payload: Payload, from: number, to: number, sentences: string[]) {
  let index = 0
  const start = performance.now()
  for (const source of syntheticSources(to, seed, sentences)) {
    if (index++ < from) continue
    await payload.create({ collection: SOURCES, data: source })
  }
  return ((to - from) / (performance.now() - start)) * 1000
}

/** The naive baseline: every corpus figure read and compared, no index. */
async function naiveCheck(req: PayloadRequest, text: string) {
  const rows = await req.payload.find({ collection: CORPUS_FIGURES, pagination: false, depth: 0, select: { figure: true } })
  const corpus = rows.docs.map((row) => row.figure as unknown as CorpusFigure)
  for (const sentence of extractClaims(text)) for (const figure of sentence.figures) compareFigure(figure, corpus)
}

async function saveLatency(payload: Payload, claims: number, runs: number) {
  const paragraphs = (run: number) =>
    Array.from({ length: claims }, (_, i) => `Report ${run}: the delegation held ${i + 2} rounds of talks in city ${i}.`)
  return samples(runs, (run) =>
    payload.create({ collection: 'articles', data: { title: `Bench ${claims}/${run}`, body: lexicalParagraphs(paragraphs(run)) as never } }),
  )
}

async function main() {
  mkdirSync(path.dirname(DATABASE), { recursive: true })
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(DATABASE + suffix, { force: true })
  process.env.DATABASE_URI = `file:${DATABASE}`
  const config = await (await import('../../payload.config')).default
  config.logger = { options: { level: 'warn' }, destination: process.stderr } as never
  const payload = await getPayload({ config })
  const req = await createLocalReq({}, payload)
  const lookup = databaseLookup(req)
  await seedCorpus(payload)
  const sentences = seedSentences(path.resolve('seeds'))
  const allClaims = Object.values(CLAIMS).flat()
  const keysOf = (text: string) => extractClaims(text).flatMap((s) => s.figures.flatMap((f) => f.lookupKeys))
  // Warm up the engine (model load) and the database.
  for (const text of allClaims) await checkText(text, { lookup })

  const rows = []
  let ingested = 0
  for (const size of sizes) {
    const ingestRate = await ingest(payload, ingested, size, sentences)
    ingested = size
    const figures = (await payload.count({ collection: CORPUS_FIGURES })).totalDocs
    const byKind: Record<string, number[]> = {}
    for (const [kind, texts] of Object.entries(CLAIMS)) {
      byKind[kind] = await samples(100, (i) => checkText(texts[i % texts.length], { lookup }))
    }
    const check = Object.values(byKind).flat()
    const floor = await samples(400, (i) => lookup(keysOf(allClaims[i % allClaims.length])))
    const naiveRuns = size >= 10_000 ? 4 : 12
    const naive = await samples(naiveRuns, (i) => naiveCheck(req, allClaims[i % allClaims.length]))
    rows.push({
      sources: size,
      corpus_figures: figures,
      check_p50_ms: percentile(check, 50),
      check_p95_ms: percentile(check, 95),
      ...Object.fromEntries(Object.entries(byKind).map(([kind, s]) => [`check_${kind}_p95_ms`, percentile(s, 95)])),
      floor_p95_ms: percentile(floor, 95),
      naive_p95_ms: percentile(naive, 95),
      ingest_sources_per_s: ingestRate,
    })
    console.error(`measured ${size} sources`)
  }
  const save10 = await saveLatency(payload, 10, 20)
  const save50 = await saveLatency(payload, 50, 20)
  const result = {
    seed,
    sizes: rows,
    save_10_claims_p95_ms: percentile(save10, 95),
    save_50_claims_p95_ms: percentile(save50, 95),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  }
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2))
  console.log('sources  figures   check p50  check p95  floor p95  naive p95  check/floor  ingest/s')
  for (const row of rows) {
    console.log(
      [row.sources, row.corpus_figures, row.check_p50_ms, row.check_p95_ms, row.floor_p95_ms, row.naive_p95_ms]
        .map((value, i) => (i < 2 ? String(value) : `${fmt(value)} ms`).padStart(i === 0 ? 7 : 10))
        .join(' ') + `  ${(row.check_p95_ms / row.floor_p95_ms).toFixed(2).padStart(10)}x  ${fmt(row.ingest_sources_per_s).padStart(8)}`,
    )
  }
  console.log(`save, 10 claims: p95 ${fmt(result.save_10_claims_p95_ms)} ms; 50 claims: p95 ${fmt(result.save_50_claims_p95_ms)} ms`)
  console.log(`peak RSS: ${fmt(result.peak_rss_mb)} MB`)
  const last = rows[rows.length - 1]
  const first = rows[0]
  console.log(
    `targets: p95 check at ${last.sources} ≤ 10 ms: ${last.check_p95_ms <= 10 ? 'met' : 'missed'}; ` +
      `p95 ${last.sources} ≤ 2× p95 ${first.sources}: ${last.check_p95_ms <= 2 * first.check_p95_ms ? 'met' : 'missed'}; ` +
      `ingest ≥ 200/s: ${rows.every((r) => r.ingest_sources_per_s >= 200) ? 'met' : 'missed'}; ` +
      `save 50 claims ≤ 500 ms: ${result.save_50_claims_p95_ms <= 500 ? 'met' : 'missed'}; ` +
      `check p95 ≤ 3× floor: ${rows.every((r) => r.check_p95_ms <= 3 * r.floor_p95_ms) ? 'met' : 'missed'}`,
  )
  if (out) writeFileSync(out, JSON.stringify(result, null, 2))
  await payload.destroy()
  process.exit(0)
}

void main()
