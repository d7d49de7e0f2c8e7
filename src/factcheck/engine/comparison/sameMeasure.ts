/** Whether two figures measure the same thing. When unsure, they don't: a false alarm costs trust. */
import type { MeasureAbout } from '../types'
import { REGION_PARTS } from '../measures/lexicon'

function samePlace(a: string, b: string): boolean {
  return a === b || (REGION_PARTS[a]?.includes(b) ?? false) || (REGION_PARTS[b]?.includes(a) ?? false)
}

/** Places must meet when both figures name one ("Brussels" is not "Moscow"; Donetsk is in the Donbas). */
function placesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  return a.some((x) => b.some((y) => samePlace(x, y)))
}

function isSubset(small: string[], large: string[]): boolean {
  return small.every((item) => large.includes(item))
}

/**
 * Actors must nest: the parties of one figure all appear with the other. Zelensky in Ireland is not the
 * envoys in the Kremlin; Ukraine–Russia talks are not US–Russia talks.
 */
function actorsAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true
  return isSubset(a, b) || isSubset(b, a)
}

/** A claim about a named version only matches that version; a versionless claim matches any. */
function versionsAgree(claim: MeasureAbout, evidence: MeasureAbout): boolean {
  return !claim.version || claim.version === evidence.version
}

export function sameMeasure(claim: MeasureAbout, evidence: MeasureAbout): boolean {
  return Boolean(
    claim.topic !== '' &&
    claim.topic === evidence.topic &&
    claim.dimension === evidence.dimension &&
    versionsAgree(claim, evidence) &&
    placesAgree(claim.places, evidence.places) &&
    // who holds a share is settled by the holders (see intervals.ts), not by who else is named
    ((claim.holder && evidence.holder) || actorsAgree(claim.actors, evidence.actors))
  )
}
