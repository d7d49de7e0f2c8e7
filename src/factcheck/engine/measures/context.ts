/** The context of a figure inside its sentence: clause segments, named places and actors, holders. */
import type { Token } from '../sentences/tokens'
import { ACTORS, CASE_SENSITIVE_ACTORS, HOLD_VERBS, NOT_NAMES, PLACES } from './lexicon'

const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '…', '[', ']'])
const BOUNDARY_WORDS = new Set(['which', 'who', 'whom', 'whose', 'while', 'although', 'though', 'whereas', 'because', 'but', 'since'])

/** A spaced en dash separates clauses; "19–20" and "U.S.–Russia" do not. */
function isBoundary(tokens: Token[], i: number): boolean {
  const token = tokens[i]
  if (BOUNDARY_PUNCTUATION.has(token.text) || BOUNDARY_WORDS.has(token.lower)) return true
  return token.text === '–' && i > 0 && token.start > tokens[i - 1].end
}

/** Clause-like segments [start, end) split at commas, dashes, relative pronouns and subordinators. */
function segments(tokens: Token[]): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let start = 0
  for (let i = 0; i < tokens.length; i++) {
    if (!isBoundary(tokens, i)) continue
    if (i > start) result.push([start, i])
    start = i + 1
  }
  if (start < tokens.length) result.push([start, tokens.length])
  return result
}

export interface Entities {
  places: Set<string>
  actors: Set<string>
}

function isCapitalised(token: Token): boolean {
  return /^[A-Z]/.test(token.text)
}

function knownEntity(token: Token): { place?: string; actor?: string } | undefined {
  if (!isCapitalised(token)) return undefined
  const actor = CASE_SENSITIVE_ACTORS.get(token.text) ?? ACTORS.get(token.lower)
  const place = PLACES.get(token.lower)
  return actor || place ? { actor, place } : undefined
}

const SUBJECT_MATTER = new Set(['on', 'about', 'regarding', 'concerning', 'over'])

function isSubjectMatter(tokens: Token[], i: number): boolean {
  return SUBJECT_MATTER.has(tokens[i - 1]?.lower ?? '') || (SUBJECT_MATTER.has(tokens[i - 2]?.lower ?? '') && tokens[i - 1].pos === 'DET')
}

/** How many tokens around a figure its context rules look at; keeps long sentences linear. */
export const REACH = 40

/** The parties of "talks between US envoys and Russian officials": up to the next verb or clause break. */
function participantsIn(tokens: Token[], from: number, to: number): Set<string> {
  let between = from
  while (between < to && tokens[between].lower !== 'between') between++
  if (between >= to) return new Set()
  let end = between + 1
  while (end < to && tokens[end].pos !== 'VERB' && tokens[end].pos !== 'AUX' && !isBoundary(tokens, end)) end++
  return entitiesIn(tokens, between + 1, end).actors
}

/**
 * Places and actors named in tokens [from, to). Proper names the lexicon does not know count as
 * actors of their own, so that talks with an unknown party never match the corpus's talks.
 */
export function entitiesIn(tokens: Token[], from: number, to: number): Entities {
  const places = new Set<string>()
  const actors = new Set<string>()
  let run: Token[] = []
  let runKnown = false
  const closeRun = () => {
    const name = run.filter((t) => !NOT_NAMES.has(t.lower)).map((t) => t.lower).join(' ')
    if (!runKnown && name && /[a-z]/.test(name)) actors.add(name)
    run = []
    runKnown = false
  }
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const token = tokens[i]
    const known = knownEntity(token)
    // "talks on Ukraine", "progress on Ukraine": what is discussed is not a party
    if (known?.actor && !isSubjectMatter(tokens, i)) actors.add(known.actor)
    if (known?.place) places.add(known.place)
    if (token.pos === 'PROPN' && isCapitalised(token)) {
      run.push(token)
      runKnown ||= known !== undefined
    } else if (run.length) closeRun()
  }
  if (run.length) closeRun()
  return { places, actors }
}

/** How far (in segments) to look left for the place of a figure. */
const PLACE_REACH = 3

/** Per-sentence context, computed once so that many figures in one sentence stay cheap. */
export interface SentenceContext {
  tokens: Token[]
  parts: Array<[number, number]>
  /** Segment index of each token. */
  segmentOf: Int32Array
  entities(segment: number): Entities
  sentenceEntities(): Entities
  sentenceParticipants(): Set<string>
}

export function sentenceContext(tokens: Token[]): SentenceContext {
  const parts = segments(tokens)
  const segmentOf = new Int32Array(tokens.length)
  parts.forEach(([start, end], k) => segmentOf.fill(k, start, end))
  // boundary tokens belong to the segment before them
  for (let i = 1; i < tokens.length; i++) if (isBoundary(tokens, i)) segmentOf[i] = segmentOf[i - 1]
  const cache = new Map<number, Entities>()
  let whole: Entities | undefined
  let participants: Set<string> | undefined
  return {
    tokens,
    parts,
    segmentOf,
    entities(segment) {
      let found = cache.get(segment)
      if (!found) {
        found = parts[segment] ? entitiesIn(tokens, parts[segment][0], parts[segment][1]) : { places: new Set(), actors: new Set() }
        cache.set(segment, found)
      }
      return found
    },
    sentenceEntities() {
      whole ??= entitiesIn(tokens, 0, tokens.length)
      return whole
    },
    sentenceParticipants() {
      participants ??= participantsIn(tokens, 0, tokens.length)
      return participants
    },
  }
}

/** Places of the figure's segment, else of the nearest segments to its left, else of the sentence. */
export function placesAround(context: SentenceContext, segment: number): Set<string> {
  for (let k = segment; k >= Math.max(0, segment - PLACE_REACH); k--) {
    const { places } = context.entities(k)
    if (places.size) return places
  }
  return context.sentenceEntities().places
}

/** The parties of the figure's event: named after "between", else named in its segment, else in its sentence. */
export function actorsAround(context: SentenceContext, segment: number, at: number): Set<string> {
  const { tokens, parts } = context
  const [from, to] = parts[segment] ?? [0, tokens.length]
  const candidates = [
    () => participantsIn(tokens, Math.max(from, at - REACH), Math.min(to, at + REACH)),
    () => context.entities(segment).actors,
    () => context.sentenceParticipants(),
    () => context.sentenceEntities().actors,
  ]
  for (const candidate of candidates) {
    const actors = candidate()
    if (actors.size) return actors
  }
  return new Set()
}

/** Who holds a share of territory: "under Kyiv's control", "Ukraine still holds ...". */
export function holderIn(tokens: Token[], segmentFrom: number, segmentTo: number, figureAt: number): string | undefined {
  const from = Math.max(segmentFrom, figureAt - REACH)
  const to = Math.min(segmentTo, figureAt + REACH)
  for (let i = from; i < to; i++) {
    if (tokens[i].lower !== 'under') continue
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      const actor = knownEntity(tokens[k])?.actor
      if (actor && tokens.slice(k + 1, k + 4).some((t) => t.lower === 'control')) return actor
    }
  }
  for (let i = figureAt - 1; i >= from; i--) {
    // wink sometimes tags "controls" in "Russia controls" as a noun
    const verbLike = tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || (i > 0 && knownEntity(tokens[i - 1])?.actor)
    if (!HOLD_VERBS.has(tokens[i].lemma) || !verbLike) continue
    for (let k = i - 1; k >= from; k--) {
      const actor = knownEntity(tokens[k])?.actor
      if (actor) return actor
    }
  }
  return undefined
}
