/**
 * `npm run bench [-- --out results.json] [--sizes 1000,10000] [--seed 7] [--db postgres://…]`
 * Grows a synthetic newsroom archive (many stories over many topics; see syntheticArchive.ts) through the
 * corpus import and measures at each size: the check through the API's path (conflicting, supported and
 * unrelated claims), the true floor (the same candidate rows read by one capped indexed query per key with the
 * raw driver, and the engine's text work on those rows, each timed on its own), a naive full scan, ingestion
 * through the import path, evidence items per check and the database size; then article saves of 10 and 50
 * claims and the peak RSS. Writes a table, the JSON (`--out`) and an SVG plot beside it. Figures, not asserts.
 * `--only saves [--save-runs 10]`: the archive of the largest size is imported as usual, then only the article
 * saves are measured (the same saves as a full run, printed, no JSON written): for working on the save path.
 */
import { statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'

import type { CorpusFigure, CorpusLookup } from '../../src/factcheck/engine'

import { CORPUS_FIGURES, SOURCES } from '../../src/factcheck/constants'
import { checkText, extractClaims, LIMIT_PER_KEY } from '../../src/factcheck/engine'
import { pluginOptions } from '../../src/factcheck/options'
import { importSources } from '../../src/factcheck/services/corpusImport'
import { databaseLookup, sourceFigures } from '../../src/factcheck/services/corpusIndex'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { freshDatabase } from '../helpers/database'
import { writePlot } from './plot'
import { archive, type BenchClaim, claims, TOPIC_COUNT } from './syntheticArchive'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const sizes = option('sizes', '1000,10000').split(',').map(Number)
const seed = Number(option('seed', '7'))
const out = args.includes('--out') ? path.resolve(option('out', 'results.json')) : null
const baseDb = option('db', '')
const only = option('only', '')
if (only && only !== 'saves') throw new Error('--only takes "saves"')
const saveRuns = Number(option('save-runs', '10'))
const CLAIMS_PER_KIND = 40
const ROUNDS = 5

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** The raw driver of the adapter: one parameterised SQL query, rows as arrays. */
interface RawDriver {
  /** The candidate rows of the keys: per key the newest LIMIT_PER_KEY, by the compound index, in one round trip. */
  capped(keys: string[]): Promise<unknown[][]>
  /** The same query planned without any index (a naive full scan of the index table). */
  scan(sql: string, params: unknown[]): Promise<unknown[][]>
  size(): Promise<number>
}

function rawDriver(payload: Payload, sqliteFile?: string): RawDriver {
  const db = payload.db as unknown as {
    name: string
    client?: { execute(stmt: { sql: string; args: unknown[] }): Promise<{ rows: Array<ArrayLike<unknown>> }> }
    pool?: {
      query(config: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>
      connect(): Promise<{ query: (...a: unknown[]) => Promise<{ rows: unknown[][] }>; release(): void }>
    }
  }
  if (db.name === 'sqlite' && db.client && sqliteFile) {
    const client = db.client
    const run = async (sql: string, params: unknown[]) =>
      (await client.execute({ sql, args: params })).rows.map((row) => Array.from(row))
    const sql = `SELECT figure_id, figure FROM corpus_figures WHERE lookup_key = ? ORDER BY source_date DESC LIMIT ${LIMIT_PER_KEY}`
    return {
      // In-process: one query per key is the floor (no round trips to save).
      capped: async (keys) => {
        const rows: unknown[][] = []
        for (const key of keys) rows.push(...(await run(sql, [key])))
        return rows
      },
      scan: (sql, params) => run(sql.replace(/FROM corpus_figures/, 'FROM corpus_figures NOT INDEXED'), params),
      size: async () => {
        await client.execute({ sql: 'PRAGMA wal_checkpoint(TRUNCATE)', args: [] })
        return statSync(sqliteFile).size
      },
    }
  }
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    let n = 0
    const numbered = (sql: string) => sql.replace(/\?/g, () => `$${++n}`)
    const pg = (sql: string) => ((n = 0), numbered(sql))
    const lateral =
      'SELECT f.figure_id, f.figure FROM unnest($1::text[]) AS k(key) CROSS JOIN LATERAL ' +
      `(SELECT figure_id, figure FROM corpus_figures WHERE lookup_key = k.key ORDER BY source_date DESC LIMIT ${LIMIT_PER_KEY}) AS f`
    return {
      capped: async (keys) => (await pool.query({ text: lateral, values: [keys], rowMode: 'array' })).rows,
      scan: async (sql, params) => {
        const client = await pool.connect()
        try {
          await client.query('BEGIN')
          await client.query('SET LOCAL enable_indexscan = off')
          await client.query('SET LOCAL enable_bitmapscan = off')
          await client.query('SET LOCAL enable_indexonlyscan = off')
          const { rows } = await client.query({ text: pg(sql), values: params, rowMode: 'array' })
          await client.query('COMMIT')
          return rows
        } finally {
          client.release()
        }
      },
      size: async () => Number((await pool.query({ text: 'SELECT pg_database_size(current_database())', values: [], rowMode: 'array' })).rows[0][0]),
    }
  }
  throw new Error(`no raw driver for the ${db.name} adapter`)
}

const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as CorpusFigure

/** The claim's keys, as the check computes them (the engine decides). */
const keysOf = (claim: BenchClaim) =>
  [...new Set(extractClaims(claim.text, { date: claim.date, context: claim.context }).flatMap((s) => s.figures.flatMap((f) => f.lookupKeys)))]

/** A lookup that answers from rows read beforehand: the check's engine work without any database. */
const fixedLookup = (figures: CorpusFigure[]): CorpusLookup => async () => figures

const dedupe = (rows: unknown[][]) => {
  const byId = new Map<string, CorpusFigure>()
  for (const [id, figure] of rows) if (!byId.has(String(id))) byId.set(String(id), parse(figure))
  return [...byId.values()]
}

async function measureChecks(req: PayloadRequest, raw: RawDriver, benchClaims: BenchClaim[]) {
  const lookup = databaseLookup(req)
  const check: Record<string, number[]> = { conflict: [], supported: [], unrelated: [] }
  const floorLookup: number[] = []
  const floorEngine: number[] = []
  const floor: number[] = []
  const naive: number[] = []
  const evidence: number[] = []
  const statuses: Record<string, Record<string, number>> = { conflict: {}, supported: {}, unrelated: {} }
  const keys = benchClaims.map(keysOf)
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, claim] of benchClaims.entries()) {
      const options = { date: claim.date, context: claim.context }
      let result: Awaited<ReturnType<typeof checkText>> | undefined
      check[claim.kind].push(await time(async () => (result = await checkText(claim.text, { ...options, lookup }))))
      if (round === 0 && result) {
        statuses[claim.kind][result.status] = (statuses[claim.kind][result.status] ?? 0) + 1
        evidence.push(result.figures.reduce((sum, figure) => sum + figure.evidence.length, 0))
      }
      // The true floor: the same candidate rows by the raw driver, capped and indexed …
      let rows: unknown[][] = []
      const lookupMs = await time(async () => (rows = keys[index].length > 0 ? await raw.capped(keys[index]) : []))
      // … and the engine's text work on those rows, timed apart.
      const figures = dedupe(rows)
      const engineMs = await time(() => checkText(claim.text, { ...options, lookup: fixedLookup(figures) }))
      floorLookup.push(lookupMs)
      floorEngine.push(engineMs)
      floor.push(lookupMs + engineMs)
    }
  }
  // The naive baseline: every matching row, found by scanning the whole index table, then the engine on all.
  for (const [index, claim] of benchClaims.entries()) {
    if (index % 4 !== 0 || keys[index].length === 0) continue
    naive.push(
      await time(async () => {
        const marks = keys[index].map(() => '?').join(', ')
        const rows = await raw.scan(`SELECT figure_id, figure FROM corpus_figures WHERE lookup_key IN (${marks})`, keys[index])
        await checkText(claim.text, { date: claim.date, context: claim.context, lookup: fixedLookup(dedupe(rows)) })
      }),
    )
  }
  const all = Object.values(check).flat()
  return {
    check_p50_ms: percentile(all, 50),
    check_p95_ms: percentile(all, 95),
    check_conflict_p95_ms: percentile(check.conflict, 95),
    check_supported_p95_ms: percentile(check.supported, 95),
    check_unrelated_p95_ms: percentile(check.unrelated, 95),
    floor_p95_ms: percentile(floor, 95),
    floor_lookup_p95_ms: percentile(floorLookup, 95),
    floor_engine_p95_ms: percentile(floorEngine, 95),
    naive_p95_ms: percentile(naive, 95),
    evidence_per_check_p95: percentile(evidence, 95),
    evidence_per_check_max: Math.max(...evidence),
    statuses,
  }
}

