/** The context of a figure inside its sentence: clause segments, the entities named, who holds a share. */
import type { Token } from '../sentences/tokens'
import { HOLD_VERBS } from '../vocabulary/words'
import { findMentions, type Mention } from './entities'
import { countryOfCapital } from './gazetteer'

const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '…', '[', ']'])
const BOUNDARY_WORDS = new Set(['which', 'who', 'whom', 'whose', 'while', 'although', 'though', 'whereas', 'because', 'but', 'since'])
const HOLDING = new Set(HOLD_VERBS)

/** A spaced en dash separates clauses; "19–20" and "U.S.–Mexico" do not. */
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

/** How many tokens around a figure its context rules look at; keeps long sentences linear. */
export const REACH = 40

/** How far (in segments) to look left for the place of a figure. */
const PLACE_REACH = 3

/** Per-sentence context, computed once so that many figures in one sentence stay cheap. */
export interface SentenceContext {
  tokens: Token[]
  parts: Array<[number, number]>
  /** Segment index of each token. */
  segmentOf: Int32Array
  mentions: Mention[]
}

export function sentenceContext(tokens: Token[]): SentenceContext {
  const parts = segments(tokens)
  const segmentOf = new Int32Array(tokens.length)
  parts.forEach(([start, end], k) => segmentOf.fill(k, start, end))
  // boundary tokens belong to the segment before them
  for (let i = 1; i < tokens.length; i++) if (isBoundary(tokens, i)) segmentOf[i] = segmentOf[i - 1]
  return { tokens, parts, segmentOf, mentions: findMentions(tokens) }
}

export function mentionsIn(context: SentenceContext, from: number, to: number): Mention[] {
  return context.mentions.filter((m) => m.at >= from && m.end <= to)
}

/**
 * The place nearest the figure in its segment, else in the nearest segments to its left, else in the sentence;
 * `elsewhere` tells a place of another thing ("despite the Geneva talks" in a sentence on the war's length).
 */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'where'])
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas'])

/**
 * "seized Crimea in 2014 and declared the annexation of Varna eight years later": within a segment, the clause of a
 * figure ends where a coordinator opens another verb's.
 */
function ownClause(context: SentenceContext, segment: number, at: number): [number, number] {
  const { tokens } = context
  let [from, to] = context.parts[segment] ?? [0, tokens.length]
  const opensClause = (k: number) => COORDINATORS.has(tokens[k].lower) && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')
  for (let k = at + 1; k < to; k++) if (opensClause(k)) to = k
  for (let k = at - 1; k >= from; k--) if (opensClause(k)) { from = k + 1; break }
  return [from, to]
}

export function placesAround(context: SentenceContext, segment: number, at: number, elsewhere: (mention: Mention) => boolean = () => false): string[] {
  // "the framework, which was tabled in Geneva, …": a relative clause's place is the thing's it describes
  // (its pronoun may be the boundary that opens it)
  const opener = (i: number) => RELATIVE_PRONOUNS.has(context.tokens[i]?.lower ?? '')
  const relative = (k: number) => k !== segment && (opener(context.parts[k][0]) || opener(context.parts[k][0] - 1))
  const [clauseFrom, clauseTo] = ownClause(context, segment, at)
  // a place of the segment's other clause is another verb's
  const otherClause = (mention: Mention) => context.segmentOf[mention.at] === segment && (mention.at < clauseFrom || mention.at >= clauseTo)
  const other = (mention: Mention) => elsewhere(mention) || relative(context.segmentOf[mention.at]) || otherClause(mention)
  const nearestIn = (from: number, to: number) => {
    let best: Mention | undefined
    for (const mention of mentionsIn(context, from, to)) {
      if (mention.place && !other(mention) && (!best || Math.abs(mention.at - at) < Math.abs(best.at - at))) best = mention
    }
    return best ? coordinatedPlaces(context, best) : undefined
  }
  for (let k = segment; k >= Math.max(0, segment - PLACE_REACH); k--) {
    const [from, to] = context.parts[k] ?? [0, 0]
    const found = nearestIn(from, to)
    if (found) return found
    // "Sarnia, the island it annexed in 2011, and …": an apposition's figure is of the name it describes
    if (k === segment) {
      const described = apposedName(context, from)
      if (described) return [described]
    }
  }
  return nearestIn(0, context.tokens.length) ?? []
}

