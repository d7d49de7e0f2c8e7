/** Whether two figures measure the same thing. When unsure, they don't: a false alarm costs trust. */
import type { MeasureAbout } from '../types'
import { sameEntity } from '../measures/entities'
import { KINDRED_EVENTS } from '../vocabulary/words'

const KINDRED = new Map(KINDRED_EVENTS.flatMap((words) => words.map((word) => [word, words[0]] as const)))
/** The other words of a thing's kindred acts: none for most things. */
export const kindredTopics = (topic: string): string[] =>
  KINDRED.has(topic) ? KINDRED_EVENTS.find((words) => words.includes(topic))!.filter((word) => word !== topic) : []

/** One thing, or (`loose`) kindred acts news uses of one event. */
function sameThing(claim: string, evidence: string, loose: boolean): boolean {
  if (claim === evidence) return true
  return loose && KINDRED.has(claim) && KINDRED.get(claim) === KINDRED.get(evidence)
}

/** A claim about a named version only matches that version; a versionless claim matches any. */
function versionsAgree(claim: MeasureAbout, evidence: MeasureAbout): boolean {
  return !claim.version || claim.version === evidence.version
}

/**
 * Operating profit is not net profit: a conflict needs the same variant on both sides (none on both, or the same);
 * a support only that they do not differ ("profit of €412m" is supported by "operating profit of €412m").
 */
function variantsAgree(claim: MeasureAbout, evidence: MeasureAbout, loose: boolean): boolean {
  if (loose && (!claim.variant || !evidence.variant)) return true
  return claim.variant === evidence.variant
}

/**
 * Two documents of one story ("the seven-point framework" that grew into "the nine-point agreement") are one only
 * when called alike or stated as the same version; otherwise the same points may support, never refute.
 */
function documentsAgree(claim: MeasureAbout, evidence: MeasureAbout, loose: boolean): boolean {
  if (loose || claim.document === evidence.document) return true
  return claim.version !== undefined && claim.version === evidence.version
}

/** Shares must be held by the same party: "Smith won 52%" says nothing of Jones's 45%. */
function holdersAgree(claim: MeasureAbout, evidence: MeasureAbout): boolean {
  if (!claim.holder || !evidence.holder) return claim.holder === evidence.holder
  return sameEntity(claim.holder, evidence.holder)
}

/** A part one party supplied is not the whole count, nor another party's part. */
function suppliersAgree(claim: MeasureAbout, evidence: MeasureAbout): boolean {
  if (!claim.by || !evidence.by) return claim.by === evidence.by
  return sameEntity(claim.by, evidence.by)
}

/**
 * Frameless counts of one noun by different verbs are different counts ("employs" vs "evacuated"), and so are
 * those of different subjects ("the plant employs" vs "the company employs").
 */
function verbsAgree(claim: MeasureAbout, evidence: MeasureAbout): boolean {
  if (claim.verb !== evidence.verb) return false
  return !claim.subject || !evidence.subject || sameEntity(claim.subject, evidence.subject)
}

/**
 * `loose`: the governing verb and its subject may differ ("200 rescuers worked" and "thanked the 200 rescuers"):
 * enough for the same amount to support a claim, never for a different amount to refute it.
 */
export function sameMeasure(claim: MeasureAbout, evidence: MeasureAbout, { loose = false }: { loose?: boolean } = {}): boolean {
  return (
    claim.topic !== '' &&
    sameThing(claim.topic, evidence.topic, loose) &&
    claim.dimension === evidence.dimension &&
    versionsAgree(claim, evidence) &&
    documentsAgree(claim, evidence, loose) &&
    variantsAgree(claim, evidence, loose) &&
    Boolean(claim.proposed) === Boolean(evidence.proposed) &&
    Boolean(claim.change) === Boolean(evidence.change) &&
    (loose || verbsAgree(claim, evidence)) &&
    holdersAgree(claim, evidence) &&
    suppliersAgree(claim, evidence)
  )
}
