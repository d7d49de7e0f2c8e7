import type { DeskState } from '../constants'

/** What decides a claim's desk state. */
export interface DeskFacts {
  /** A published verdict judges the claim, and its evidence has not changed since. */
  published: boolean
  /** The claim's verdict (draft or published) waits for a second reviewer. */
  awaitingApproval: boolean
  /** A verdict has been started, or a reviewer is assigned. */
  inReview: boolean
}

/** new → in review (assigned or a verdict started) → needs second review → published. */
export function deskStateOf(facts: DeskFacts): DeskState {
  if (facts.published) return 'published'
  if (facts.awaitingApproval) return 'second_review'
  if (facts.inReview) return 'in_review'
  return 'new'
}
