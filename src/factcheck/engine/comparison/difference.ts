/**
 * Support by difference: "the plan was cut by eight points" states what the reports state as two levels, "an earlier
 * 28-point plan, scaled down to 20 points". A change claimed with no evidence of its own is supported by the
 * difference between the level a report of its story gives for the earlier version (or the level a change left) and
 * the one it gives for the later (or the level it reached), in the claim's direction. It never refutes: a report may
 * not state every level.
 */
import type { ClaimScope, CorpusFigure, Evidence, Figure } from '../types'
import { overlaps } from './intervals'
import { storyCandidates } from './sameStory'
import { evidenceOf } from './evidence'

type Level = 'before' | 'after'

/** Which level a figure states: of the first version or the level a change left, or of the later one or the level reached. */
function levelOf(about: Figure['about']): Level | undefined {
  if (about.change) return undefined
  if (about.version === 'original' || about.stage === 'from') return 'before'
  if (about.version === 'revised' || about.stage === 'to') return 'after'
  return undefined
}

const sameThing = (a: Figure, b: Figure) => a.about.dimension === b.about.dimension && a.about.topic === b.about.topic && a.unit === b.unit

export function supportByDifference(figure: Figure, candidates: CorpusFigure[], scope: ClaimScope): Evidence[] {
  const { change, direction } = figure.about
  if (!change || !direction) return []
  const levels = storyCandidates(figure, scope, candidates.filter((c) => sameThing(figure, c) && levelOf(c.about)))
  const before = levels.filter((c) => levelOf(c.about) === 'before')
  const after = levels.filter((c) => levelOf(c.about) === 'after')
  for (const first of before) {
    for (const second of after) {
      // a level left and the one reached are of one sentence; two versions may be stated apart in one report
      if (first.source !== second.source) continue
      if (first.about.stage === 'from' && first.quote !== second.quote) continue
      const [low, high] = direction === 'down' ? [first.min - second.max, first.max - second.min] : [second.min - first.max, second.max - first.min]
      if (high <= 0 || !overlaps([figure.min, figure.max], [Math.max(0, low), high])) continue
      return [first, second].map((level) => evidenceOf(level, 'supports'))
    }
  }
  return []
}
