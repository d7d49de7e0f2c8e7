/**
 * The engine on a newsroom-like corpus: the five seed reports plus the fixture archive (eleven unrelated invented
 * stories, tests/eval/archive), loaded in memory through the engine's public API, checked against the labelled dev
 * claims (tests/eval/claims/dev.jsonl). Labels are a careful fact-checker's answers, not the engine's.
 * The holdout claims are never read here: `npm run eval` scores them.
 */
import path from 'node:path'

import { checkText } from '../../src/factcheck/engine'
import {
  type ArchiveSource,
  type CheckAnswer,
  CLAIMS_DIR,
  formatScore,
  type LabelledClaim,
  memoryLookup,
  readArchive,
  readClaims,
  scoreClaims,
  type SetScore,
} from '../../src/scripts/eval/claims'

/**
 * A ratchet, not a target: the dev accuracy measured in memory when this floor was last raised (92.3%, 252/273,
 * at 5 Dec 2026, sixth session, with the marrow-bay-blizzard story in the archive), minus a little room. Raise it
 * whenever the engine improves; never lower it to make a change pass.
 */
const ACCURACY_FLOOR = 0.915

let sources: ArchiveSource[]
let claims: LabelledClaim[]
let score: SetScore

beforeAll(async () => {
  sources = await readArchive()
  claims = await readClaims(path.join(CLAIMS_DIR, 'dev.jsonl'))
  const { lookup } = memoryLookup(sources)
  const answers = new Map<string, CheckAnswer>()
  for (const claim of claims) {
    answers.set(claim.id, await checkText(claim.text, { date: claim.date, context: claim.context, lookup }))
  }
  score = scoreClaims('dev claims, seeds + archive in memory', claims, answers, { listMisses: true })
  // The figures, for whoever reads the test log.
  console.log(formatScore({ ...score, misses: [] }))
})

describe('the multi-story corpus', () => {
  it('holds many unrelated stories with unique report keys', () => {
    expect(new Set(sources.map((source) => source.story)).size).toBeGreaterThanOrEqual(12)
    const keys = sources.map((source) => source.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('has dev claims about a dozen stories of the archive, a third of them traps', () => {
    const stories = new Set(sources.map((source) => source.story))
    const claimed = new Set(claims.map((claim) => claim.story))
    expect(claimed.size).toBeGreaterThanOrEqual(12)
    expect([...claimed].filter((story) => !stories.has(story!))).toEqual([])
    expect(claims.filter((claim) => claim.trap).length).toBeGreaterThanOrEqual(claims.length / 4)
  })
})

describe('checking claims against seeds + archive', () => {
  it('raises no false conflict: a figure about another thing or another story is never a conflict', () => {
    const falseConflicts = claims
      .filter((claim) => score.falseConflictIds.includes(claim.id))
      .map((claim) => `${claim.id}: ${claim.text}`)
    expect(falseConflicts).toEqual([])
  })

  it(`gets at least ${Math.round(ACCURACY_FLOOR * 100)}% of the statuses right`, () => {
    expect(score.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR)
  })
})
