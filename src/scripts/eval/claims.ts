/**
 * Scoring labelled claims (tests/eval/claims/*.jsonl, ../shared/eval/dev.jsonl) and loading the fixture archive:
 * shared by `npm run eval` and the multi-story engine test. Pure Node + the engine's public API.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { type CorpusFigure, type CorpusLookup, createMemoryLookup, extractCorpusFigures, setAliases } from '../../factcheck/engine'
import { DEMO_ALIASES } from '../../seed/aliases'

export interface LabelledClaim {
  id: string
  story?: string
  text: string
  date?: string
  context?: string
  expect: string[]
  sources: string[]
  trap?: boolean
}

/** What a check answers for one claim, as the batch command prints it (fields beyond these are ignored). */
export interface CheckAnswer {
  status?: string
  error?: string
  figures?: Array<{ evidence?: Array<{ source?: string }> }>
}

export interface ArchiveSource {
  key: string
  text: string
  date?: string
  title?: string
  story: string
}

export interface Miss {
  id: string
  text: string
  got: string
  expect: string[]
  missingSources?: string[]
}

export interface SetScore {
  name: string
  claims: number
  correct: number
  accuracy: number
  withSources: number
  sourceHits: number
  sourceRecall: number
  traps: number
  trapsCorrect: number
  /** Claims whose `expect` has no `conflict` but that were answered `conflict`. */
  falseConflicts: number
  falseConflictIds: string[]
  misses: Miss[]
  /** Dev sets only: right statuses and false conflicts per story. */
  stories: Record<string, StoryScore>
  /** The issue's bar is worded this way: claims about the seed story apart from claims about any other story. */
  seedStory: StoryScore
  otherStories: StoryScore
  /** For each label (its `expect`, joined by '|'), how many claims got each status: aggregates, so every set. */
  answered: Record<string, Record<string, number>>
}

export interface StoryScore {
  claims: number
  correct: number
  falseConflicts: number
}

const SEED_STORY = 'seeds'

export const CLAIMS_DIR = 'tests/eval/claims'
export const ARCHIVE_DIR = 'tests/eval/archive'
export const SEEDS_DIR = 'seeds'