async function saveLatency(payload: Payload, benchClaims: BenchClaim[], count: number, runs: number) {
  const found = benchClaims.filter((claim) => claim.kind !== 'unrelated')
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const paragraphs = Array.from({ length: count }, (_, i) => found[(run * count + i) % found.length].text)
    samples.push(
      await time(() =>
        payload.create({
          collection: 'articles',
          data: { title: `Bench ${count}/${run}`, body: lexicalParagraphs(paragraphs) as never },
        }),
      ),
    )
  }
  return samples
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2))

async function main() {
  if (baseDb && !/^postgres(ql)?:\/\//.test(baseDb)) throw new Error('--db takes a postgres:// URL (the default is a fresh SQLite file)')
  // A database of its own, dropped at the end: a new PostgreSQL database beside --db, else a new SQLite file.
  const database = await freshDatabase(baseDb || 'file:')
  const sqliteFile = database.uri.startsWith('file:') ? database.uri.slice('file:'.length) : undefined
  process.env.DATABASE_URI = database.uri
  const config = await (await import('../../payload.config')).default
  config.logger = { options: { level: 'warn' }, destination: process.stderr } as never
  const payload = await getPayload({ config })
  const req = await createLocalReq({}, payload)
  const options = pluginOptions(payload)
  const raw = rawDriver(payload, sqliteFile)
  const adapter = payload.db.name

  // The engine's models load on first use: not part of any measurement.
  sourceFigures({ key: 'warm-up', title: 'Warm-up', text: 'The talks in Lisbon lasted 3 hours.', publishedAt: '2020-01-01' })

  if (only === 'saves') {
    const size = Math.max(...sizes)
    await importSources(req, options, [...archive(size, seed)].map((source) => ({ origin: source.key, source })))
    const benchClaims = claims(size, seed, CLAIMS_PER_KIND)
    for (const count of [10, 50]) {
      const samples = await saveLatency(payload, benchClaims, count, saveRuns)
      console.log(
        `save, ${count} claims (${adapter}, ${size} sources, ${saveRuns} runs): p50 ${fmt(percentile(samples, 50))} ms, ` +
          `p95 ${fmt(percentile(samples, 95))} ms; each: ${samples.map(fmt).join(' ')}`,
      )
    }
    await payload.destroy()
    await database.drop()
    process.exit(0)
  }

  const rows = []
  let ingested = 0
  let lastClaims: BenchClaim[] = []
  for (const size of sizes) {
    const items = [...archive(size, seed)].slice(ingested).map((source) => ({ origin: source.key, source }))
    const stories = new Set([...archive(size, seed)].map((source) => source.story)).size
    const ingestMs = await time(() => importSources(req, options, items))
    ingested = size
    const benchClaims = claims(size, seed, CLAIMS_PER_KIND)
    lastClaims = benchClaims
    // Warm-up: the engine's models and the database's caches.
    for (const claim of benchClaims.slice(0, 20)) await checkText(claim.text, { date: claim.date, context: claim.context, lookup: databaseLookup(req) })
    const measured = await measureChecks(req, raw, benchClaims)
    const figures = await payload.db.find({ collection: SOURCES, select: { figureCount: true }, pagination: false, limit: 0 })
    rows.push({
      sources: size,
      stories,
      topics: TOPIC_COUNT,
      corpus_figures: figures.docs.reduce((sum, doc) => sum + Number((doc as { figureCount?: number }).figureCount ?? 0), 0),
      index_rows: (await payload.db.count({ collection: CORPUS_FIGURES })).totalDocs,
      ...measured,
      ingest_sources_per_s: (items.length / ingestMs) * 1000,
      db_size_mb: (await raw.size()) / 1024 / 1024,
    })
    console.error(`measured ${size} sources`)
  }
  const save10 = await saveLatency(payload, lastClaims, 10, 10)
  const save50 = await saveLatency(payload, lastClaims, 50, 10)
  const result = {
    adapter,
    seed,
    limit_per_key: LIMIT_PER_KEY,
    sizes: rows,
    save_10_claims_p95_ms: percentile(save10, 95),
    save_50_claims_p95_ms: percentile(save50, 95),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  }

  console.log(`adapter: ${adapter}`)
  console.log('sources  stories  index rows  check p50  check p95  floor p95 (lookup+engine)  naive p95  check/floor  evidence p95  ingest/s  db size')
  for (const row of rows) {
    console.log(
      [
        String(row.sources).padStart(7),
        String(row.stories).padStart(7),
        String(row.index_rows).padStart(10),
        `${fmt(row.check_p50_ms)} ms`.padStart(9),
        `${fmt(row.check_p95_ms)} ms`.padStart(9),
        `${fmt(row.floor_p95_ms)} ms (${fmt(row.floor_lookup_p95_ms)}+${fmt(row.floor_engine_p95_ms)})`.padStart(25),
        `${fmt(row.naive_p95_ms)} ms`.padStart(9),
        `${(row.check_p95_ms / row.floor_p95_ms).toFixed(2)}x`.padStart(11),
        String(row.evidence_per_check_p95).padStart(12),
        fmt(row.ingest_sources_per_s).padStart(8),
        `${fmt(row.db_size_mb)} MB`.padStart(8),
      ].join('  '),
    )
    console.log(`         statuses: ${JSON.stringify(row.statuses)}`)
  }
  console.log(`save, 10 claims: p95 ${fmt(result.save_10_claims_p95_ms)} ms; 50 claims: p95 ${fmt(result.save_50_claims_p95_ms)} ms`)
  console.log(`peak RSS: ${fmt(result.peak_rss_mb)} MB`)
  const first = rows[0]
  const last = rows[rows.length - 1]
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
  console.log(
    [
      `check p95 at ${last.sources} ≤ 10 ms: ${met(last.check_p95_ms <= 10)}`,
      `p95 ${last.sources} ≤ 2× p95 ${first.sources}: ${met(last.check_p95_ms <= 2 * first.check_p95_ms)}`,
      `check p95 ≤ 3× floor: ${met(rows.every((r) => r.check_p95_ms <= 3 * r.floor_p95_ms))}`,
      `ingest ≥ 200/s: ${met(rows.every((r) => r.ingest_sources_per_s >= 200))}`,
      `peak RSS ≤ 1.5 GB: ${met(result.peak_rss_mb <= 1536)}`,
      `save 50 claims ≤ 500 ms: ${met(result.save_50_claims_p95_ms <= 500)}`,
    ].join('\n'),
  )
  if (out) {
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
    const plot = out.replace(/\.json$/, '') + '.svg'
    writePlot(plot, result)
    console.log(`wrote ${out} and ${plot}`)
  }
  await payload.destroy()
  await database.drop()
  process.exit(0)
}

void main()