/** "Varna and Ruse", "Varna, Ostrava and Tesk": a place and those listed with it are the figure's places together. */
function coordinatedPlaces(context: SentenceContext, place: Mention): string[] {
  const { tokens, mentions } = context
  const joins = (k: number) => tokens[k]?.lower === 'and' || tokens[k]?.text === ','
  const list = [place]
  for (let first = place; ; ) {
    const before = mentions.find((m) => m.place && m.end === first.at - 1 && joins(first.at - 1))
    if (!before) break
    list.unshift(before)
    first = before
  }
  for (let last = place; ; ) {
    const after = mentions.find((m) => m.place && m.at === last.end + 1 && joins(last.end))
    if (!after) break
    list.push(after)
    last = after
  }
  return [...new Set(list.map((m) => m.name))]
}

/** The name a phrase opening at `from` stands in apposition to: "Sarnia, the island …" → sarnia. */
function apposedName(context: SentenceContext, from: number): string | undefined {
  const { tokens } = context
  if (tokens[from]?.pos !== 'DET' || tokens[from - 1]?.text !== ',') return undefined
  return context.mentions.find((m) => m.end === from - 1)?.name
}

/** A government is named by its capital when it acts: "under Ankara's control" is Turkey's. */
const actor = (mention: Mention) => countryOfCapital(mention.name) ?? mention.name

/** Who holds a share: "under Ankara's control", "the rebels still hold ...", "held by the rebels", "Smith won 52% of the vote". */
export function holderIn(context: SentenceContext, segmentFrom: number, segmentTo: number, figureAt: number): string | undefined {
  const { tokens } = context
  const from = Math.max(segmentFrom, figureAt - REACH)
  const to = Math.min(segmentTo, figureAt + REACH)
  const mentionAt = (k: number) => context.mentions.find((m) => m.at <= k && k < m.end)
  for (let i = from; i < to; i++) {
    if (tokens[i].lower !== 'under') continue
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      const mention = mentionAt(k)
      if (mention && tokens.slice(mention.end, mention.end + 3).some((t) => t.lower === 'control')) return actor(mention)
    }
  }
  // "in Ostravan hands", "in the hands of the rebels": whose hands hold it
  for (let i = from; i < to - 1; i++) {
    if (tokens[i].lower !== 'in') continue
    const hands = tokens.slice(i + 1, i + 6).findIndex((t) => t.lower === 'hands')
    if (hands < 0) continue
    const after = i + 1 + hands
    // ("in Vellmark's hands": past the possessive)
    const mention = tokens[after + 1]?.lower === 'of' ? mentionAt(after + 2) ?? mentionAt(after + 3) : mentionAt(after - 1) ?? mentionAt(after - 2)
    if (mention) return actor(mention)
  }
  // "the 25% of the region still held by the rebels": a holding verb after the figure, with its agent
  for (let i = figureAt + 1; i < to - 2; i++) {
    if (!HOLDING.has(tokens[i].lemma) || tokens[i + 1].lower !== 'by') continue
    const mention = mentionAt(i + 2)
    if (mention) return actor(mention)
  }
  // "the 25% of the region that the rebels still hold": a relative clause after the figure, with its subject
  for (let i = figureAt + 1; i < to - 1; i++) {
    if (!/^(?:that|which)$/.test(tokens[i].lower)) continue
    for (let k = i + 1; k < Math.min(to, i + 5); k++) {
      const mention = mentionAt(k)
      if (!mention) continue
      const verb = tokens.slice(mention.end, mention.end + 3).find((t) => HOLDING.has(t.lemma))
      if (verb) return actor(mention)
      break
    }
    break
  }
  for (let i = figureAt - 1; i >= from; i--) {
    // the tagger sometimes reads "control" in "Turkey controls", "forces control" as a noun
    const verbLike = tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || (i > 0 && mentionAt(i - 1) !== undefined) || i === figureAt - 1
    if (!HOLDING.has(tokens[i].lemma) || !verbLike) continue
    for (let k = i - 1; k >= from; k--) {
      const mention = mentionAt(k)
      if (mention) return actor(mention)
    }
  }
  return undefined
}
