/** Claim figure vs candidate corpus figures about the same measure → evidence and a figure status. */
import type { CorpusFigure, Evidence, Figure, FigureCheck } from '../types'
import { figureStatus } from '../status/status'
import { sameMeasure } from './sameMeasure'
import { commonIntervals, overlaps } from './intervals'

function evidenceFor(figure: Figure, candidate: CorpusFigure): Evidence | undefined {
  if (!sameMeasure(figure.about, candidate.about)) return undefined
  const intervals = commonIntervals(figure, candidate)
  if (!intervals) return undefined
  return {
    source: candidate.source,
    quote: candidate.quote,
    figure: { text: candidate.text, value: candidate.value, min: candidate.min, max: candidate.max, unit: candidate.unit },
    relation: overlaps(intervals[0], intervals[1]) ? 'supports' : 'conflicts',
  }
}

/**
 * One evidence per quote: a sentence stating the claimed value in one state ("cut from 28 to 20")
 * supports the claim even if it also states another.
 */
function dedupe(evidence: Evidence[]): Evidence[] {
  const byQuote = new Map<string, Evidence>()
  for (const item of evidence) {
    const key = `${item.source}\u0000${item.quote}`
    const known = byQuote.get(key)
    if (!known || (known.relation === 'conflicts' && item.relation === 'supports')) byQuote.set(key, item)
  }
  return [...byQuote.values()]
}

function byRelationSourceQuote(a: Evidence, b: Evidence): number {
  if (a.relation !== b.relation) return a.relation === 'supports' ? -1 : 1
  if (a.source !== b.source) return a.source < b.source ? -1 : 1
  return a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0
}

export function compareFigure(figure: Figure, candidates: CorpusFigure[]): FigureCheck {
  const evidence = dedupe(candidates.flatMap((candidate) => evidenceFor(figure, candidate) ?? [])).sort(
    byRelationSourceQuote,
  )
  const check: FigureCheck = {
    text: figure.text, value: figure.value, min: figure.min, max: figure.max, unit: figure.unit, kind: figure.kind,
    measure: figure.measure, status: figureStatus(evidence), evidence,
  }
  if (figure.iso) check.iso = figure.iso
  return check
}
