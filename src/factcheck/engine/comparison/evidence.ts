/** A corpus figure as evidence for a claim: what the answer shows of it. */
import type { CorpusFigure, Evidence } from '../types'

export function evidenceOf(candidate: CorpusFigure, relation: Evidence['relation']): Evidence {
  const item: Evidence = {
    source: candidate.source,
    quote: candidate.quote,
    figure: { text: candidate.text, value: candidate.value, min: candidate.min, max: candidate.max, unit: candidate.unit },
    relation,
  }
  if (candidate.sourceDate) item.sourceDate = candidate.sourceDate
  return item
}
