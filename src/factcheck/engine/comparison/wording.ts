/**
 * Comparison by wording: a claim that repeats most of the words of a report's clause, with its own amount, says what
 * that clause says, whatever measure the engine read in each ("By Tuesday night 32 vessels were queuing off the port"
 * and "the queue of container ships off the port grew to 23 on Tuesday night"). The claim's figure is then compared
 * as a figure of the report's measure, under every rule of identity, story and time a comparison by measure has.
 */
import type { ClaimScope, CorpusFigure, Figure, FigureCheck } from '../types'
import { compareFigure } from './compare'
import { commonIntervals } from './intervals'
import { canonical, clauseOf, contentWords, withoutAmount } from './support'

/** Share of the claim's own words (no names, no amount) the report's clause must repeat, and at least this many. */
const WORDS_NEEDED = 0.6
const MIN_SHARED = 4
/** Report clauses compared at most: bounds the work of one claim figure. */
const MAX_CANDIDATES = 200

function shared(mine: Set<string>, theirs: Set<string>): number {
  let count = 0
  for (const word of mine) if (theirs.has(word)) count++
  return count
}

/**
 * The words naming what a report's figure measures: its thing ("deaths", "fund") and the noun it counts. One of them
 * must be in the claim: "divers pulled eleven people alive from the river" repeats the words of "the toll rose to nine
 * after divers recovered four more bodies from the river" but says nothing of the dead.
 */
function thingWords(candidate: CorpusFigure): string[] {
  const words = [candidate.about.topic.split('/')[0], ...(candidate.kind === 'count' && candidate.unit ? [candidate.unit] : [])]
  return words.filter((word) => /^[a-z\u00c0-\u024f]{4,}$/.test(word.toLowerCase())).map((word) => canonical(word.toLowerCase()))
}

export function compareByWording(figure: Figure, candidates: CorpusFigure[], scope: ClaimScope, sentence: string): FigureCheck | undefined {
  if (figure.kind === 'date' || figure.kind === 'ordinal') return undefined
  const names = [...figure.about.entities, ...scope.story]
  const mine = contentWords(withoutAmount(figure, sentence), { common: true, names })
  if (mine.size < MIN_SHARED) return undefined
  let best: { candidate: CorpusFigure; score: number } | undefined
  for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
    if (candidate.about.dimension !== figure.about.dimension || !candidate.about.topic || !commonIntervals(figure, candidate)) continue
    if (!thingWords(candidate).some((word) => mine.has(word))) continue
    const theirs = contentWords(withoutAmount(candidate, clauseOf(candidate, candidate.quote)))
    const count = shared(mine, theirs)
    const score = count / mine.size
    if (count >= MIN_SHARED && score >= WORDS_NEEDED && (!best || score > best.score)) best = { candidate, score }
  }
  if (!best) return undefined
  // the claim's figure read as the report's measure: its thing, and the verb and subject that tell counts apart
  const { topic, verb, subject, tally } = best.candidate.about
  const about = { ...figure.about, topic, verb, subject, tally: tally || figure.about.tally }
  if (!verb) delete about.verb
  if (!subject) delete about.subject
  if (!about.tally) delete about.tally
  const reread: Figure = { ...figure, about, measure: best.candidate.measure }
  const check = compareFigure(reread, candidates.filter((candidate) => candidate.about.topic === topic), scope, sentence)
  return check.status === 'no_evidence' ? undefined : check
}
