/**
 * Lookup keys: a figure is stored under `<measure>@<entity>` for each name of the entities of its sentence
 * and of its source's story, and under `<measure>@*`. A claim looks up its measure with the entities it is
 * about, so candidates are one measure of one story however large the archive grows; a claim about nothing
 * named looks up the wildcard (and is answered only when the corpus holds a single story for that measure).
 */
import type { CorpusFigure, Figure } from '../types'
import { measureId } from '../document'
import { namesOf, sameEntity } from '../measures/entities'
import { isBroadPlace } from '../measures/gazetteer'
import { baseUnitOf } from '../figures/units'
import { kindredTopics } from '../comparison/sameMeasure'

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

/** Where a corpus figure is stored: its measure with its own and its story's entities, and the wildcard; its value; its dimension. */
export function corpusKeys(figure: Figure, story: string[]): string[] {
  const entities = [...figure.about.entities.slice(0, VALUE_STORY_KEYS), ...story.slice(0, STORY_KEYS)]
  const byValue = valueKeys(figure, entities, [figure.value, figure.value], CORPUS_VALUE_KEYS)
  const byWording = wordingKeys(figure, [...figure.about.entities.slice(0, WORDING_STORY_KEYS), ...story.slice(0, WORDING_STORY_KEYS)])
  if (!figure.about.topic) return [...byValue, ...byWording]
  const measure = measureId(figure)
  return [lookupKey(measure, WILDCARD), ...keysFor(measure, [...figure.about.entities, ...story.slice(0, STORY_KEYS)]), ...byValue, ...byWording]
}

/**
 * Comparison by wording (comparison/wording.ts) finds a sentence of the story that says what the claim says in nearly
 * its words, whatever measure the engine read in each: a figure is also stored under its dimension with a few
 * entities of its story, `#count@oskar bridge`.
 */
export const isWordingKey = (key: string) => key.startsWith('#')
const WORDING_STORY_KEYS = 4
const WORDING_KEYS = 6

function wordingKeys(figure: Figure, entities: string[]): string[] {
  if (figure.kind === 'date' || figure.kind === 'ordinal') return []
  return keysFor(`#${figure.about.dimension}`, entities, WORDING_KEYS)
}

/**
 * What a claim figure looks up: its measure with the entities it names and its context's, and the wildcard
 * (the newest figures of the measure, which story scoping then filters: a source naming the claim's entity
 * less often than its top entities is still found).
 */
export function claimKeys(figure: Figure, context: string[]): string[] {
  const near: [number, number] = [figure.value * (1 - VALUE_TOLERANCE), figure.value / (1 - VALUE_TOLERANCE)]
  const byValue = valueKeys(figure, [...figure.about.entities, ...context.slice(0, VALUE_STORY_KEYS)], near)
  const byWording = wordingKeys(figure, [...figure.about.entities, ...context.slice(0, WORDING_STORY_KEYS)])
  if (!figure.about.topic) return [...byValue, ...byWording]
  const measure = measureId(figure)
  const entities = [...figure.about.entities, ...context.slice(0, STORY_KEYS)]
  // kindred acts ("seized" for "annexed") are looked up too, by the claim's own names and the wildcard: they can only support
  const kindred = kindredTopics(figure.about.topic).map((topic) => `${figure.about.dimension}:${topic}`)
  const kindredKeys = kindred.flatMap((other) => [lookupKey(other, WILDCARD), ...keysFor(other, figure.about.entities, KINDRED_KEYS)])
  return [lookupKey(measure, WILDCARD), ...keysFor(measure, entities, CLAIM_KEYS - 1), ...kindredKeys, ...byValue, ...byWording]
}

/** Keys per kindred measure at most. */
const KINDRED_KEYS = 3

/** Salient names of a found source that key its story's other reports, and linked keys a claim figure looks up at most. */
const LINKING_NAMES = 4
const LINKED_KEYS = 6

/**
 * A later report may no longer write the name the claim uses ("the Oskar Bridge" becomes "the bridge in Oskarzyn"),
 * and the wildcard holds only the newest figures of a measure in the whole archive. The reports the claim's own
 * names found say which names their story goes by: its measure with those names is looked up next, most shared first.
 */
