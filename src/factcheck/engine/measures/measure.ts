/**
 * What a figure measures: the dimension (duration, share, points, ...) and the thing (talks, plan,
 * Donbas, ...), plus the modifiers that tell apart things sharing a name (version, places, actors).
 */
import type { MeasureAbout } from '../types'
import type { Token } from '../sentences/tokens'
import type { RawFigure } from '../figures/extract'
import { REACH, actorsAround, entitiesIn, holderIn, placesAround, type SentenceContext } from './context'
import {
  DURATIVE_VERBS, END_VERBS, EVENT_TOPICS, GENERIC_NOUNS, LONG_EVENTS, PLACES, REGION_PARTS, TOPIC_BIGRAMS, TOPICS, VERSIONED_TOPICS, VERSION_WORDS,
} from './lexicon'

/** Verbs too light to name what a figure is about. */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'tell', 'report', 'add', 'note'])
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'PART'])
const OWNER_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB', 'PUNCT'])

const DIMENSION_LABELS: Record<string, string> = {
  duration: 'duration of the', share: 'share of the', money: 'amount of the', date: 'date of the',
  count: 'number of', lead: 'time before the', lag: 'time after the',
  point: 'points of the', page: 'pages of the', length: 'distance of the',
}

export interface Measured {
  about: MeasureAbout
  measure: string
  lookupKeys: string[]
  unit: string
}

function topicAt(tokens: Token[], k: number): string | undefined {
  const token = tokens[k]
  if (!token) return undefined
  const bigram = k > 0 ? TOPIC_BIGRAMS.get(`${tokens[k - 1].lower} ${token.lower}`) : undefined
  return bigram ?? TOPICS.get(token.lemma) ?? TOPICS.get(token.lower)
}

/** The last noun of the noun phrase starting at `from`: "U.S. peace proposal" → "proposal". */
function phraseHead(tokens: Token[], from: number): number | undefined {
  let head: number | undefined
  for (let k = from; k < Math.min(tokens.length, from + 8) && NOUN_PHRASE_TAGS.has(tokens[k].pos); k++) {
    if (tokens[k].pos === 'NOUN' || (tokens[k].pos === 'PROPN' && head === undefined)) head = k
    if (tokens[k].pos === 'PART' && tokens[k].lower !== "'s" && tokens[k].lower !== '’s') break
  }
  return head
}

/** "the Donbas region", "Donetsk and Luhansk" (a region when all its parts are named). */
function placeOfPhrase(tokens: Token[], from: number): { topic: string; at: number } | undefined {
  const found: Array<{ topic: string; at: number }> = []
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const token = tokens[k]
    if (!NOUN_PHRASE_TAGS.has(token.pos) && token.pos !== 'CCONJ' && token.text !== ',') break
    const place = PLACES.get(token.lower)
    if (place) found.push({ topic: place, at: k })
  }
  const names = found.map((f) => f.topic)
  const region = Object.entries(REGION_PARTS).find(([, parts]) => parts.every((part) => names.includes(part)))
  return region && found.length ? { topic: region[0], at: found[0].at } : found[0]
}

/** What a noun phrase names: a known place, a known topic, else its first specific noun. */
function phraseTopic(tokens: Token[], from: number, preferPlace: boolean): { topic: string; at: number } | undefined {
  const head = phraseHead(tokens, from)
  if (head === undefined) return undefined
  if (preferPlace) {
    const place = placeOfPhrase(tokens, from)
    if (place) return place
  }
  for (let k = from; k <= head; k++) {
    const topic = topicAt(tokens, k)
    if (topic) return { topic, at: k }
  }
  for (let k = from; k <= head; k++) {
    if (tokens[k].pos === 'NOUN' && !GENERIC_NOUNS.has(tokens[k].lemma)) return { topic: tokens[k].lemma, at: k }
  }
  return { topic: tokens[head].lemma, at: head }
}

/** "of (the) X" right after the figure. */
function ofPhrase(tokens: Token[], after: number, preferPlace: boolean) {
  return tokens[after]?.lower === 'of' ? phraseTopic(tokens, after + 1, preferPlace) : undefined
}

