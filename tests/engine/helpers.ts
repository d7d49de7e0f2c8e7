/** Shared fixtures of the engine tests: the seeded corpus and the claim files. */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import {
  createMemoryLookup, extractClaims, extractCorpusFigures, type ClaimCheck, type CorpusFigure, type Figure,
} from '../../src/factcheck/engine/index.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const seedsDir = path.join(repoRoot, 'seeds')
export const devFile = path.resolve(repoRoot, '../shared/eval/dev.jsonl')
export const heldOutFile = path.join(repoRoot, 'tests/engine/fixtures/heldout.jsonl')

/** Publication dates given with the seeds; the other sources are undated. */
const SEED_DATES: Record<string, string> = {
  '000_e54c5ddf7deae9a0': '2026-01-01',
  '001_e759f5f9dd5bc10b': '2025-12-04',
}

export function seedText(key: string): string {
  return readFileSync(path.join(seedsDir, `${key}.txt`), 'utf8')
}

let corpus: CorpusFigure[] | undefined
export function seedCorpus(): CorpusFigure[] {
  corpus ??= readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const key = file.replace(/\.txt$/, '')
      return extractCorpusFigures({ key, text: seedText(key), date: SEED_DATES[key] })
    })
  return corpus
}

export const seedLookup = () => createMemoryLookup(seedCorpus())

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
