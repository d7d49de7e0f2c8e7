/** Shared fixtures of the engine tests: the seeded corpus and the claim files. */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import {
  checkText, createMemoryLookup, extractClaims, extractCorpusFigures, setAliases, type ClaimCheck, type CorpusFigure, type Figure,
} from '../../src/factcheck/engine/index.js'
import { DEMO_ALIASES } from '../../src/seed/aliases.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const seedsDir = path.join(repoRoot, 'seeds')
export const devFile = path.resolve(repoRoot, '../shared/eval/dev.jsonl')
export const heldOutFile = path.join(repoRoot, 'tests/engine/fixtures/heldout.jsonl')

interface ManifestSource {
  key: string
  title?: string | null
  publishedAt?: string | null
}

/** The demo newsroom's own aliases, as its plugin options declare them (payload.config.ts). */
export const SEED_ALIASES = DEMO_ALIASES

export function seedText(key: string): string {
  return readFileSync(path.join(seedsDir, `${key}.txt`), 'utf8')
}

let corpus: CorpusFigure[] | undefined
/** The seeds as the app indexes them: publication dates and titles from the manifest (a bracketed title is no title). */
export function seedCorpus(): CorpusFigure[] {
  if (corpus) return corpus
  setAliases(SEED_ALIASES)
  const manifest = JSON.parse(readFileSync(path.join(seedsDir, 'manifest.json'), 'utf8')) as { sources: ManifestSource[] }
  corpus = manifest.sources.flatMap(({ key, title, publishedAt }) =>
    extractCorpusFigures({
      key,
      text: seedText(key),
      date: publishedAt ?? undefined,
      title: title && !title.startsWith('[') ? title : undefined,
    }),
  )
  return corpus
}

export const seedLookup = () => createMemoryLookup(seedCorpus())

/** A test's own invented reports, as the app indexes them. */
export interface TestSource {
  key: string
  date?: string
  title?: string
  text: string
}

export const corpusOf = (sources: TestSource[]): CorpusFigure[] => sources.flatMap((source) => extractCorpusFigures(source))

export interface LabelledClaim {
  id: string
  text: string
  expect: string[]
  sources: string[]
}

export function readClaims(file: string): LabelledClaim[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledClaim)
}

export const hasDevFile = () => existsSync(devFile)

export function evidenceSources(check: ClaimCheck): Set<string> {
  return new Set(check.figures.flatMap((figure) => figure.evidence.map((e) => e.source)))
}

/** A claim is right when its status is expected and, if sources are listed, one of them is cited. */
export function isRight(claim: LabelledClaim, check: ClaimCheck): boolean {
  const cited = evidenceSources(check)
  return claim.expect.includes(check.status) && (claim.sources.length === 0 || claim.sources.some((s) => cited.has(s)))
}

export function figuresOf(text: string, date?: string): Figure[] {
  return extractClaims(text, { date }).flatMap((sentence) => sentence.figures)
}

export function onlyFigure(text: string, date?: string): Figure {
  const figures = figuresOf(text, date)
  if (figures.length !== 1) throw new Error(`expected one figure in "${text}", got ${figures.map((f) => f.text).join(' | ')}`)
  return figures[0]
}

/**
 * A check against an invented story's reports: `check(text)` on the claim's date (or another) and in the story's
 * context, as an article would send it.
 */
export function storyCheck(sources: TestSource[], { date, context }: { date: string; context?: string }) {
  const lookup = createMemoryLookup(corpusOf(sources))
  return { lookup, check: (text: string, on = date) => checkText(text, { date: on, context, lookup }) }
}