/** Nearest token left of `at` (down to `from`) satisfying `test`. */
function scanLeft(from: number, at: number, test: (k: number) => boolean): number | undefined {
  for (let k = at - 1; k >= Math.max(from, at - REACH); k--) if (test(k)) return k
  return undefined
}

/** Nearest token satisfying `test`, searching left then right within [from, to). */
function nearest(from: number, to: number, at: number, test: (k: number) => boolean): number | undefined {
  for (let distance = 1; distance <= REACH; distance++) {
    const left = at - distance
    const right = at + distance - 1
    if (left >= from && test(left)) return left
    if (right < to && right >= at && test(right)) return right
    if (left < from && right >= to) return undefined
  }
  return undefined
}

function segmentBounds(context: SentenceContext, figure: RawFigure): [number, number] {
  return context.parts[context.segmentOf[figure.first]] ?? [0, context.tokens.length]
}

/** The subject of a durative verb: the nearest known topic to its left, else the sentence's first noun. */
function subjectTopic(tokens: Token[], verbAt: number): { topic: string; at: number } | undefined {
  const known = scanLeft(0, verbAt, (k) => topicAt(tokens, k) !== undefined && tokens[k].pos === 'NOUN')
  if (known !== undefined) return { topic: topicAt(tokens, known)!, at: known }
  // otherwise the head of the first noun phrase: "A 2,000-word report took two hours"
  for (let k = 0; k < Math.min(verbAt, REACH); k++) {
    if (tokens[k].pos !== 'NOUN') continue
    const head = phraseHead(tokens, k) ?? k
    return { topic: tokens[head].lemma, at: head }
  }
  return undefined
}

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || (token.pos === 'AUX' && token.lemma === 'be')
}

/** Duration: "five hours of talks", "five-hour talks", "talked for five hours", "the meeting lasted five hours". */
function durationTopic(context: SentenceContext, figure: RawFigure) {
  const { tokens } = context
  const of = ofPhrase(tokens, figure.last, false)
  if (of) return of
  const [from, to] = segmentBounds(context, figure)
  const verbAt =
    scanLeft(from, figure.first, (k) => isVerb(tokens[k])) ??
    nearest(0, tokens.length, figure.first, (k) => tokens[k].pos === 'VERB')
  if (verbAt === undefined) return undefined
  const verb = tokens[verbAt]
  const topic = TOPICS.get(verb.lemma)
  if (topic && EVENT_TOPICS.has(topic)) return { topic, at: verbAt }
  if (DURATIVE_VERBS.has(verb.lemma)) return subjectTopic(tokens, verbAt)
  return verbAt < to && !LIGHT_VERBS.has(verb.lemma) ? { topic: verb.lemma, at: verbAt } : undefined
}

/** The start of a war and its end are different dates: "war-end" when an ending verb is in the clause. */
function phaseOf(tokens: Token[], from: number, to: number, at: number, topic: string): string {
  if (!LONG_EVENTS.has(topic)) return topic
  for (let k = Math.max(from, at - REACH); k < Math.min(to, at + REACH); k++) {
    if (END_VERBS.has(tokens[k].lemma) && tokens[k].pos === 'VERB') return `${topic}-end`
  }
  return topic
}

/** Events for dates and lead times: the nearest event word in the segment, else the nearest verb. */
function eventTopic(context: SentenceContext, figure: RawFigure, excludeAnchor: boolean) {
  const { tokens } = context
  const [from, segmentEnd] = segmentBounds(context, figure)
  // in "two weeks before the talks" the talks are the anchor, not the event
  const to = excludeAnchor ? figure.last : segmentEnd
  const outside = (k: number) => k >= figure.first && k < figure.last
  const isEvent = (k: number) => !outside(k) && EVENT_TOPICS.has(topicAt(tokens, k) ?? '')
  // "The war began almost four years ago, in February 2022": the event may sit in the previous clause
  const event = nearest(from, to, figure.first, isEvent) ?? (excludeAnchor ? undefined : nearest(0, tokens.length, figure.first, isEvent))
  if (event !== undefined) return { topic: phaseOf(tokens, from, to, event, topicAt(tokens, event)!), at: event }
  const verb = nearest(from, to, figure.first, (k) => !outside(k) && tokens[k].pos === 'VERB' && !LIGHT_VERBS.has(tokens[k].lemma))
  return verb === undefined ? undefined : { topic: tokens[verb].lemma, at: verb }
}

