/**
 * Lookup keys: a figure is stored under `<measure>@<entity>` for each name of the entities of its sentence
 * and of its source's story, and under `<measure>@*`. A claim looks up its measure with the entities it is
 * about, so candidates are one measure of one story however large the archive grows; a claim about nothing
 * named looks up the wildcard (and is answered only when the corpus holds a single story for that measure).
 */
import type { Figure } from '../types'
import { measureId } from '../document'
import { namesOf } from '../measures/entities'

/** Figures the store returns per key at most, newest source first: bounds the work of one check. */
export const LIMIT_PER_KEY = 50
export const WILDCARD = '*'
/** Story entities a corpus figure is keyed by (the most salient of its source). */
const STORY_KEYS = 8
/** Keys per figure at most: a sentence naming dozens of entities still makes a bounded number of rows. */
const MAX_KEYS = 24

export const lookupKey = (measure: string, entity: string) => `${measure}@${entity}`

/** Keys a claim figure looks up at most (with the wildcard): bounds the rows one check reads. */
const CLAIM_KEYS = 12

function keysFor(measure: string, entities: string[], limit = MAX_KEYS): string[] {
  const keys = new Set<string>()
  for (const entity of entities) {
    for (const name of namesOf(entity)) keys.add(lookupKey(measure, name))
    if (keys.size >= limit) break
  }
  return [...keys].slice(0, limit)
}

/** Where a corpus figure is stored: its measure with its own and its story's entities, and the wildcard. */
export function corpusKeys(figure: Figure, story: string[]): string[] {
  if (!figure.about.topic) return []
  const measure = measureId(figure)
  return [lookupKey(measure, WILDCARD), ...keysFor(measure, [...figure.about.entities, ...story.slice(0, STORY_KEYS)])]
}

/**
 * What a claim figure looks up: its measure with the entities it names and its context's, and the wildcard
 * (the newest figures of the measure, which story scoping then filters: a source naming the claim's entity
 * less often than its top entities is still found).
 */
export function claimKeys(figure: Figure, context: string[]): string[] {
  if (!figure.about.topic) return []
  const measure = measureId(figure)
  return [lookupKey(measure, WILDCARD), ...keysFor(measure, [...figure.about.entities, ...context.slice(0, STORY_KEYS)], CLAIM_KEYS - 1)]
}
