/**
 * `npm run eval [-- --json out.json] [-- --memory]`: the engine's evaluation.
 *   (a) ../shared/eval/dev.jsonl through the batch contract (`factcheck check --jsonl`, a separate process, as a
 *       batch user would) on a fresh SQLite database holding the five seed reports;
 *   (b) tests/eval/claims/*.jsonl against the seed reports plus the whole fixture archive, loaded into a fresh
 *       SQLite database with the corpus import command and checked through the same batch contract
 *       (`--memory`: loaded in memory through the engine's public API instead, much faster);
 *   (c) tests/eval/quantities/*.jsonl with the extraction scorer.
 * Prints status accuracy, source recall and false conflicts per set; misses for dev sets only (holdout and
 * blind sets are for scoring: aggregates only). `npm run eval -- path/to/claims.jsonl` checks one file as (a) does.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { checkText } from '../factcheck/engine'
import {
  ARCHIVE_DIR,
  type CheckAnswer,
  CLAIMS_DIR,
  formatScore,
  type LabelledClaim,
  memoryLookup,
  readArchive,
  readClaims,
  scoreClaims,
  SEEDS_DIR,
  type SetScore,
} from './eval/claims'

const SHARED_DEV = '../shared/eval/dev.jsonl'
const QUANTITIES_DIR = 'tests/eval/quantities'
const EXTRACTION_SCORER = 'src/scripts/eval/extraction.ts'

/** Only dev sets show their misses; every other set (holdout, blind) is for scoring: aggregates only. */
const isDev = (file: string) => path.basename(file).startsWith('dev')

function parseArgs(argv: string[]) {
  const jsonAt = argv.indexOf('--json')
  const json = jsonAt >= 0 ? argv[jsonAt + 1] : undefined
  if (jsonAt >= 0 && !json) throw new Error('--json needs a file name')
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && !(jsonAt >= 0 && i === jsonAt + 1))
  return { json, memory: argv.includes('--memory'), only: positional[0] }
}

/** Runs an npm script as a child process; resolves with its stdout. Its log (stderr) is shown only if it fails. */
async function npmRun(args: string[], { input = '', env = {} }: { input?: string; env?: Record<string, string> } = {}) {
  const child = spawn('npm', ['run', '--silent', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  child.stdin.end(input)
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  let stdout = ''
  for await (const chunk of child.stdout) stdout += chunk
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (code !== 0) {
    process.stderr.write(stderr)
    throw new Error(`npm run ${args.join(' ')} exited with ${code}`)
  }
  return stdout
}

/** The batch contract: one JSON line per claim in, one result line per claim out. */
async function checkThroughCli(claims: LabelledClaim[], env: Record<string, string> = {}): Promise<Map<string, CheckAnswer>> {
  const input = claims.map(({ id, text, date, context }) => JSON.stringify({ id, text, date, context })).join('\n') + '\n'
  const stdout = await npmRun(['factcheck', '--', 'check', '--jsonl'], { input, env })
  return new Map(
    stdout
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line))
      .map((result) => [result.id, result]),
  )
}