/** Points of a plan: "20-point plan", "20 points of the plan", "the revised plan has 20 points". */
function wholeTopic(context: SentenceContext, figure: RawFigure) {
  const { tokens } = context
  if (figure.hyphenated) return phraseTopic(tokens, figure.last, false)
  const of = ofPhrase(tokens, figure.last, false)
  if (of) return of
  const isWhole = (k: number) => VERSIONED_TOPICS.has(topicAt(tokens, k) ?? '') && tokens[k].pos === 'NOUN'
  const known = nearest(0, tokens.length, figure.first, isWhole)
  return known === undefined ? undefined : { topic: topicAt(tokens, known)!, at: known }
}

function moneyTopic(context: SentenceContext, figure: RawFigure) {
  const { tokens } = context
  const linked = /^(?:in|of|for)$/.test(tokens[figure.last]?.lower ?? '') ? figure.last + 1 : figure.last
  const phrase = phraseTopic(tokens, linked, false)
  if (phrase) return phrase
  const [from, to] = segmentBounds(context, figure)
  const event = nearest(from, to, figure.first, (k) => topicAt(tokens, k) !== undefined)
  return event === undefined ? undefined : { topic: topicAt(tokens, event)!, at: event }
}

function shareTopic(context: SentenceContext, figure: RawFigure) {
  const { tokens } = context
  const of = ofPhrase(tokens, figure.last, true)
  if (of) return of
  const [from] = segmentBounds(context, figure)
  const noun = nearest(from, figure.first, figure.first, (k) => tokens[k].pos === 'NOUN')
  return noun === undefined ? undefined : { topic: tokens[noun].lemma, at: noun }
}

/** "its fourth year": what the possessive refers to, the nearest known topic to the left. */
function ordinalTopic(context: SentenceContext, figure: RawFigure) {
  const { tokens } = context
  const of = ofPhrase(tokens, figure.last, false)
  if (of) return of
  const [from] = segmentBounds(context, figure)
  const known = nearest(from, figure.first, figure.first, (k) => topicAt(tokens, k) !== undefined && tokens[k].pos === 'NOUN')
  if (known !== undefined) return { topic: topicAt(tokens, known)!, at: known }
  const noun = nearest(from, figure.first, figure.first, (k) => tokens[k].pos === 'NOUN')
  return noun === undefined ? undefined : { topic: tokens[noun].lemma, at: noun }
}

/** A year right before a noun qualifies it: "the 1991 borders", "2022 referendums". */
function dateTopic(context: SentenceContext, figure: RawFigure) {
  const { tokens } = context
  const next = tokens[figure.last]
  if (next?.pos === 'NOUN' && figure.last - figure.first === 1) return { topic: topicAt(tokens, figure.last) ?? next.lemma, at: figure.last }
  return eventTopic(context, figure, false)
}

interface Located {
  dimension: string
  topic?: { topic: string; at: number }
}

function locate(context: SentenceContext, figure: RawFigure): Located {
  const { tokens } = context
  if (figure.relative) return { dimension: figure.relative, topic: eventTopic(context, figure, true) }
  switch (figure.kind) {
    case 'date':
      return { dimension: 'date', topic: dateTopic(context, figure) }
    case 'ordinal':
      return { dimension: 'ordinal', topic: ordinalTopic(context, figure) }
    case 'duration':
      return { dimension: 'duration', topic: figure.hyphenated ? phraseTopic(tokens, figure.last, false) : durationTopic(context, figure) }
    case 'percent':
      return { dimension: 'share', topic: shareTopic(context, figure) }
    case 'money':
      return { dimension: 'money', topic: moneyTopic(context, figure) }
    case 'quantity':
      return { dimension: 'length', topic: figure.hyphenated ? phraseTopic(tokens, figure.last, false) : durationTopic(context, figure) }
    default:
      if (figure.unit === 'point' || figure.unit === 'page') return { dimension: figure.unit, topic: wholeTopic(context, figure) }
      if (figure.hyphenated) return { dimension: figure.unit, topic: phraseTopic(tokens, figure.last, false) }
      return { dimension: 'count', topic: { topic: TOPICS.get(figure.unit) ?? figure.unit, at: figure.unitAt } }
  }
}