export async function readClaims(file: string): Promise<LabelledClaim[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

interface ManifestEntry {
  key: string
  file: string
  title?: string | null
  publishedAt?: string | null
}

async function readStory(dir: string, story: string): Promise<ArchiveSource[]> {
  const manifest: { sources: ManifestEntry[] } = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
  return Promise.all(
    manifest.sources.map(async (entry) => ({
      key: entry.key,
      text: await readFile(path.join(dir, entry.file), 'utf8'),
      date: entry.publishedAt ?? undefined,
      // A bracketed title is the report's first words, not a headline (see seeds/manifest.json).
      title: entry.title && !entry.title.startsWith('[') ? entry.title : undefined,
      story,
    })),
  )
}

/** The seed reports plus every story of the fixture archive, as the newsroom would load them. */
export async function readArchive(root = process.cwd()): Promise<ArchiveSource[]> {
  const archive = path.join(root, ARCHIVE_DIR)
  const stories = (await readdir(archive, { withFileTypes: true })).filter((entry) => entry.isDirectory())
  const sources = await Promise.all([
    readStory(path.join(root, SEEDS_DIR), 'seeds'),
    ...stories.map((entry) => readStory(path.join(archive, entry.name), entry.name)),
  ])
  return sources.flat()
}

/**
 * An in-memory corpus of the sources through the engine's public API (same semantics as the database store), with
 * the demo newsroom's aliases as the app declares them.
 */
export function memoryLookup(sources: ArchiveSource[]): { lookup: CorpusLookup; figures: CorpusFigure[] } {
  setAliases(DEMO_ALIASES)
  const figures = sources.flatMap(({ key, text, date, title }) => extractCorpusFigures({ key, text, date, title }))
  return { lookup: createMemoryLookup(figures), figures }
}

/** Scores answers (by claim id) against the labels. `listMisses` is false for holdout sets: aggregates only. */
export function scoreClaims(
  name: string,
  claims: LabelledClaim[],
  answers: Map<string, CheckAnswer>,
  { listMisses }: { listMisses: boolean },
): SetScore {
  const score: SetScore = {
    name,
    claims: claims.length,
    correct: 0,
    accuracy: 0,
    withSources: 0,
    sourceHits: 0,
    sourceRecall: 0,
    traps: 0,
    trapsCorrect: 0,
    falseConflicts: 0,
    falseConflictIds: [],
    misses: [],
    stories: {},
    seedStory: { claims: 0, correct: 0, falseConflicts: 0 },
    otherStories: { claims: 0, correct: 0, falseConflicts: 0 },
    answered: {},
  }
  for (const claim of claims) {
    const answer = answers.get(claim.id)
    const got = answer?.status ?? (answer?.error ? `error: ${answer.error}` : 'nothing')
    const ok = claim.expect.includes(got)
    if (ok) score.correct++
    if (claim.trap) {
      score.traps++
      if (ok) score.trapsCorrect++
    }
    const falseConflict = got === 'conflict' && !claim.expect.includes('conflict')
    if (falseConflict) {
      score.falseConflicts++
      if (listMisses) score.falseConflictIds.push(claim.id)
    }
    const byStatus = (score.answered[claim.expect.join('|')] ??= {})
    byStatus[got] = (byStatus[got] ?? 0) + 1
    const tallies = claim.story ? [claim.story === SEED_STORY ? score.seedStory : score.otherStories] : []
    if (listMisses && claim.story) tallies.push((score.stories[claim.story] ??= { claims: 0, correct: 0, falseConflicts: 0 }))
    for (const tally of tallies) {
      tally.claims++
      if (ok) tally.correct++
      if (falseConflict) tally.falseConflicts++
    }
    const evidence = new Set(
      (answer?.figures ?? []).flatMap((figure) => (figure.evidence ?? []).map((item) => item.source)),
    )
    let sourceOk = true
    if (claim.sources.length) {
      score.withSources++
      sourceOk = claim.sources.some((source) => evidence.has(source))
      if (sourceOk) score.sourceHits++
    }
    if (listMisses && (!ok || !sourceOk)) {
      score.misses.push({
        id: claim.id,
        text: claim.text,
        got,
        expect: claim.expect,
        ...(sourceOk ? {} : { missingSources: claim.sources }),
      })
    }
  }
  score.accuracy = ratio(score.correct, score.claims)
  score.sourceRecall = ratio(score.sourceHits, score.withSources)
  return score
}

const ratio = (n: number, d: number) => (d ? n / d : 0)
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—')

export function formatScore(score: SetScore): string {
  const lines = [
    `${score.name}: ${score.claims} claims`,
    `  accuracy:        ${pct(score.correct, score.claims)}  (${score.correct}/${score.claims} statuses in expect)`,
    `  source recall:   ${pct(score.sourceHits, score.withSources)}  (${score.sourceHits}/${score.withSources} claims with an expected source in the evidence)`,
    `  false conflicts: ${score.falseConflicts}${score.falseConflictIds.length ? `  (${score.falseConflictIds.join(', ')})` : ''}`,
  ]
  if (score.traps) lines.push(`  traps right:     ${pct(score.trapsCorrect, score.traps)}  (${score.trapsCorrect}/${score.traps})`)
  for (const [label, s] of [['seed story', score.seedStory], ['other stories', score.otherStories]] as const) {
    if (s.claims) lines.push(`  ${`${label}:`.padEnd(17)}${pct(s.correct, s.claims)}  (${s.correct}/${s.claims}, ${s.falseConflicts} false conflicts)`)
  }
  const labels = Object.entries(score.answered)
  if (labels.length) {
    lines.push('  answered, by label:')
    for (const [label, byStatus] of labels.sort(([a], [b]) => a.localeCompare(b))) {
      const counts = Object.entries(byStatus).sort(([, a], [, b]) => b - a)
      lines.push(`    ${label.padEnd(24)} ${counts.map(([status, n]) => `${status} ${n}`).join(', ')}`)
    }
  }
  const stories = Object.entries(score.stories)
  if (stories.length) {
    lines.push('  per story:')
    for (const [story, s] of stories.sort(([a], [b]) => a.localeCompare(b))) {
      const conflicts = s.falseConflicts ? `, ${s.falseConflicts} false conflict${s.falseConflicts > 1 ? 's' : ''}` : ''
      lines.push(`    ${story.padEnd(24)} ${pct(s.correct, s.claims).padStart(6)}  (${s.correct}/${s.claims}${conflicts})`)
    }
  }
  if (score.misses.length) {
    lines.push('  wrong:')
    for (const miss of score.misses) {
      lines.push(
        `    ${miss.id}  got ${miss.got}, expected ${miss.expect.join('|')}` +
          `${miss.missingSources ? `; no evidence from ${miss.missingSources.join(', ')}` : ''}\n      ${miss.text}`,
      )
    }
  }
  return lines.join('\n')
}