/** The seed reports plus every story folder of the fixture archive. */
async function archiveFolders(): Promise<string[]> {
  const stories = (await readdir(ARCHIVE_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory())
  return [SEEDS_DIR, ...stories.map((entry) => path.join(ARCHIVE_DIR, entry.name))]
}

/**
 * Claims checked through the batch contract on a fresh SQLite database holding `folders`, loaded with the corpus
 * import command as a newsroom loads its archive (the batch command itself never seeds).
 */
async function checkOnFreshDatabase(folders: string[], claims: LabelledClaim[]): Promise<Map<string, CheckAnswer>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factcheck-eval-'))
  const env = { DATABASE_URI: `file:${path.join(dir, 'eval.db')}` }
  try {
    const started = Date.now()
    await npmRun(['corpus', '--', 'import', ...folders], { env })
    console.error(`${folders.length} folders imported into a fresh database in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    return await checkThroughCli(claims, env)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function checkInMemory(claims: LabelledClaim[]): Promise<Map<string, CheckAnswer>> {
  const { lookup } = memoryLookup(await readArchive())
  const answers = new Map<string, CheckAnswer>()
  for (const claim of claims) {
    try {
      answers.set(claim.id, await checkText(claim.text, { date: claim.date, context: claim.context, lookup }))
    } catch (error) {
      answers.set(claim.id, { error: (error as Error).message })
    }
  }
  return answers
}

interface ExtractionResult {
  file: string
  score?: unknown
  error?: string
}

/** H1's scorer, bundled on demand so the runner works before (and whether or not) the scorer exists. */
async function loadExtractionScorer(): Promise<((file: string) => unknown) | undefined> {
  if (!existsSync(EXTRACTION_SCORER)) return undefined
  const { build } = await import('esbuild')
  const outfile = path.resolve('node_modules/.cache/scripts/extraction-scorer.mjs')
  await build({
    entryPoints: [EXTRACTION_SCORER],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  const module = await import(`${pathToFileURL(outfile).href}?${Date.now()}`)
  return typeof module.scoreExtraction === 'function' ? module.scoreExtraction : undefined
}

function formatCounts(label: string, counts: any): string {
  if (!counts || typeof counts.f1 !== 'number') return `  ${label}: ${JSON.stringify(counts)}`
  const p = (x: number) => (100 * x).toFixed(1)
  return `  ${label}: precision ${p(counts.precision)}  recall ${p(counts.recall)}  F1 ${p(counts.f1)}`
}

async function scoreExtractionSets(): Promise<ExtractionResult[]> {
  const files = existsSync(QUANTITIES_DIR)
    ? (await readdir(QUANTITIES_DIR)).filter((name) => name.endsWith('.jsonl')).sort()
    : []
  if (!files.length) {
    console.log('\nextraction: no quantity sets in tests/eval/quantities')
    return []
  }
  const scorer = await loadExtractionScorer().catch((error) => {
    console.error(`extraction scorer failed to load: ${(error as Error).message}`)
    return undefined
  })
  if (!scorer) {
    console.log('\nextraction scorer not available')
    return []
  }
  const results: ExtractionResult[] = []
  for (const name of files) {
    const file = path.join(QUANTITIES_DIR, name)
    try {
      const score: any = await scorer(file)
      const scoringOnly = !isDev(file)
      console.log(`\nextraction ${file}: ${score?.sentences ?? '?'} sentences`)
      console.log(formatCounts('values           ', score?.values))
      console.log(formatCounts('values with units', score?.valuesWithUnits))
      if (score?.valuesWithDates) console.log(formatCounts('values with dates', score.valuesWithDates))
      if (!scoringOnly && Array.isArray(score?.misses) && score.misses.length) {
        console.log(`  sentences with a miss or a false positive: ${score.misses.length}`)
        for (const miss of score.misses) {
          console.log(`    ${miss.id}  missed [${(miss.missed ?? []).join('; ')}]  spurious [${(miss.spurious ?? []).join('; ')}]`)
        }
      }
      // Scoring-only sets keep their sentences to themselves: aggregates only, in print and in the JSON.
      const { misses, ...aggregates } = score ?? {}
      results.push({ file, score: scoringOnly ? aggregates : { ...aggregates, misses } })
    } catch (error) {
      console.log(`\nextraction ${file}: scorer failed: ${(error as Error).message}`)
      results.push({ file, error: (error as Error).message })
    }
  }
  return results
}

async function main() {
  const { json, memory, only } = parseArgs(process.argv.slice(2))
  const sets: Array<SetScore & { file: string; corpus: string }> = []
  const report = (file: string, corpus: string, score: SetScore) => {
    sets.push({ ...score, file, corpus })
    console.log(`\n${formatScore(score)}`)
  }

  if (only) {
    const file = path.relative(process.cwd(), path.resolve(only))
    const claims = await readClaims(file)
    const answers = await checkOnFreshDatabase([SEEDS_DIR], claims)
    report(file, 'seeds (fresh SQLite, batch CLI)', scoreClaims(file, claims, answers, { listMisses: isDev(file) }))
    if (json) await writeFile(json, JSON.stringify({ sets }, null, 2))
    return
  }

  // (a) The shared sample, against the five seed reports.
  if (existsSync(SHARED_DEV)) {
    const claims = await readClaims(SHARED_DEV)
    try {
      const answers = await checkOnFreshDatabase([SEEDS_DIR], claims)
      report(SHARED_DEV, 'seeds (fresh SQLite, batch CLI)', scoreClaims(SHARED_DEV, claims, answers, { listMisses: true }))
    } catch (error) {
      console.log(`\n${SHARED_DEV}: the batch command failed (${(error as Error).message}); its log is above`)
    }
  }

  // (b) Our own claims against the seed reports plus the whole fixture archive.
  const files = (await readdir(CLAIMS_DIR)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(CLAIMS_DIR, name))
  const claimSets = await Promise.all(files.map(async (file) => ({ file, claims: await readClaims(file) })))
  const everyClaim = claimSets.flatMap((set) => set.claims)
  let answers: Map<string, CheckAnswer>
  let corpus: string
  if (memory) {
    answers = await checkInMemory(everyClaim)
    corpus = 'seeds + archive (in memory, engine API)'
  } else {
    try {
      answers = await checkOnFreshDatabase(await archiveFolders(), everyClaim)
      corpus = 'seeds + archive (fresh SQLite, batch CLI)'
    } catch (error) {
      console.log(`\nthe archive database failed (${(error as Error).message}); checking in memory instead`)
      answers = await checkInMemory(everyClaim)
      corpus = 'seeds + archive (in memory, engine API; the database path failed)'
    }
  }
  console.log(`\ncorpus: ${corpus}`)
  for (const { file, claims } of claimSets) {
    report(file, corpus, scoreClaims(file, claims, answers, { listMisses: isDev(file) }))
  }

  // (c) Extraction against the gold quantities.
  const extraction = await scoreExtractionSets()

  if (json) {
    const redacted = sets.map((set) => (isDev(set.file) ? set : { ...set, misses: [], falseConflictIds: [], stories: {} }))
    await writeFile(json, JSON.stringify({ sets: redacted, extraction }, null, 2))
    console.log(`\nfigures written to ${json}`)
  }
}

// No top-level await in entry scripts (see factcheck.ts).
void main().catch((error) => {
  console.error(`eval: ${(error as Error).stack ?? error}`)
  process.exitCode = 1
})