/** Version words just left of `at` (the figure's own noun phrase): "a revised, 20-point", "an earlier 28-point". */
function versionBefore(tokens: Token[], at: number): 'original' | 'revised' | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const version = VERSION_WORDS.get(tokens[k].lower) ?? VERSION_WORDS.get(tokens[k].lemma)
    if (version) return version
    if (!['ADJ', 'VERB', 'NOUN', 'PROPN', 'PUNCT', 'NUM', 'ADV'].includes(tokens[k].pos)) return undefined
  }
  return undefined
}

function versionOf(context: SentenceContext, figure: RawFigure, topicAt: number): 'original' | 'revised' | undefined {
  if (figure.role) return figure.role === 'before' ? 'original' : 'revised'
  const { tokens } = context
  const own = versionBefore(tokens, figure.first) ?? versionBefore(tokens, topicAt)
  if (own) return own
  const [from, to] = segmentBounds(context, figure)
  const word = nearest(from, to, figure.first, (k) => VERSION_WORDS.has(tokens[k].lower) || VERSION_WORDS.has(tokens[k].lemma))
  return word === undefined ? undefined : VERSION_WORDS.get(tokens[word].lower) ?? VERSION_WORDS.get(tokens[word].lemma)
}

function label(about: MeasureAbout, unit: string): string {
  const ordinal = about.dimension === 'ordinal' ? `${unit} of the` : undefined
  const dimension = ordinal ?? DIMENSION_LABELS[about.dimension] ?? `${about.dimension} of the`
  if (!about.topic) return `${dimension.replace(/ the$/, '')} something unspecified`
  const version = about.version ? `${about.version} ` : ''
  const places = about.places.length ? ` in ${about.places.join('/')}` : ''
  const holder = about.holder ? ` held by ${about.holder}` : ''
  return `${dimension} ${version}${about.topic}${places}${holder}`
}

/** The noun phrase ending at the topic noun: "a revised, 20-point U.S. peace proposal". */
function phraseStart(tokens: Token[], at: number): number {
  let k = at
  while (k > Math.max(0, at - 8) && (OWNER_PHRASE_TAGS.has(tokens[k - 1].pos) || tokens[k - 1].text === '-')) k--
  return k
}

function placesAndActors(context: SentenceContext, figure: RawFigure, topic: Located['topic']) {
  const segment = context.segmentOf[figure.first]
  if (topic && VERSIONED_TOPICS.has(topic.topic)) {
    // where a plan is discussed does not change it; only its owner does ("the US plan")
    const start = Math.min(phraseStart(context.tokens, topic.at), figure.first)
    return { places: [], actors: [...entitiesIn(context.tokens, start, topic.at + 1).actors] }
  }
  if (figure.relative) {
    // in "two weeks before the Moscow talks" Moscow belongs to the anchor, not to the event
    const { places, actors } = entitiesIn(context.tokens, Math.max(context.parts[segment]?.[0] ?? 0, figure.first - REACH), figure.first)
    return { places: [...places], actors: [...actors] }
  }
  return { places: [...placesAround(context, segment)], actors: [...actorsAround(context, segment, figure.first)] }
}

export function describeMeasure(context: SentenceContext, figure: RawFigure): Measured {
  const { dimension, topic } = locate(context, figure)
  const { places, actors } = placesAndActors(context, figure, topic)
  const about: MeasureAbout = { dimension, topic: topic?.topic ?? '', places: places.sort(), actors: actors.sort() }
  const segment = context.segmentOf[figure.first]
  if (topic && VERSIONED_TOPICS.has(topic.topic)) {
    const version = versionOf(context, figure, topic.at)
    if (version) about.version = version
  }
  if (dimension === 'share') {
    const [from, to] = context.parts[segment] ?? [0, context.tokens.length]
    const holder = holderIn(context.tokens, from, to, figure.first)
    if (holder) about.holder = holder
  }
  const unit = figure.kind === 'ordinal' && about.topic ? `${figure.unit}-of-${about.topic}` : figure.unit
  return { about, measure: label(about, figure.unit), lookupKeys: about.topic ? [`${dimension}:${about.topic}`] : [], unit }
}