export function linkedStoryKeys(figure: Figure, context: string[], found: CorpusFigure[], looked: string[]): string[] {
  if (!figure.about.topic) return []
  const mine = [...figure.about.entities, ...context].filter((entity) => !isBroadPlace(entity))
  if (mine.length === 0) return []
  const shared = new Map<string, number>()
  const seen = new Set<string>()
  for (const candidate of found) {
    if (seen.has(candidate.source)) continue
    const names = [...candidate.about.entities, ...candidate.story]
    if (!mine.some((entity) => names.some((name) => sameEntity(entity, name)))) continue
    seen.add(candidate.source)
    for (const name of candidate.story.slice(0, LINKING_NAMES)) if (!isBroadPlace(name)) shared.set(name, (shared.get(name) ?? 0) + 1)
  }
  const measure = measureId(figure)
  const already = new Set(looked)
  return [...shared.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([name]) => lookupKey(measure, name))
    .filter((key) => !already.has(key))
    .slice(0, LINKED_KEYS)
}

/**
 * Support by value (comparison/support.ts) finds the same amount stated under other words: a figure is also stored
 * under its scale and order of magnitude with a few entities of its story, `~money-EUR:8@norway`, a day-precise date
 * under its day of the year, `~date:06-23@tallinn`. Point values this close are the same amount.
 */
export const VALUE_TOLERANCE = 0.1
export const isValueKey = (key: string) => key.startsWith('~')
/** Story entities a figure's value is keyed by, and keys of one value bucket at most. */
const VALUE_STORY_KEYS = 4
const VALUE_KEYS = 8
const CORPUS_VALUE_KEYS = 16

/**
 * Dimensions whose values are of a figure's own kind of thing, not amounts one could find elsewhere. A time of day
 * is one of the 1,440 minutes every story has many events at ("at 10pm"): the same time under other words says
 * nothing of the same event, so times are found by their measure (the event they date) only.
 */
const UNKEYED_DIMENSIONS = new Set(['age', 'ordinal', 'lead', 'lag', 'time'])

type Valued = Pick<Figure, 'kind' | 'unit' | 'min' | 'max' | 'value' | 'iso' | 'about'>

/** The scale a figure's value is stated on, with a function bringing its own unit's values onto it; undefined when none fits. */
export function valueScale(figure: Valued): { scale: string; on: (x: number) => number } | undefined {
  if (UNKEYED_DIMENSIONS.has(figure.about.dimension)) return undefined
  const same = (x: number) => x
  if (figure.kind === 'date') {
    // only a day: a year or a month is when, not what
    return figure.iso && figure.iso.from === figure.iso.to ? { scale: 'date', on: same } : undefined
  }
  if (figure.kind === 'count') return { scale: figure.about.dimension === 'count' ? 'count' : figure.unit, on: same }
  if (figure.kind === 'money') return { scale: `money-${figure.unit}`, on: same }
  const base = baseUnitOf(figure.unit)
  if (!base) return undefined
  return { scale: base.dimension === 'ratio' ? figure.unit : base.unit, on: base.on }
}

const magnitude = (x: number) => Math.floor(Math.log10(x) + 1e-9)

/** Value keys for the values in `near` (in the figure's unit), with these entities. */
function valueKeys(figure: Figure, entities: string[], near: [number, number], limit = VALUE_KEYS): string[] {
  const scaled = valueScale(figure)
  // a day of no known event is when something happened, not a fact to find again
  if (!scaled || (scaled.scale === 'date' && !figure.about.topic)) return []
  let buckets: string[]
  if (scaled.scale === 'date') {
    buckets = [figure.iso!.from.slice(-5)]
  } else {
    const [low, high] = near.map(scaled.on).sort((a, b) => a - b)
    if (!(low > 0) || !Number.isFinite(high)) return []
    buckets = [...new Set([magnitude(low), magnitude(high)])].map(String)
  }
  const names = keysFor('', entities, limit).map((key) => key.slice(1))
  return buckets.flatMap((bucket) => names.map((name) => lookupKey(`~${scaled.scale}:${bucket}`, name)))
}
