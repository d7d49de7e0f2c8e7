/**
 * Support by complement: "the rebels hold three-quarters of the valley" and "the remaining 25% still under the
 * government's control" state one split of a whole between two holders. A share one holder has is supported by the
 * rest another holds, when either sentence says it is the rest; never refuted that way (a third party may hold a
 * part).
 */
import type { ClaimScope, CorpusFigure, Evidence, Figure } from '../types'
import { sameEntity } from '../measures/entities'
import { REST_WORDS } from '../vocabulary/words'
import { overlaps } from './intervals'
import { storyCandidates } from './sameStory'
import { evidenceOf } from './evidence'

const REST = new RegExp(`\\b(?:${REST_WORDS.join('|')})\\b`, 'i')
const WHOLE = 100

/** Two statements of one kind: both levels, done, of one variant. */
const sameKind = (a: Figure['about'], b: Figure['about']) =>
  !a.change && !b.change && Boolean(a.proposed) === Boolean(b.proposed) && a.variant === b.variant && a.version === b.version

export function supportByComplement(figure: Figure, candidates: CorpusFigure[], scope: ClaimScope, sentence: string): Evidence[] {
  const mine = figure.about
  if (mine.dimension !== 'share' || figure.unit !== 'percent' || !mine.holder || !mine.topic) return []
  const restInClaim = REST.test(sentence)
  const complements = candidates.filter((candidate) => {
    const theirs = candidate.about
    if (theirs.dimension !== 'share' || candidate.unit !== 'percent' || theirs.topic !== mine.topic || !theirs.holder) return false
    if (sameEntity(theirs.holder, mine.holder!) || !sameKind(mine, theirs)) return false
    if (!restInClaim && !REST.test(candidate.quote)) return false
    return overlaps([figure.min, figure.max], [WHOLE - candidate.max, WHOLE - candidate.min])
  })
  return storyCandidates(figure, scope, complements).map((candidate) => evidenceOf(candidate, 'supports'))
}
