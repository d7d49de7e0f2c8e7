/**
 * What a figure measures: a dimension (count, duration, share, money, ...) and the thing measured, read from
 * the words that govern the figure: a measure frame (vocabulary/frames.ts) when one fits ("killed 47" → deaths),
 * else the measured noun normalised by its synonym class ("five hours of discussions" → talks). Modifiers
 * that tell apart things sharing a name (version, places, holder) come with it.
 */
import type { FigureKind, MeasureAbout } from '../types'
import type { Token } from '../sentences/tokens'
import type { RawFigure } from '../figures/extract'
import { DERIVATIONS } from '../vocabulary/derivations'
import { SYNONYMS } from '../vocabulary/synonyms'
import { FRAMES, type MeasureFrame } from '../vocabulary/frames'
import { DOCUMENT_NOUNS } from '../figures/vocabulary'
import {
  ACCOUNT_VERBS, POSSIBILITY_WORDS, CHANGE_DOWN_VERBS, CHANGE_UP_VERBS, CHANGE_VERBS, DURATIVE_VERBS, END_VERBS, START_VERBS, EVENT_WORDS, GENERIC_NOUNS, LIGHT_VERBS, LONG_EVENTS, PEOPLE_NOUNS, PROPOSAL_VERBS, DECLARED_BY_PROPOSAL, MEETING_PHRASES, OTHER_OCCURRENCE_WORDS, OTHER_ONE_WORDS, HOSTING_VERBS, SPEECH_VERBS, SYNONYM_CLASSES,
  MEASURE_VARIANTS, RECEIVING_VERBS, TITLES, VERSIONED_THINGS, VISITING_PARTIES,
  VERSION_WORDS, TIME_BOUND_WORDS, TIME_END_VERBS, TIME_INSTANT_VERBS, TIME_LASTING_VERBS, TIME_START_VERBS, TIME_UNTIL_WORDS,
} from '../vocabulary/words'
import { REACH, holderIn, mentionsIn, placesAround, type SentenceContext } from './context'
import { isKnownPlace, wholeOf } from './gazetteer'
import { isCommonWord } from './entities'

type Raw = RawFigure

const toSet = (words: string[]) => new Set(words)
const CLASS_OF = new Map(SYNONYM_CLASSES.flatMap((words) => words.map((word) => [word, words[0]] as const)))
const LIGHT = toSet(LIGHT_VERBS)
const SPEAKING = toSet(SPEECH_VERBS)
const PROPOSING = toSet(PROPOSAL_VERBS)
const DECLARED = toSet(DECLARED_BY_PROPOSAL)
const CHANGING = toSet(CHANGE_VERBS)
const RISING = toSet(CHANGE_UP_VERBS)
const FALLING = toSet(CHANGE_DOWN_VERBS)
const OCCURRING = toSet(['hold', 'take', 'happen', 'occur', 'stage', 'place', 'begin', 'start', 'open', 'close', 'end'])
const DURATIVE = toSet(DURATIVE_VERBS)
/** Verbs by which a whole has its parts: "the agreement has nine points". */
const HAVING = toSet(['have', 'contain', 'include', 'comprise', 'list', 'set', 'be', 'run', 'number'])
const GENERIC = toSet(GENERIC_NOUNS)
const LONG = toSet(LONG_EVENTS)
const ENDING = toSet(END_VERBS)
const VERSIONED = toSet(VERSIONED_THINGS)
const PLAN = VERSIONED_THINGS[0]
const DOCUMENTS = new Set([...DOCUMENT_NOUNS].map(classOf))
const EVENTS = toSet(EVENT_WORDS)
const OTHER_ONE = toSet(OTHER_ONE_WORDS)
const HOSTING = toSet(HOSTING_VERBS)
const VERSION_OF = new Map(
  (Object.entries(VERSION_WORDS) as Array<['original' | 'revised', string[]]>).flatMap(([version, words]) => words.map((w) => [w, version] as const)),
)
const PEOPLE = toSet(PEOPLE_NOUNS)
const VARIANT_OF = new Map(MEASURE_VARIANTS.flatMap((words) => words.map((word) => [word, words[0]] as const)))

const NOUN_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'PART'])
/** How far from a count its frame's verb or adjective may stand ("47 people were killed"). */
const CUE_REACH = 8
/** A count's cue may stand further off, past the whole it is of: "four members of the tanker's crew are still unaccounted for". */
const COUNT_CUE_REACH = 10

const DIMENSION_LABELS: Record<string, string> = {
  duration: 'duration of the', share: 'share of the', money: 'amount of the', date: 'date of the', time: 'time of the',
  count: 'number of', lead: 'time before the', lag: 'time after the',
  point: 'points of the', page: 'pages of the', length: 'distance of the', quantity: 'size of the',
}

export interface Measured {
  about: MeasureAbout
  measure: string
  unit: string
}

interface Topic {
  topic: string
  at: number
  frame?: MeasureFrame
  /** The word a document was called by, when its topic is the class of plans. */
  document?: string
}

/** A verb's class: "meet", "negotiate" → "talks"; otherwise the verb. */
function verbClass(lemma: string): string {
  const known = CLASS_OF.get(lemma)
  if (known) return known
  const verb = DERIVATIONS[lemma]
  return verb ? CLASS_OF.get(verb) ?? verb : lemma
}

/**
 * A noun's class: "meeting", "negotiations" → "talks"; a noun of an act → its verb (WordNet); a noun sharing its
 * first sense with a more used one → that one ("dockworker" → "longshoreman", "earnings" → "profit"); otherwise the word.
 */
export function classOf(lemma: string): string {
  const known = CLASS_OF.get(lemma)
  if (known) return known
  if (DERIVATIONS[lemma]) return verbClass(lemma)
  const synonym = SYNONYMS[lemma]
  return synonym ? CLASS_OF.get(synonym) ?? (DERIVATIONS[synonym] ? verbClass(synonym) : synonym) : lemma
}

/** Nouns other nouns stand for ("market value" for "market cap"): two words that spell one are one noun too. */
const CANONICAL_NOUNS = new Set(Object.values(SYNONYMS))

/** The noun at k with the word before it when the two are one noun: "net income", "dock worker", "market value". */
function nounAt(tokens: Token[], k: number): string {
  const pair = k > 0 ? `${tokens[k - 1].lower} ${tokens[k].lemma}` : ''
  return pair && (SYNONYMS[pair] || CLASS_OF.has(pair) || CANONICAL_NOUNS.has(pair)) ? pair : tokens[k].lemma
}

/** The class of the word at k, or of the two words ending there ("military operation"). */
function thingAt(tokens: Token[], k: number): string | undefined {
  const token = tokens[k]
  if (!token) return undefined
  const compound = k > 0 ? `${tokens[k - 1].lower} ${token.lemma}` : ''
  const pair = compound ? CLASS_OF.get(compound) : undefined
  if (pair) return pair
  // "a press conference" is no conference of the talks' kind: a compound WordNet knows is its own thing
  if (compound && CLASS_OF.has(token.lemma) && (SYNONYMS[compound] || CANONICAL_NOUNS.has(compound))) return classOf(compound)
  return CLASS_OF.get(token.lemma) ?? CLASS_OF.get(token.lower)
}

/**
 * The frame that fits a figure of `kind` counting (or, when bare, completing) `nouns`, with these verbs and
 * adjectives around it (lemma → distance): the nearest cue wins ("killed 12 and injured 40": 40 were injured).
 */
/** Whether a frame measures figures of this kind and dimension ("amount spilled" is a mass or a volume, not a length). */
const measures = (frame: MeasureFrame, kind: FigureKind, dimension?: string) =>
  frame.kinds.includes(kind) && (!frame.dimensions || (dimension !== undefined && frame.dimensions.includes(dimension)))

function frameFor(kind: FigureKind, dimension: string | undefined, nouns: string[], cues: Map<string, number>, bare: boolean): MeasureFrame | undefined {
  const fits = FRAMES.filter((frame) => measures(frame, kind, dimension) && !frame.lastResort)
  const distance = (frame: MeasureFrame) => Math.min(Infinity, ...(frame.cues ?? []).map((cue) => cues.get(cue) ?? Infinity))
  const names = (frame: MeasureFrame) => nouns.some((noun) => frame.nouns?.includes(noun) || (bare && frame.anchors?.includes(noun)))
  const byCue = () => {
    let best: MeasureFrame | undefined
    for (const frame of fits) if (!frame.needsCue && distance(frame) < (best ? distance(best) : Infinity)) best = frame
    return best
  }
  const byNoun = () => fits.find((frame) => names(frame) && (!frame.needsCue || distance(frame) < Infinity))
  // "3,000 residents were evacuated": for people in general the verb says what is counted
  const found = nouns.length > 0 && nouns.every((noun) => PEOPLE.has(noun)) ? byCue() ?? byNoun() : byNoun() ?? byCue()
  return found ?? LAST_RESORT.find((frame) => measures(frame, kind, dimension) && names(frame))
}

const LAST_RESORT = FRAMES.filter((frame) => frame.lastResort)

/** Lemmas of the verbs, adjectives and nouns near the figure within its clause, with their distance from it. */
function cuesNear(context: SentenceContext, figure: Raw): Map<string, number> {
  const { tokens } = context
  const [from, to] = segmentBounds(context, figure)
  const cues = new Map<string, number>()
  const add = (word: string, distance: number) => cues.set(word, Math.min(distance, cues.get(word) ?? Infinity))
  const reach = figure.kind === 'count' ? COUNT_CUE_REACH : CUE_REACH
  for (let k = Math.max(from, figure.first - reach); k < Math.min(to, figure.last + reach); k++) {
    if (k >= figure.first && k < figure.last) continue
    const token = tokens[k]
    // "closed by the floods": a noun after a preposition names the cause or the event, not what was done to the count
    const cause = token.pos === 'NOUN' && tokens[k - 1]?.pos === 'DET' && tokens[k - 2]?.pos === 'ADP'
    if (!cause && (token.pos === 'VERB' || token.pos === 'ADJ' || token.pos === 'AUX' || token.pos === 'NOUN')) {
      const distance = k < figure.first ? figure.first - k : k - figure.last + 1
      add(token.lemma, distance)
      add(token.lower, distance)
      // a phrasal verb is its own cue: "turned out" (turnout), not "turned away"
      if (tokens[k + 1] && (tokens[k + 1].pos === 'ADP' || tokens[k + 1].pos === 'PART' || tokens[k + 1].pos === 'ADV')) add(`${token.lemma} ${tokens[k + 1].lower}`, distance)
    }
  }
  return cues
}

/** The last noun of the noun phrase starting at `from`: "U.S. peace proposal" → "proposal". */
function phraseHead(tokens: Token[], from: number): number | undefined {
  let head: number | undefined
  // "a 14-hour negotiating session": a participle inside the phrase describes its noun
  // ("the 61,000-strong workforce": a hyphen joins a number to the word it makes a modifier of)
  const inPhrase = (k: number) =>
    NOUN_PHRASE_TAGS.has(tokens[k].pos) ||
    (tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN') ||
    (tokens[k].text === '-' && k > from && tokens[k - 1].pos === 'NUM' && tokens[k + 1] !== undefined && NOUN_PHRASE_TAGS.has(tokens[k + 1].pos))
  for (let k = from; k < Math.min(tokens.length, from + 8) && inPhrase(k); k++) {
    if (tokens[k].pos === 'NOUN' || (tokens[k].pos === 'PROPN' && head === undefined)) head = k
    if (tokens[k].pos === 'PART' && tokens[k].lower !== "'s" && tokens[k].lower !== '’s') break
  }
  return head
}

/** A place named by the phrase: "the Ruhr region", or all the parts of a newsroom region ("Essen and Dortmund"). */
function placeOfPhrase(context: SentenceContext, from: number): Topic | undefined {
  const { tokens } = context
  let to = from
  // a list of places runs on over commas ("of Varna, Ostrava and Tesk"); a common noun's phrase ends there
  // ("31% of the total catch, Iceland 16.5%")
  const listing = (k: number) => tokens[k].pos === 'CCONJ' || (tokens[k].text === ',' && !tokens.slice(from, k).some((t) => t.pos === 'NOUN'))
  while (to < Math.min(tokens.length, from + 8) && (NOUN_PHRASE_TAGS.has(tokens[to].pos) || listing(to))) to++
  // "33% of Britain's container trade" is a share of the trade
  const places = mentionsIn(context, from, to).filter((m) => !/^['’]s$/.test(tokens[m.end]?.text ?? ''))
  if (places.length === 0) return undefined
  const names = places.map((m) => m.name)
  return { topic: wholeOf(names) ?? names[0], at: places[0].at }
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])

/** What a noun phrase names: a known place (for shares), a known thing, else its first specific noun. */
function phraseTopic(context: SentenceContext, from: number, preferPlace: boolean): Topic | undefined {
  const { tokens } = context
  // "84.6% of its seats": a possessive pronoun opens the phrase like an article
  if (POSSESSIVES.has(tokens[from]?.lower ?? '')) from++
  const head = phraseHead(tokens, from)
  if (head === undefined) return undefined
  if (preferPlace) {
    const place = placeOfPhrase(context, from)
    if (place) return place
  }
  for (let k = from; k <= head; k++) {
    const thing = thingAt(tokens, k)
    if (thing) return { topic: thing, at: k }
  }
  for (let k = from; k <= head; k++) {
    if (tokens[k].pos === 'NOUN' && !GENERIC.has(tokens[k].lemma)) return { topic: classOf(nounAt(tokens, k)), at: k }
  }
  return { topic: classOf(nounAt(tokens, head)), at: head }
}

/** "of (the) X" right after the figure. */
function ofPhrase(context: SentenceContext, after: number, preferPlace: boolean) {
  return context.tokens[after]?.lower === 'of' ? phraseTopic(context, after + 1, preferPlace) : undefined
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

function segmentBounds(context: SentenceContext, figure: Raw): [number, number] {
  return context.parts[context.segmentOf[figure.first]] ?? [0, context.tokens.length]
}

/** Words that join a noun phrase's parts: "the mayor's speech", "Ortiz and Lund". */
const inSubject = (token: Token) => NOUN_PHRASE_TAGS.has(token.pos) || token.pos === 'CCONJ'

/**
 * The head of the verb's subject: the noun phrase right before it, passing over prepositional phrases that modify
 * it ("the mayor's speech to the forum before the talks lasted 40 minutes" is the speech's length).
 */
function clauseSubject(tokens: Token[], verbAt: number): Topic | undefined {
  let k = verbAt - 1
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--
  for (let hops = 0; k >= 0 && hops < 4; hops++) {
    const end = k
    // "is 312 metres long and was opened": a second verb of one subject, whose phrase is no subject
    if (tokens[end].pos === 'CCONJ') return undefined
    while (k >= 0 && inSubject(tokens[k])) k--
    if (end === k || tokens.slice(k + 1, end + 1).some((t) => t.pos === 'NUM')) return undefined
    if (tokens[k]?.pos === 'ADP') {
      k--
      continue
    }
    for (let h = end; h > k; h--) {
      if (tokens[h].pos !== 'NOUN' || TIME_NOUNS.has(tokens[h].lemma)) continue
      // "the first version of the plan": a noun of no known thing before "of" a known one is that thing's
      if (!thingAt(tokens, h) && tokens[h + 1]?.lower === 'of') {
        const of = phraseHead(tokens, h + 2)
        if (of !== undefined && of < verbAt && thingAt(tokens, of)) return { topic: thingAt(tokens, of)!, at: of }
      }
      return { topic: thingAt(tokens, h) ?? classOf(nounAt(tokens, h)), at: h }
    }
    return undefined
  }
  return undefined
}

/** The noun a prepositional phrase holding `at` modifies ("profit" in "profit after tax"), if it is a specific one. */
function modifiedNoun(tokens: Token[], at: number): number | undefined {
  let k = at - 1
  while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'DET' || tokens[k].pos === 'NOUN')) k--
  // a sentence's first word may be tagged as a name ("Profit after tax came in at …")
  const noun = tokens[k - 1]?.pos === 'NOUN' || (k - 1 === 0 && tokens[0].pos === 'PROPN')
  if (tokens[k]?.pos !== 'ADP' || !noun) return undefined
  const lemma = tokens[k - 1].lemma
  return GENERIC.has(lemma) || TIME_NOUNS.has(lemma) ? undefined : k - 1
}

/** The subject of a durative verb: its clause's subject, else the nearest known thing to its left, else the sentence's first noun. */
function subjectTopic(tokens: Token[], verbAt: number): Topic | undefined {
  const subject = clauseSubject(tokens, verbAt)
  if (subject) return subject
  // a capitalised first word may be tagged as a name: "Talks between … lasted nine hours"
  const known = scanLeft(0, verbAt, (k) => thingAt(tokens, k) !== undefined && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN'))
  if (known !== undefined) return { topic: thingAt(tokens, known)!, at: known }
  // otherwise the head of the first noun phrase: "A 2,000-word report took two hours"
  for (let k = 0; k < Math.min(verbAt, REACH); k++) {
    if (tokens[k].pos !== 'NOUN') continue
    const head = phraseHead(tokens, k) ?? k
    return { topic: classOf(nounAt(tokens, head)), at: head }
  }
  return undefined
}

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || (token.pos === 'AUX' && token.lemma === 'be')
}

/**
 * Duration: "five hours of talks", "five-hour talks", "talked for five hours", "the meeting lasted five hours".
 * Other quantities (`level`) under a light verb are of the subject: "Temperatures hit 44C", "the train was doing 131 km/h".
 */
function durationTopic(context: SentenceContext, figure: Raw, level = false): Topic | undefined {
  const { tokens } = context
  // "the first strike for three decades", "the worst flooding in 50 years": a time since, not how long it went on
  if (/^(?:for|in)$/.test(tokens[figure.first - 1]?.lower ?? '') && sinceLast(tokens, figure.first - 1)) return undefined
  // "a closure of 58 hours", "a delay of 40 minutes": the act named before "of" is what lasted
  const act = tokens[figure.first - 2]
  if (tokens[figure.first - 1]?.lower === 'of' && act?.pos === 'NOUN' && DERIVATIONS[act.lemma] !== undefined) return { topic: classOf(act.lemma), at: figure.first - 2 }
  const of = ofPhrase(context, figure.last, false)
  if (of) return of
  const [from, to] = segmentBounds(context, figure)
  // "envoys talk 3 hrs", "Talks lasting well over four hours": an event word or a durative one just before it,
  // whatever the tagger made of it
  const before = scanLeft(Math.max(from, figure.first - 3), figure.first, (k) => tokens[k].pos !== 'ADV' && tokens[k].pos !== 'ADP')
  if (!level && before !== undefined) {
    const thing = thingAt(tokens, before)
    if (thing && EVENTS.has(thing)) return { topic: thing, at: before }
    const durative = DURATIVE.has(tokens[before].lemma) || DURATIVE.has(tokens[before].lower.replace(/ing$/, ''))
    if (durative && tokens[before].pos !== 'VERB') return subjectTopic(tokens, before)
  }
  const verbAt =
    scanLeft(from, figure.first, (k) => isVerb(tokens[k])) ??
    nearest(0, tokens.length, figure.first, (k) => tokens[k].pos === 'VERB')
  if (verbAt === undefined) return undefined
  const verb = tokens[verbAt]
  const thing = CLASS_OF.get(verb.lemma)
  if (thing && EVENTS.has(thing)) return { topic: thing, at: verbAt }
  // "Temperatures hit 44C", "the exclusion zone was reduced to 500 m": a level is its subject's
  if (level && (LIGHT.has(verb.lemma) || CHANGING.has(verb.lemma)) && verbAt > 0) return nounBefore(context, verbAt) ?? subjectTopic(tokens, verbAt)
  if (DURATIVE.has(verb.lemma) || endsAfter(tokens, verbAt, figure)) return subjectTopic(tokens, verbAt)
  // "The fire burned for ten days", "the storm raged for three days": for how long an event did what events do
  if (tokens[figure.first - 1]?.lower === 'for') {
    const subject = clauseSubject(tokens, verbAt)
    if (subject && EVENTS.has(subject.topic)) return subject
  }
  return verbAt < to && !LIGHT.has(verb.lemma) ? { topic: verbClass(verb.lemma), at: verbAt } : undefined
}

/** Words of a record or a first time that a span after "for" or "in" measures since: "the first strike for three decades". */
const RECORD_WORDS = new Set(['first', 'worst', 'biggest', 'largest', 'highest', 'lowest', 'deadliest', 'heaviest', 'strongest', 'longest', 'best'])

function sinceLast(tokens: Token[], prepositionAt: number): boolean {
  for (let k = prepositionAt - 1; k >= Math.max(0, prepositionAt - 4); k--) {
    if (RECORD_WORDS.has(tokens[k].lower)) return true
    if (!['NOUN', 'ADJ', 'DET', 'PROPN', 'ADV'].includes(tokens[k].pos)) return false
  }
  return false
}

/**
 * "The talks ended after five hours", "wrapped up after just three hours", "broke down after ten hours": a verb of
 * ending (or a phrasal verb with "up", "off" or "down") followed by "after" a duration gives its subject's length.
 */
function endsAfter(tokens: Token[], verbAt: number, figure: Raw): boolean {
  const after = scanLeft(verbAt, figure.first, (k) => tokens[k].lower === 'after')
  if (after === undefined) return false
  return ENDING.has(tokens[verbAt].lemma) || /^(?:up|off|down)$/.test(tokens[verbAt + 1]?.lower ?? '')
}

/** A speed is of what moves: "the train was travelling at 131 km/h", "winds gusting up to 60 km/h". */
function speedTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  const [from] = segmentBounds(context, figure)
  const verbAt = scanLeft(from, figure.first, (k) => isVerb(tokens[k]))
  return (verbAt !== undefined ? nounBefore(context, verbAt) : undefined) ?? durationTopic(context, figure, true)
}

/** The noun right before a verb, its subject as a rule: "the train was travelling", "Temperatures hit". */
function nounBefore(context: SentenceContext, verbAt: number): Topic | undefined {
  const { tokens } = context
  const ordinaryFirst = (k: number) => k === 0 && tokens[k].pos === 'PROPN' && !context.mentions.some((m) => m.at === 0 && m.end > 1)
  const at = scanLeft(0, verbAt, (k) => (tokens[k].pos === 'NOUN' || ordinaryFirst(k)) && !TIME_NOUNS.has(tokens[k].lemma.toLowerCase()))
  if (at === undefined) return undefined
  return { topic: classOf(lemmaOf(tokens, at)), at }
}

/**
 * A noun's lemma; a capitalised first word tagged as a name keeps its plural, which is dropped unless the plural is a
 * word of its own ("Temperatures hit 44C", "Shares rose"; "Sales rose" are takings).
 */
function lemmaOf(tokens: Token[], at: number): string {
  if (tokens[at].pos === 'NOUN') return nounAt(tokens, at)
  const word = tokens[at].lower
  return SYNONYMS[word] || CLASS_OF.has(word) ? word : word.replace(/([^s])s$/, '$1')
}

/** The start of a long event and its end are different dates: "strike-end" when an ending verb is in the clause. */
function phaseOf(tokens: Token[], from: number, to: number, at: number, topic: string): string {
  if (!LONG.has(topic)) return topic
  for (let k = Math.max(from, at - REACH); k < Math.min(to, at + REACH); k++) {
    if (ENDING.has(tokens[k].lemma) && tokens[k].pos === 'VERB') return `${topic}-end`
  }
  return topic
}

/** Events for dates and lead times: the nearest event word in the segment, else the nearest verb. */
function eventTopic(context: SentenceContext, figure: Raw, excludeAnchor: boolean): Topic | undefined {
  const { tokens } = context
  const [from, segmentEnd] = segmentBounds(context, figure)
  // in "two weeks before the talks" the talks are the anchor, not the event
  const to = excludeAnchor ? figure.last : segmentEnd
  const outside = (k: number) => k >= figure.first && k < figure.last
  // "the deal was struck on 21 June": an event's verb in the passive is done to its subject, it is not that event
  const passive = (k: number) => k > 0 && /^(?:was|were|been|being|be|is|are)$/.test(tokens[k - 1].lower) && tokens[k].lower !== tokens[k].lemma && !/ing$/.test(tokens[k].lower)
  const isEvent = (k: number) => !outside(k) && EVENTS.has(thingAt(tokens, k) ?? tokens[k].lemma) && !passive(k) && !spendsAnAmount(tokens, k)
  // "The war began almost four years ago, in February 2022": the event may sit in the previous clause
  // "Two weeks before the talks, the plan leaked": a relative phrase that opens the sentence dates its main clause
  const main = from === 0 ? context.parts[context.segmentOf[figure.first] + 1] : undefined
  const event =
    nearest(from, to, figure.first, isEvent) ??
    (excludeAnchor ? main && nearest(main[0], main[1], main[0], isEvent) : nearest(0, tokens.length, figure.first, isEvent))
  // "was sentenced on Thursday to eight years for embezzling": the verb right before the date is what it dates,
  // not an event named after it
  const before = figure.first - 2
  const dated = before >= from && /^(?:on|in|at)$/.test(tokens[figure.first - 1].lower) && tokens[before].pos === 'VERB' && !LIGHT.has(tokens[before].lemma)
  if (event !== undefined && event > figure.first && dated && !EVENTS.has(tokens[before].lemma)) {
    return OCCURRING.has(tokens[before].lemma) ? subjectTopic(tokens, before) : { topic: verbClass(tokens[before].lemma), at: before }
  }
  // "discovered the attack at 3.40am", "a blog described the meeting on 1 January": the find's or the account's
  const told = event !== undefined ? verbOfObject(tokens, event) : undefined
  if (told !== undefined) return { topic: verbClass(tokens[told].lemma), at: told }
  if (event !== undefined) {
    const thing = thingAt(tokens, event) ?? tokens[event].lemma
    return { topic: phaseOf(tokens, from, to, event, thing), at: event }
  }
  const isVerb = (k: number) => !outside(k) && tokens[k].pos === 'VERB' && !LIGHT.has(tokens[k].lemma)
  // "On Monday, Ortiz received the envoys": a date that opens the sentence in a phrase of its own dates the main clause
  const verb = nearest(from, to, figure.first, isVerb) ?? (main && nearest(main[0], main[1], main[0], isVerb))
  if (verb === undefined) return undefined
  // "the debate was held on 8 October", "the vote took place on Sunday": the event is the subject
  if (OCCURRING.has(tokens[verb].lemma) || (passive(verb) && EVENTS.has(tokens[verb].lemma))) return subjectTopic(tokens, verb)
  if (receivesSomeone(context, verb) || meetsSomeone(context.tokens, verb)) return { topic: MEETING, at: verb }
  // "spent €4m on servers in 2024" is no stay: a verb of spending time whose object is an amount of something else
  if (spendsAnAmount(tokens, verb)) return { topic: tokens[verb].lemma, at: verb }
  return { topic: verbClass(tokens[verb].lemma), at: verb }
}

const DISCOVERY = 'discovery'

/** Verbs whose object event is not what their time dates: finding out about it, giving an account of it. */
const TELLING = toSet([...ACCOUNT_VERBS, ...SPEECH_VERBS])

/** "Staff discovered the attack", "a blog described the meeting": the verb of finding out or telling whose object the event is. */
function verbOfObject(tokens: Token[], eventAt: number): number | undefined {
  for (let k = eventAt - 1; k >= Math.max(0, eventAt - 4); k--) {
    if (tokens[k].pos === 'VERB') return verbClass(tokens[k].lemma) === DISCOVERY || TELLING.has(tokens[k].lemma) ? k : undefined
    if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[k].pos)) return undefined
  }
  return undefined
}

const MEETING_WORDS = MEETING_PHRASES.map((phrase) => phrase.split(' '))

/** "sat down with the minister": a phrasal verb of meeting someone, by its lemma and the words after it. */
function meetsSomeone(tokens: Token[], verbAt: number): boolean {
  return MEETING_WORDS.some(([verb, ...rest]) => tokens[verbAt].lemma === verb && rest.every((word, k) => tokens[verbAt + 1 + k]?.lower === word))
}

/** Whether a verb's object starts with an amount that is no span of time ("spent €4m", "spent 300 euros"). */
function spendsAnAmount(tokens: Token[], verbAt: number): boolean {
  const next = tokens[verbAt + 1]
  if (!next || verbClass(tokens[verbAt].lemma) !== STAY) return false
  if (next.pos === 'SYM' || /^[$€£¥]/.test(next.text)) return true
  return next.pos === 'NUM' && !TIME_NOUNS.has(tokens[verbAt + 2]?.lemma ?? '')
}
const STAY = CLASS_OF.get('stay')!

const OTHER_OCCURRENCE = toSet(OTHER_OCCURRENCE_WORDS)
/** Words between "separate" and the event it marks: "a separate cholera outbreak". */
const OTHER_REACH = 3

/** "A separate outbreak in Lusaka has infected 300 people": the figure's sentence puts it in another occurrence of an event. */
function ofAnotherOccurrence(context: SentenceContext, figure: Raw): boolean {
  const { tokens } = context
  if (inRecalledTime(tokens, figure)) return true
  // "a second defendant", "a third hospital": one more of them, not the one the reports tell
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (/^an?$/.test(tokens[k].lower) && ANOTHER_ORDINALS.has(tokens[k + 1].lower) && tokens[k + 2].pos === 'NOUN' && (k + 2 < figure.first || k >= figure.last)) return true
  }
  // "the tanker's sister ship", "a rival airline", "the previous Atlantic Cup final": another of its kind
  for (let k = Math.max(0, figure.first - OTHER_ONE_REACH); k < figure.first; k++) {
    if (!OTHER_ONE.has(tokens[k].lower)) continue
    let j = k + 1
    while (j < k + OTHER_REACH && tokens[j]?.pos === 'PROPN') j++
    // ("its other transatlantic flight")
    const noun = tokens[j]?.pos === 'ADJ' ? j + 1 : j
    if (j > k + 1 || (tokens[noun]?.pos === 'NOUN' && /^[a-z]/.test(tokens[noun].text))) return true
  }
  for (let k = 0; k < figure.first; k++) {
    if (!OTHER_OCCURRENCE.has(tokens[k].lower)) continue
    for (let j = k + 1; j <= Math.min(figure.first - 1, k + OTHER_REACH); j++) {
      // "the previous eruption": an event word, or a noun of an act
      if (tokens[j].pos === 'NOUN' && (EVENTS.has(thingAt(tokens, j) ?? tokens[j].lemma) || DERIVATIONS[tokens[j].lemma] !== undefined)) return true
    }
  }
  return false
}

/** Tokens from "since" to the "when" of the time it recalls ("since February 1993, when"), and to the figure at most. */
const RECALLED_REACH = 6
const RECALLED_CLAUSE = 24
/** Tokens before a figure a word making its thing another ("the tanker's sister ship") may stand. */
const OTHER_ONE_REACH = 12

/** "The worst since February 1993, when 68cm of snow fell": what the clause of the time recalled tells is of then. */
function inRecalledTime(tokens: Token[], figure: Raw): boolean {
  for (let k = Math.max(0, figure.first - RECALLED_CLAUSE); k < figure.first; k++) {
    if (tokens[k].lower !== 'since') continue
    for (let j = k + 2; j <= Math.min(figure.first - 1, k + RECALLED_REACH); j++) {
      if (tokens[j].lower !== 'when' || tokens[j - 1].text !== ',') continue
      // "since 2019, when the plant opened, output has doubled": the clause ended before the figure
      return !tokens.slice(j + 1, figure.first).some((token) => token.text === ',' || token.text === ';')
    }
  }
  return false
}

const ANOTHER_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth'])

/** The class of meetings ("talks"). */
const MEETING = CLASS_OF.get('meeting')!
const RECEIVING = toSet(RECEIVING_VERBS)
const OFFICES = toSet([...TITLES, ...VISITING_PARTIES])

/**
 * "Ortiz received the envoys on Tuesday", "the mayor hosted Lund": a verb of receiving whose object (or, passive,
 * whose subject) is someone named or someone by office is a meeting; "received 400 applications" is not.
 */
function receivesSomeone(context: SentenceContext, verbAt: number): boolean {
  const { tokens } = context
  if (!RECEIVING.has(tokens[verbAt].lemma)) return false
  const someone = (k: number) =>
    context.mentions.some((m) => m.at <= k && k < m.end && !m.place) || OFFICES.has(tokens[k].lemma) || OFFICES.has(tokens[k].lemma.replace(/s$/, ''))
  const after = tokens.slice(verbAt + 1, verbAt + 5).findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
  const before = scanLeft(0, verbAt, (k) => tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')
  const passiveVerb = /^(?:was|were|been)$/.test(tokens[verbAt - 1]?.lower ?? '')
  return passiveVerb ? before !== undefined && someone(before) : after >= 0 && someone(verbAt + 1 + after)
}

/**
 * A document's points are one thing whatever the document is called ("the 28-point framework", "its 28 provisions",
 * "the plan"), so its versions can be told apart: the class of plans, keeping the word it was called by.
 */
function documentTopic(topic: Topic | undefined): Topic | undefined {
  return topic && DOCUMENTS.has(topic.topic) ? { ...topic, topic: PLAN, document: topic.topic } : topic
}

/** Words between "own" and the document it marks: "its own 12-point peace plan". */
const OWN_REACH = 4

/** Points of a plan: "20-point plan", "20 points of the plan", "the revised plan has 20 points". */
function wholeTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  if (figure.hyphenated) return phraseTopic(context, figure.last, false)
  const of = ofPhrase(context, figure.last, false)
  if (of) return of
  // "The final declaration agreed in Vilnius had 14 points", "The counter-proposal to the US plan ran to 24 points":
  // the subject of a verb of having
  const [from] = segmentBounds(context, figure)
  const verbAt = scanLeft(from, figure.first, (k) => isVerb(tokens[k]) || tokens[k].lemma === 'have')
  const having = verbAt !== undefined && verbAt > 0 && HAVING.has(tokens[verbAt].lemma)
  const subject = having ? clauseSubject(tokens, verbAt) : undefined
  if (subject) return subject
  const isWhole = (k: number) => VERSIONED.has(thingAt(tokens, k) ?? '') && tokens[k].pos === 'NOUN'
  const known = nearest(0, tokens.length, figure.first, isWhole)
  if (known !== undefined) return { topic: thingAt(tokens, known)!, at: known }
  return having ? subjectTopic(tokens, verbAt) : undefined
}

/** Nouns a figure completes: the noun phrase after it ("in damage", "of the vote") and the subject before a linking verb. */
function nounsAround(context: SentenceContext, figure: Raw): Array<{ lemma: string; at: number }> {
  const { tokens } = context
  const [from, to] = segmentBounds(context, figure)
  const found: Array<{ lemma: string; at: number }> = []
  const after = /^(?:in|of|for)$/.test(tokens[figure.last]?.lower ?? '') ? figure.last + 1 : figure.last
  const head = after < to ? phraseHead(tokens, after) : undefined
  if (head !== undefined) for (let k = after; k <= head; k++) if (tokens[k].pos === 'NOUN') found.push({ lemma: nounAt(tokens, k), at: k })
  // "the death toll from the floods rose to 47", "turnout was 64%", "a city of 20,000": the nouns before it, nearest first
  for (let k = figure.first - 1; k >= Math.max(from, figure.first - REACH); k--) {
    // "Turnout was 64%": a sentence's first word may be tagged as a name
    const ordinaryFirst = k === 0 && tokens[k].pos === 'PROPN' && !context.mentions.some((m) => m.at === 0)
    // the scale or unit of another amount ("to €512m from €640m") is no noun of this one
    const glued = k > 0 && /\d$/.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start
    if ((tokens[k].pos === 'NOUN' || ordinaryFirst) && !glued) found.push({ lemma: lemmaOf(tokens, k).toLowerCase(), at: k })
  }
  return found
}

/** A frame the words right around the figure name: "won by 13,400 votes", "4,212 votes ahead". */
function patternFrame(context: SentenceContext, figure: Raw): MeasureFrame | undefined {
  const { tokens } = context
  const byVerb = tokens[figure.first - 1]?.lower === 'by' ? tokens[figure.first - 2]?.lemma : undefined
  const next = tokens[figure.last]?.lower
  const after = tokens.slice(figure.last, figure.last + 3).map((token) => token.lower).join(' ')
  const placeAfterNext = context.mentions.some((m) => m.at === figure.last + 1 && m.place)
  const before = `${tokens[figure.first - 2]?.lower ?? ''} ${tokens[figure.first - 1]?.lower ?? ''}`
  return FRAMES.find(
    (frame) =>
      measures(frame, figure.kind, figure.dimension) &&
      ((byVerb !== undefined && frame.byVerbs?.includes(byVerb)) ||
        (next !== undefined && frame.followers?.some((words) => after === words || after.startsWith(`${words} `))) ||
        (next !== undefined && placeAfterNext && frame.towardsPlace?.includes(next)) ||
        frame.leaders?.some((words) => before.endsWith(` ${words}`) || before === words)),
  )
}

/**
 * Whether the words after a counted noun ("residents", "residents of Tarnow") make the count the subject of a verb
 * that is none of the frame's cues.
 */
function isSubjectOf(tokens: Token[], nounAt: number, frame: MeasureFrame): boolean {
  let k = nounAt + 1
  if (tokens[k]?.lower === 'of') while (++k < tokens.length && NOUN_PHRASE_TAGS.has(tokens[k].pos));
  const next = tokens[k]
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && !frame.cues?.includes(next.lemma)
}

/** A frame, or the figure's own noun, for counts, shares, money and other quantities. */
function framedTopic(context: SentenceContext, figure: Raw, fallback: () => Topic | undefined): Topic | undefined {
  const cues = cuesNear(context, figure)
  const { tokens } = context
  const counted = figure.kind === 'count' && !figure.bare && figure.unitAt < tokens.length ? tokens[figure.unitAt] : undefined
  // "a town of 61,000 people" is the town's size, like "a town of 61,000"
  const of = tokens[figure.first - 1]?.lower === 'of' && tokens[figure.first - 2]?.pos === 'NOUN' ? tokens[figure.first - 2] : undefined
  const anchored = of !== undefined && (counted === undefined || PEOPLE.has(counted.lemma))
  const around = anchored ? [{ lemma: of.lemma, at: figure.first - 2 }] : counted ? [{ lemma: counted.lemma, at: figure.unitAt }] : nounsAround(context, figure)
  // "The firefighter who drowned was 57": a bare number after "be" is an attribute unless a noun names it
  const attribute = figure.bare === true && tokens[figure.first - 1]?.lemma === 'be'
  // "an alleged $1bn embezzlement": money that names its own thing is that thing's, whatever verb stands near
  const named = figure.kind === 'money' && tokens[figure.last]?.pos === 'NOUN' && !GENERIC.has(tokens[figure.last].lemma) && !TIME_NOUNS.has(tokens[figure.last].lemma)
  // (its noun phrase: "a $40m repair bill" is a bill)
  const own = named ? tokens.slice(figure.last, (phraseHead(tokens, figure.last) ?? figure.last) + 1).filter((t) => t.pos === 'NOUN').map((t) => t.lemma) : []
  const nouns = named ? own : around.map((n) => n.lemma)
  let frame = patternFrame(context, figure) ?? frameFor(figure.kind, figure.dimension, nouns, attribute || named ? new Map() : cues, figure.bare === true || anchored)
  if (frame?.notAsSubject && counted && !anchored && isSubjectOf(tokens, figure.unitAt, frame)) frame = undefined
  if (frame) {
    const noun = anchored ? undefined : counted?.lemma
    // "12 firefighters died" is part of the toll, not the toll
    const part = noun && !PEOPLE.has(noun) && !frame.nouns?.includes(noun) && !GENERIC.has(noun) ? `/${classOf(noun)}` : ''
    return { topic: `${frame.measure}${part}`, at: around[0]?.at ?? figure.first, frame }
  }
  return fallback()
}

/** "put the number of cancelled appointments at 9,870": the noun a bare number's "the number of" names before it. */
function numberOfNoun(context: SentenceContext, figure: Raw): number | undefined {
  const { tokens } = context
  const [from] = segmentBounds(context, figure)
  const at = scanLeft(from, figure.first, (k) => tokens[k].lower === 'number' && tokens[k + 1]?.lower === 'of')
  if (at === undefined) return undefined
  // the phrase's noun, past a participle that describes it ("cancelled appointments")
  for (let k = at + 2; k < Math.min(figure.first, at + 2 + NUMBER_OF_REACH); k++) {
    if (tokens[k].pos === 'NOUN') return k
    if (!['ADJ', 'VERB', 'DET'].includes(tokens[k].pos)) return undefined
  }
  return undefined
}
const NUMBER_OF_REACH = 3

function countTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  const counted = figure.bare ? numberOfNoun(context, figure) : undefined
  // read as the count of that noun, with the words around the noun ("the number of people killed … has risen to nine")
  if (counted !== undefined) return countTopic(context, { ...figure, bare: undefined, first: counted, last: counted + 1, unitAt: counted })
  if (figure.bare) {
    // a bare number needs a noun or verb it completes; anything else is not checkable
    return framedTopic(context, figure, () => {
      const [noun] = nounsAround(context, figure)
      return noun && !GENERIC.has(noun.lemma) ? { topic: classOf(noun.lemma), at: noun.at } : undefined
    })
  }
  return framedTopic(context, figure, () => ({ topic: classOf(tokens[figure.unitAt] ? nounAt(tokens, figure.unitAt) : figure.unit), at: figure.unitAt }))
}

/** Nouns of time are when a figure applies, never what it measures: "rose to €8.4bn last year". */
const TIME_NOUNS = new Set(['year', 'month', 'week', 'day', 'quarter', 'half', 'decade', 'century', 'hour', 'time', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'end', 'start', 'beginning'])

/** "The fund is worth about $16 million", "a deal valued at €2bn": the value of the clause's subject. */
function valueOfSubject(tokens: Token[], figure: Raw): Topic | undefined {
  const before = tokens[figure.first - 1]
  const valued = before?.lower === 'worth' ? figure.first - 2 : before?.lower === 'at' && tokens[figure.first - 2]?.lemma === 'value' ? figure.first - 3 : undefined
  if (valued === undefined || tokens[valued]?.lemma !== 'be') return undefined
  return clauseSubject(tokens, valued)
}

function moneyTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  return framedTopic(context, figure, () => {
    const { tokens } = context
    const valueOf = valueOfSubject(tokens, figure)
    if (valueOf) return valueOf
    const linked = /^(?:in|of|for)$/.test(tokens[figure.last]?.lower ?? '') ? figure.last + 1 : figure.last
    // "€1.10 a share", "$40 per head": a rate's unit, not what the money is
    // ("from €640m a year earlier" is no rate: the year is when)
    const rate =
      /^(?:a|an|per|each)$/.test(tokens[figure.last]?.lower ?? '') && tokens[figure.last + 1]?.pos === 'NOUN' && tokens[figure.last + 2]?.pos !== 'NOUN' &&
      !/^(?:earlier|before|ago|later|on)$/.test(tokens[figure.last + 2]?.lower ?? '')
    const phrase = rate ? undefined : phraseTopic(context, linked, false)
    // "€25m in emergency aid": money is of the phrase's head, not of a noun that qualifies it
    const head = phrase ? phraseHead(tokens, linked) : undefined
    const own = head !== undefined && head > phrase!.at && tokens[head].pos === 'NOUN' && !thingAt(tokens, phrase!.at)
    if (own && !GENERIC.has(tokens[head].lemma) && !CHANGING.has(tokens[head].lemma) && !TIME_NOUNS.has(tokens[head].lemma)) {
      return { topic: classOf(nounAt(tokens, head)), at: head }
    }
    // "€1.5bn of the fund will come from…" is a part of the fund, not its size
    if (phrase && tokens[figure.last]?.lower === 'of' && tokens[figure.last + 1]?.pos === 'DET') return { ...phrase, topic: `part of the ${phrase.topic}` }
    if (phrase && !TIME_NOUNS.has(phrase.topic)) return phrase
    const [from, to] = segmentBounds(context, figure)
    const thing = nearest(from, to, figure.first, (k) => thingAt(tokens, k) !== undefined && !spendsAnAmount(tokens, k))
    if (thing !== undefined) return { topic: thingAt(tokens, thing)!, at: thing }
    // "the company's net profit fell to €512 million": the subject before it
    const [before] = nounsAround(context, figure).filter((n) => n.at < figure.first && !TIME_NOUNS.has(n.lemma) && !GENERIC.has(n.lemma))
    if (!before) return undefined
    // "profit after tax was €318m", "spending on defence reached €5bn": the noun a prepositional phrase modifies
    const modified = modifiedNoun(tokens, before.at)
    return modified !== undefined ? { topic: classOf(nounAt(tokens, modified)), at: modified } : { topic: classOf(before.lemma), at: before.at }
  })
}

function shareTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  return framedTopic(context, figure, () => {
    const of = ofPhrase(context, figure.last, true)
    if (of) return of
    const { tokens } = context
    // "a 6.5% pay rise": the noun the share describes
    if (tokens[figure.last]?.pos === 'NOUN' || tokens[figure.last + 1]?.pos === 'NOUN') {
      // "a 6.5pc pay rise": a noun used as a modifier may be tagged as a verb
      const misTagged = tokens[figure.last]?.pos === 'VERB'
      const described = phraseTopic(context, figure.last, false) ?? (misTagged ? phraseTopic(context, figure.last + 1, false) : undefined)
      if (described && !TIME_NOUNS.has(described.topic)) return described
    }
    // "Revenue grew 3.1%": the nearest noun before it, a capitalised first word included
    const [before] = nounsAround(context, figure).filter((n) => n.at < figure.first && !TIME_NOUNS.has(n.lemma))
    return before ? { topic: classOf(before.lemma), at: before.at } : undefined
  })
}

/** "its fourth year": what the possessive refers to, the nearest known thing to the left. */
function ordinalTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  const of = ofPhrase(context, figure.last, false)
  if (of) return of
  const [from] = segmentBounds(context, figure)
  const known = nearest(from, figure.first, figure.first, (k) => thingAt(tokens, k) !== undefined && tokens[k].pos === 'NOUN')
  if (known !== undefined) return { topic: thingAt(tokens, known)!, at: known }
  const noun = nearest(from, figure.first, figure.first, (k) => tokens[k].pos === 'NOUN')
  return noun === undefined ? undefined : { topic: classOf(nounAt(tokens, noun)), at: noun }
}

/** A year right before a noun qualifies it: "the 1991 borders", "2022 referendums". */
function dateTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  const next = tokens[figure.last]
  if (next?.pos === 'NOUN' && figure.last - figure.first === 1) return { topic: thingAt(tokens, figure.last) ?? next.lemma, at: figure.last }
  const described = describedByClause(tokens, figure)
  if (described !== undefined) return { topic: thingAt(tokens, described) ?? classOf(tokens[described].lemma), at: described }
  return eventTopic(context, figure, false)
}

/**
 * "the borders it had in 2011", "its frontiers as they were drawn in 2011": a date closing a relative clause of
 * having, or of a passive, dates the noun the clause describes, as "its 1991 borders" does.
 */
function describedByClause(tokens: Token[], figure: Raw): number | undefined {
  if (!/^(?:in|since)$/.test(tokens[figure.first - 1]?.lower ?? '')) return undefined
  let k = figure.first - 2
  const verb = tokens[k]
  const having = verb?.lemma === 'have' || verb?.lemma === 'hold'
  // ("had" may be tagged as an auxiliary)
  if (verb?.pos !== 'VERB' && !(having && verb?.pos === 'AUX')) return undefined
  if (!having) {
    // a passive: "were drawn", "was set"
    if (tokens[k - 1]?.lemma !== 'be' || verb.lower === verb.lemma) return undefined
    k--
  }
  // its subject: a pronoun or a name ("the borders Sarnia had in 2011")
  k--
  if (tokens[k]?.pos === 'PRON') k--
  else if (tokens[k]?.pos === 'PROPN') while (tokens[k]?.pos === 'PROPN') k--
  else return undefined
  if (/^(?:that|which|as)$/.test(tokens[k]?.lower ?? '')) k--
  return tokens[k]?.pos === 'NOUN' ? k : undefined
}

/** "the 10 p.m. curfew", "a 6am start": a time written before a noun, as its attribute. */
function namesThing(tokens: Token[], figure: Raw): boolean {
  const next = tokens[figure.last]
  const before = tokens[figure.first - 1]
  return next?.pos === 'NOUN' && /^[a-z]/.test(next.text) && !TIME_NOUNS.has(next.lemma) && (before === undefined || before.pos === 'DET' || /^(?:'s|’s)$/.test(before.lower))
}

/** The event a time of day belongs to, as for dates ("the talks broke up at 10pm" → talks); its end is its moment, not its topic. */
function timeTopic(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  if (namesThing(tokens, figure)) return { topic: thingAt(tokens, figure.last) ?? classOf(tokens[figure.last].lemma), at: figure.last }
  const topic = eventTopic(context, figure, false)
  return topic && { ...topic, topic: topic.topic.replace(/-end$/, '') }
}

const TIME_ENDS = toSet(TIME_END_VERBS)
const TIME_STARTS = toSet(TIME_START_VERBS)
const TIME_LASTING = toSet(TIME_LASTING_VERBS)
const TIME_INSTANTS = toSet(TIME_INSTANT_VERBS)
const TIME_UNTIL = toSet(TIME_UNTIL_WORDS)
const TIME_BOUND = toSet(TIME_BOUND_WORDS)
/** Verbs passed over when looking for the one a time goes with: "was due to end at 10pm". */
const AUXILIARY = toSet(['be', 'have', 'do'])
/** Time qualifiers of a time after the one written: with a verb of going on, the end ("ran well past midnight"). */
const LATER = new Set(['justAbove', 'wellAbove', 'above'])

/** The verb a time goes with, and its phrase with a particle ("broke up" → "break up", "got under way" → "get under way"). */
function timeVerb(context: SentenceContext, figure: Raw): string[] | undefined {
  const { tokens } = context
  const [from, to] = segmentBounds(context, figure)
  const outside = (k: number) => k < figure.first || k >= figure.last
  const isVerb = (k: number) => outside(k) && tokens[k].pos === 'VERB' && !AUXILIARY.has(tokens[k].lemma)
  // "the talks broke up at 10pm": the verb before the time in its clause; "Shortly before midnight, the talks wrapped up": the main clause's
  const main = context.parts[context.segmentOf[figure.first] + 1]
  const at = scanLeft(from, figure.first, isVerb) ?? nearest(from, to, figure.first, isVerb) ?? (from === 0 && main ? nearest(main[0], main[1], main[0], isVerb) : undefined)
  // "the plane landed at 6.45am and the fire was reported at 14:20": a verb of saying or reporting dates nothing the time can be compared by
  if (at === undefined || SPEAKING.has(tokens[at].lemma)) return undefined
  const lemma = tokens[at].lemma
  const words = [lemma]
  if (tokens[at + 1] && outside(at + 1)) words.unshift(`${lemma} ${tokens[at + 1].lower}`)
  if (tokens[at + 2] && outside(at + 1) && outside(at + 2)) words.unshift(`${lemma} ${tokens[at + 1].lower} ${tokens[at + 2].lower}`)
  return words
}

/**
 * Which moment of its event a time of day is: 'start', 'end', an instant's verb, or 'named' for a time that names a
 * thing's own ("the 10pm curfew"); undefined when the words do not say, and then it conflicts with nothing.
 */
function timeMoment(context: SentenceContext, figure: Raw): string | undefined {
  const { tokens } = context
  if (namesThing(tokens, figure)) return 'named'
  const phrases = timeVerb(context, figure)
  if (!phrases) return undefined
  const before = tokens[figure.first - 1]?.lower ?? ''
  const later = figure.qualifier !== undefined && LATER.has(figure.qualifier)
  // "went on until 2am", "ran well past midnight", "dragged on into the early hours"
  if (phrases.some((p) => TIME_LASTING.has(p))) return later || TIME_UNTIL.has(before) ? 'end' : undefined
  // "closed until 6am", "open from 10pm": the bound of a state, not the moment of the verb
  if (TIME_BOUND.has(before)) return undefined
  for (const phrase of phrases) {
    if (TIME_ENDS.has(phrase)) return 'end'
    if (TIME_STARTS.has(phrase)) return 'start'
    if (TIME_INSTANTS.has(phrase)) return phrase
    // "found", "discovered", "detected": one instant, the moment of finding out
    if (verbClass(phrase) === DISCOVERY) return DISCOVERY
  }
  return undefined
}

/** "61-year-old", "aged 61", "Okafor, 61,", "Okafor is 61": a person's age (the unit implied or "-year-old"). */
function isAge(context: SentenceContext, figure: Raw): boolean {
  if (figure.kind !== 'duration' || figure.unit !== 'year' || figure.relative) return false
  const { tokens } = context
  if (/-years?-old$/i.test(figure.text)) return true
  if (/^(?:years?)$/.test(tokens[figure.last - 1]?.lower ?? '') && tokens[figure.last]?.lower === 'old') return true
  return /^\d+$/.test(figure.text.trim())
}

/** Whose age: the name next to it ("Okafor, 61", "61-year-old Ada Okafor", "Ada Okafor is 61"), else the person noun. */
function ageHolder(context: SentenceContext, figure: Raw): string | undefined {
  const { tokens } = context
  const person = (m: { name: string; place?: boolean }) => !m.place && !isKnownPlace(m.name)
  const before = context.mentions.filter((m) => m.end <= figure.first && figure.first - m.end <= 4 && person(m))
  const after = context.mentions.filter((m) => m.at >= figure.last && m.at - figure.last <= 2 && person(m))
  // "Police have detained a 52-year-old man": the person the age describes, not a name before it
  // ("Okafor, a 61-year-old farmer" is Okafor, in apposition)
  const described = tokens[figure.last]?.pos === 'NOUN' && tokens[figure.first - 1]?.pos === 'DET' && tokens[figure.first - 2]?.text !== ','
  if (described && !after.length) return classOf(tokens[figure.last].lemma)
  const mention = before.at(-1) ?? after[0]
  if (mention) {
    // "the Nordhavn Trader's 56-year-old master": the age is the master's, not the ship's
    if (mention === before.at(-1) && /^(?:'s|’s)$/.test(tokens[mention.end]?.lower ?? '') && tokens[figure.last]?.pos === 'NOUN') {
      return classOf(tokens[figure.last].lemma)
    }
    // "the second officer of the Nordhavn Trader, a 38-year-old": the officer's
    const of = tokens[mention.at - 1]?.pos === 'DET' ? mention.at - 2 : mention.at - 1
    if (mention === before.at(-1) && tokens[of]?.lower === 'of' && tokens[of - 1]?.pos === 'NOUN') return classOf(tokens[of - 1].lemma)
    return mention.name
  }
  const inPlace = (k: number) => context.mentions.some((m) => m.at <= k && k < m.end && !person(m)) || isKnownPlace(tokens[k].lower)
  // a sentence's first word is no mention: "Okafor, a 61-year-old farmer"
  const name = scanLeft(0, figure.first, (k) => tokens[k].pos === 'PROPN' && figure.first - k <= 4 && !inPlace(k))
  if (name !== undefined) return tokens[name].lower
  // unnamed: the person the age describes, "a 57-year-old firefighter", "The firefighter who drowned was 57"
  if (tokens[figure.last]?.pos === 'NOUN') return classOf(tokens[figure.last].lemma)
  const noun = scanLeft(0, figure.first, (k) => tokens[k].pos === 'NOUN' && !TIME_NOUNS.has(tokens[k].lemma))
  return noun === undefined ? undefined : classOf(tokens[noun].lemma)
}

/** "temperatures of -3C", "a depth of 40 metres": the noun an amount is "of" is what it measures. */
function nounOfAmount(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  const noun = tokens[figure.first - 2]
  if (tokens[figure.first - 1]?.lower !== 'of' || noun?.pos !== 'NOUN' || GENERIC.has(noun.lemma)) return undefined
  return { topic: classOf(noun.lemma), at: figure.first - 2 }
}

const STARTING = toSet(START_VERBS)

/**
 * "… after it started", "… after the strike began": a time after an event's own start is its length so far, of the
 * event the sentence names.
 */
function sinceItsStart(context: SentenceContext, figure: Raw): Topic | undefined {
  const { tokens } = context
  let k = figure.last
  if (tokens[k]?.lower !== 'after') k = figure.last - 1
  if (tokens[k]?.lower !== 'after') return undefined
  const verb = tokens.slice(k + 1, k + 5).findIndex((token) => token.pos === 'VERB')
  if (verb < 0 || !STARTING.has(tokens[k + 1 + verb].lemma)) return undefined
  const event = nearest(0, tokens.length, figure.first, (j) => tokens[j].pos === 'NOUN' && EVENTS.has(thingAt(tokens, j) ?? tokens[j].lemma))
  return event === undefined ? undefined : { topic: thingAt(tokens, event) ?? tokens[event].lemma, at: event }
}

/** "older than 65", "aged 61", "under the age of 18": a bare number that is an age. */
function isBareAge(tokens: Token[], figure: Raw): boolean {
  if (!figure.bare) return false
  const before = tokens.slice(Math.max(0, figure.first - 4), figure.first).map((token) => token.lower).join(' ')
  return /(?:^|\s)(?:(?:older|younger) than|aged|age of)$/.test(before)
}

function locate(context: SentenceContext, figure: Raw): { dimension: string; topic?: Topic } {
  if (figure.relative) {
    // "ended nine days after it began", "declared under control eight days after it started": how long it lasted
    const lasted = figure.relative === 'lag' ? sinceItsStart(context, figure) : undefined
    if (lasted) return { dimension: 'duration', topic: lasted }
    return { dimension: figure.relative, topic: eventTopic(context, figure, true) }
  }
  if (isAge(context, figure) || isBareAge(context.tokens, figure)) return { dimension: 'age', topic: { topic: 'age', at: figure.first } }
  switch (figure.kind) {
    case 'date':
      return { dimension: 'date', topic: dateTopic(context, figure) }
    case 'time':
      return { dimension: 'time', topic: timeTopic(context, figure) }
    case 'ordinal':
      return { dimension: 'ordinal', topic: ordinalTopic(context, figure) }
    case 'duration': {
      // "arrived 22 hours late", "12 hours behind schedule": a delay
      const framed = patternFrame(context, figure)
      if (framed) return { dimension: 'duration', topic: { topic: framed.measure, at: figure.first, frame: framed } }
      return { dimension: 'duration', topic: figure.hyphenated ? phraseTopic(context, figure.last, false) : durationTopic(context, figure) }
    }
    case 'percent':
      return { dimension: 'share', topic: shareTopic(context, figure) }
    case 'money':
      return { dimension: 'money', topic: moneyTopic(context, figure) }
    case 'quantity':
      return {
        dimension: figure.dimension ?? 'quantity',
        topic: framedTopic(context, figure, () =>
          nounOfAmount(context, figure) ??
          (figure.hyphenated ? phraseTopic(context, figure.last, false) : figure.dimension === 'speed' ? speedTopic(context, figure) : durationTopic(context, figure, true)),
        ),
      }
    default:
      if (figure.unit === 'point' || figure.unit === 'page') return { dimension: figure.unit, topic: documentTopic(wholeTopic(context, figure)) }
      // "the 540-bed hospital" has 540 beds, as "the hospital has 540 beds" says
      if (figure.hyphenated) return { dimension: 'count', topic: { topic: classOf(figure.unit), at: figure.unitAt } }
      return { dimension: 'count', topic: countTopic(context, figure) }
  }
}

/** Version words just left of `at` (the figure's own noun phrase): "a revised, 20-point", "an earlier 28-point". */
function versionBefore(tokens: Token[], at: number): 'original' | 'revised' | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const version = VERSION_OF.get(tokens[k].lower) ?? VERSION_OF.get(tokens[k].lemma)
    if (version) return version
    if (!['ADJ', 'VERB', 'NOUN', 'PROPN', 'PUNCT', 'NUM', 'ADV'].includes(tokens[k].pos)) return undefined
  }
  return undefined
}

function versionOf(context: SentenceContext, figure: Raw, topicAt: number): 'original' | 'revised' | undefined {
  if (figure.role) return figure.role === 'before' ? 'original' : 'revised'
  const { tokens } = context
  // the topic's own phrase, unless another number stands in it ("the original 28-point blueprint" is that number's)
  const phraseStart = Math.max(0, topicAt - 4)
  const otherNumber = tokens.slice(phraseStart, topicAt).some((t, i) => t.pos === 'NUM' && (phraseStart + i < figure.first || phraseStart + i >= figure.last))
  const own = versionBefore(tokens, figure.first) ?? (otherNumber ? undefined : versionBefore(tokens, topicAt))
  if (own) return own
  const [from, to] = segmentBounds(context, figure)
  // "Twenty points remain of the original 28-point plan": a version word right before another number is that one's
  const ownedByNumber = (k: number) =>
    (tokens[k + 1]?.pos === 'NUM' || /^\d/.test(tokens[k + 1]?.text ?? '')) && tokens.slice(k + 2, k + 5).some((t) => t.lemma === figure.unit)
  const word = nearest(from, to, figure.first, (k) => (VERSION_OF.has(tokens[k].lower) || VERSION_OF.has(tokens[k].lemma)) && !ownedByNumber(k))
  return word === undefined ? undefined : VERSION_OF.get(tokens[word].lower) ?? VERSION_OF.get(tokens[word].lemma)
}

/** Words of a noun phrase before its head a variant may stand among: "the group's underlying operating profit". */
const VARIANT_REACH = 3

/** The variant of the measured noun at `topicAt`: a word in its phrase before it, or "after tax" / "before tax" after it. */
function variantOf(tokens: Token[], topicAt: number): string | undefined {
  for (let k = topicAt - 1; k >= Math.max(0, topicAt - VARIANT_REACH); k--) {
    const variant = VARIANT_OF.get(tokens[k].lower)
    if (variant) return variant
    if (!['ADJ', 'NOUN', 'VERB'].includes(tokens[k].pos)) break
  }
  const after = `${tokens[topicAt + 1]?.lower ?? ''} ${tokens[topicAt + 2]?.lower ?? ''}`
  // the noun itself may say it: "the bottom line"
  const own = topicAt > 0 ? VARIANT_OF.get(`${tokens[topicAt - 1].lower} ${tokens[topicAt].lower}`) : undefined
  return own ?? VARIANT_OF.get(after) ?? VARIANT_OF.get(tokens[topicAt + 1]?.lower ?? '')
}

/** An editor's reading of the measure: "death toll in marlow county", "points of the revised plan". */
export function measureLabel(about: MeasureAbout, unit: string, frame?: Pick<MeasureFrame, 'label' | 'betweenPlaces'>): string {
  const frameLabel = frame?.label
  const places = about.places.length ? ` ${frame?.betweenPlaces ? 'to' : 'in'} ${about.places.join('/')}` : ''
  const holder = about.holder ? ` held by ${about.holder}` : ''
  if (frameLabel) {
    const part = about.topic.includes('/') ? ` (${about.topic.split('/')[1]})` : ''
    return `${frameLabel}${part}${places}${holder}`
  }
  const ordinal = about.dimension === 'ordinal' ? `${unit} of the` : undefined
  const dimension = ordinal ?? DIMENSION_LABELS[about.dimension] ?? `${about.dimension} of the`
  if (!about.topic) return `${dimension.replace(/ the$/, '')} something unspecified`
  const version = about.version ? `${about.version} ` : ''
  const variant = about.variant ? `${about.variant} ` : ''
  return `${dimension} ${version}${variant}${about.topic}${places}${holder}`
}

/**
 * "Europe's largest conflict since the Second World War": a name after "since" is the yardstick a figure is set
 * against, not what it is about.
 */
function isReferencePoint(context: SentenceContext, mention: { at: number }): boolean {
  const { tokens } = context
  const before = tokens[mention.at - 1]?.lower === 'the' ? mention.at - 2 : mention.at - 1
  return tokens[before]?.lower === 'since'
}

/** Nouns of events a frame is about ("spill", "leak"): with the event words and the nouns of acts, what a name before one names. */
const FRAME_EVENT_NOUNS = new Set(FRAMES.flatMap((frame) => (frame.nouns ?? []).filter((noun) => frame.cues?.includes(noun))))

/** "the Varna spill", "the Keld eruption": a name before a noun of an event is where or what it was, not who acts. */
function namesAnEvent(tokens: Token[], mention: { end: number }): boolean {
  const next = tokens[mention.end]
  if (next?.pos !== 'NOUN' || !/^[a-z]/.test(next.text)) return false
  return EVENTS.has(thingAt(tokens, mention.end) ?? next.lemma) || DERIVATIONS[next.lemma] !== undefined || FRAME_EVENT_NOUNS.has(next.lemma)
}

/** Named people and organisations: names never used as a place in the sentence nor known as places. */
function actorsOf(context: SentenceContext): string[] {
  const { tokens } = context
  const places = new Set(context.mentions.filter((m) => m.place || namesAnEvent(tokens, m)).map((m) => m.name))
  // who says it is a source, not a party: "Reyes confirmed …", "…, the sheriff said", "according to Lopez"
  const speaks = (m: { at: number; end: number }) =>
    [tokens[m.end], tokens[m.end + 1]].some((t) => t && SPEAKING.has(t.lemma)) ||
    [tokens[m.at - 1], tokens[m.at - 2]].some((t) => t && (SPEAKING.has(t.lemma) || t.lower === 'to'))
  return [...new Set(context.mentions.filter((m) => !places.has(m.name) && !isKnownPlace(m.name) && !speaks(m)).map((m) => m.name))].sort()
}

/** Dimensions whose frameless figures are told apart by their verb: "employs 1,100 people" vs "1,100 people fled". */
const VERB_GOVERNED = new Set(['count', 'quantity', 'mass', 'volume', 'area', 'energy', 'speed', 'data', 'temperature'])

/** The nearest content verb in the figure's clause, else in its sentence (token index). */
function governingVerbAt(context: SentenceContext, figure: Raw): number | undefined {
  const { tokens } = context
  const [from, to] = segmentBounds(context, figure)
  // "a revised plan", "380 planned operations": a participle before its noun describes it, it governs nothing
  const describes = (k: number) =>
    tokens[k - 1]?.pos === 'DET' || (tokens[k + 1]?.pos === 'NOUN' && /(?:ed|en)$/.test(tokens[k].lower) && ['NUM', 'ADJ', 'ADP'].includes(tokens[k - 1]?.pos ?? ''))
  const isContentVerb = (k: number) => (k < figure.first || k >= figure.last) && tokens[k].pos === 'VERB' && !LIGHT.has(tokens[k].lemma) && !describes(k)
  // "cut its commission from 25% to 20% and to set a fare": the levels of a change are the changing verb's
  const changing = figure.role || changeLevel(tokens, figure) ? scanLeft(from, figure.first, isContentVerb) : undefined
  return changing ?? nearest(from, to, figure.first, isContentVerb) ?? nearest(0, tokens.length, figure.first, isContentVerb)
}

/** Words that may stand between a verb of change and the "to" of the level it reached: "cut its commission to 15%". */
const CHANGED_OBJECT = new Set(['DET', 'PRON', 'NOUN', 'ADJ', 'NUM', 'SYM', 'ADV', 'PROPN', 'PART'])

/** Words between a verb of change and its amount: "rose by", "closed up", "fell a further". */
const DIRECTION_REACH = 4

/** The way the nearest verb of change before the figure went: "rose 6.4%" up, "fell 8.5%" down. */
function directionOf(tokens: Token[], figure: Raw): 'up' | 'down' | undefined {
  // "trimmed its peace plan by eight points": past the verb's object to its "by"
  const reach = tokens[figure.first - 1]?.lower === 'by' ? DIRECTION_REACH + CHANGED_OBJECT_REACH : DIRECTION_REACH
  for (let k = figure.first - 1; k >= Math.max(0, figure.first - reach); k--) {
    const word = tokens[k].lemma
    if (RISING.has(word) || RISING.has(tokens[k].lower)) return 'up'
    if (FALLING.has(word) || FALLING.has(tokens[k].lower)) return 'down'
  }
  return undefined
}

/** "four more bodies", "a further 12 people", "another 300 homes": what a running tally added, not its level. */
function isIncrement(tokens: Token[], figure: Raw): boolean {
  // after the number, not the qualifier before it ("more than 41,000 acres")
  const own = tokens
    .slice(figure.first + 1, figure.last + 1)
    .some((t, i) => /^(?:more|further|additional)$/.test(t.lower) && tokens[figure.first + 2 + i]?.lower !== 'than')
  return own || /^(?:another|further)$/.test(tokens[figure.first - 1]?.lower ?? '')
}

/** Who gave room to the people a figure counts: the subject of a verb of hosting before it ("X took in 1,100 evacuees"). */
function hostOf(context: SentenceContext, figure: Raw): string | undefined {
  const { tokens } = context
  const verbAt = governingVerbAt(context, figure)
  if (verbAt === undefined || verbAt > figure.first) return undefined
  const verb = tokens[verbAt]
  const phrasal = tokens[verbAt + 1]?.lower === 'in' ? `${verb.lemma} in` : verb.lemma
  return HOSTING.has(verb.lemma) || HOSTING.has(phrasal) ? subjectOf(context, verbAt, figure) : undefined
}

/** "had already died", "had already been evacuated": what stood before the time a report tells. */
function hadAlready(context: SentenceContext, figure: Raw): boolean {
  const { tokens } = context
  const [from, to] = segmentBounds(context, figure)
  for (let k = from; k + 1 < to; k++) if (tokens[k].lower === 'had' && tokens[k + 1].lower === 'already') return true
  return false
}

/**
 * The level of a change the figure states, by the preposition before it after a verb of change: "fell 20% to €640m"
 * and "cut its commission to 15%" reached ('to'); "slumped from $48.20" left ('from').
 */
function changeLevel(tokens: Token[], figure: Raw): 'from' | 'to' | undefined {
  let k = figure.first - 1
  if (k >= 0 && !/\w/.test(tokens[k].text)) k--
  const preposition = tokens[k]?.lower
  if (preposition !== 'to' && preposition !== 'from') return undefined
  for (let j = k - 1; j >= Math.max(0, k - CUE_REACH); j--) {
    if (CHANGING.has(tokens[j].lemma) && tokens[j].pos !== 'NOUN') return preposition
    if (!CHANGED_OBJECT.has(tokens[j].pos) && tokens[j].lower !== 'by' && tokens[j].text !== '%') return undefined
  }
  return undefined
}

/** The first token that is a word, after list dashes and quotes. */
const firstWord = (tokens: Token[]) => tokens.findIndex((token) => /\p{L}/u.test(token.text))

/**
 * Who or what does the verb: the nearest name or noun before it, across a relative pronoun ("The company, which
 * employs 61,000 people" vs "the plant employs 1,100"; "Chile produces" vs "the mine produced").
 */

function subjectOf(context: SentenceContext, verbAt: number, figure: Raw): string | undefined {
  const { tokens } = context
  for (let k = verbAt - 1; k >= Math.max(0, verbAt - REACH); k--) {
    if (k >= figure.first && k < figure.last) return undefined
    const mention = context.mentions.find((m) => m.at <= k && k < m.end)
    if (mention) return mention.name
    // "Schools, closed for four days": a capitalised first word in the plural of a common noun is that noun
    if (tokens[k].pos === 'PROPN' && k === firstWord(tokens) && /[^s]s$/.test(tokens[k].lower) && isCommonWord(tokens[k].lower.slice(0, -1))) return classOf(tokens[k].lower.slice(0, -1))
    if (tokens[k].pos === 'NOUN') {
      // "the US delegation", "the American side": a named party's group is the party
      const owner = context.mentions.find((m) => m.end === k || (m.end === k - 1 && tokens[k - 1].pos === 'ADJ'))
      if (owner) return owner.name
      if (TIME_NOUNS.has(tokens[k].lemma)) continue
      return PEOPLE.has(tokens[k].lemma) ? undefined : classOf(nounAt(tokens, k))
    }
    if (tokens[k].pos === 'VERB' || tokens[k].lower === 'that') return undefined
  }
  return undefined
}

/** Whose count it is: "the county's 8,400 staff" (the county), "Keld hospital employs 3,200 people" (the hospital). */
function ownerOf(context: SentenceContext, figure: Raw): string | undefined {
  const { tokens } = context
  if (/^['’]s$/.test(tokens[figure.first - 1]?.text ?? '')) {
    // ("the Keld county's staff": the named party's, as subjectOf reads "the Keld county employs")
    const owner = context.mentions.find((m) => m.end === figure.first - 1 || (m.end === figure.first - 2 && tokens[figure.first - 2].pos === 'NOUN'))
    if (owner) return owner.name
    return tokens[figure.first - 2]?.pos === 'NOUN' ? classOf(tokens[figure.first - 2].lemma) : undefined
  }
  const [from] = segmentBounds(context, figure)
  const verbAt = scanLeft(from, figure.first, (k) => tokens[k].pos === 'VERB')
  return verbAt === undefined ? undefined : subjectOf(context, verbAt, figure)
}

/** A negation before "under" in the segment: "no longer under", "not under". */
function denied(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].lower !== 'under') continue
    const before = tokens.slice(Math.max(from, k - 2), k).map((t) => t.lower)
    return before.includes('not') || before.includes("n't") || before.includes('longer') || before.includes('never')
  }
  return false
}

/**
 * "eight fewer points than the original", "two points less than it sought", "3,000 more than last year": the gap
 * between two amounts, a difference and never a level. Its direction is that of the comparative.
 */
function comparedAmount(tokens: Token[], figure: Raw): 'up' | 'down' | undefined {
  // ("22% less than this year" is a relative change, read as a share of what it changes)
  if (figure.kind === 'percent') return undefined
  for (let k = figure.first + 1; k <= Math.min(tokens.length - 1, figure.last + 1); k++) {
    const direction = COMPARATIVES.get(tokens[k].lower)
    if (!direction) continue
    return tokens.slice(k + 1, k + 3).some((token) => token.lower === 'than') ? direction : undefined
  }
  return undefined
}
const COMPARATIVES = new Map<string, 'up' | 'down'>([['fewer', 'down'], ['less', 'down'], ['lower', 'down'], ['more', 'up'], ['higher', 'up']])

/** Tokens an object may span between a verb of change and its "by": "cut their estimate of the spill by 550 tonnes". */
const CHANGED_OBJECT_REACH = 8

function changedObjectVerb(tokens: Token[], objectEnd: number): boolean {
  for (let k = objectEnd; k >= Math.max(0, objectEnd - CHANGED_OBJECT_REACH); k--) {
    const token = tokens[k]
    if (token.pos === 'VERB') return k < objectEnd && CHANGING.has(token.lemma)
    // "cut their estimate of the spill off Keld by 550 tonnes": an object with its prepositional phrases
    if (!['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP'].includes(token.pos) && token.text !== '-') return false
  }
  return false
}

/** "fell 12%", "rose by 5": a verb of change right before the figure, not "rose to", not "from … to". */
function isChange(context: SentenceContext, figure: Raw): boolean {
  if (figure.role || figure.kind === 'date' || figure.kind === 'time') return false
  const { tokens } = context
  // "Eight points were cut from the plan": a passive verb of change after the figure
  const unitAt = tokens[figure.last]?.pos === 'NOUN' ? figure.last + 1 : figure.last
  if (tokens[unitAt]?.lemma === 'be' && tokens[unitAt + 1]?.pos === 'VERB' && CHANGING.has(tokens[unitAt + 1].lemma)) return true
  const by = tokens[figure.first - 1]?.lower === 'by'
  // "trimmed its peace plan by eight points": the verb of change before its object
  if (by && changedObjectVerb(tokens, figure.first - 2)) return true
  const before = by ? figure.first - 2 : figure.first - 1
  // "up 12%" and "slimmed down by eight" are changes; "held up £60m" is a phrasal verb's particle
  // (a share after one is a move: "shares closed up 6.4%")
  // ("a slimmed-down 24-point plan": a compound adjective, no change)
  const particle =
    figure.kind !== 'percent' && before === figure.first - 1 && before > 0 && /^(?:up|down)$/.test(tokens[before].lower) &&
    (tokens[before - 1].pos === 'VERB' || tokens[before - 1].text === '-')
  return before >= 0 && CHANGING.has(tokens[before].lemma) && tokens[before].pos !== 'NOUN' && !particle
}

const POSSIBLE = toSet(POSSIBILITY_WORDS)

/** "the lava could destroy up to 100 homes", "the bill may reach $40m": a possibility, not a fact. */
function isPossibility(context: SentenceContext, figure: Raw): boolean {
  const { tokens } = context
  const [from] = segmentBounds(context, figure)
  const possible = (k: number) => POSSIBLE.has(tokens[k]?.lower ?? '') && tokens[k].pos !== 'PROPN'
  for (let k = figure.first - 1; k >= Math.max(from, figure.first - CUE_REACH); k--) if (possible(k)) return true
  // "5,000 people may have to leave": the figure is the possibility's subject
  for (let k = figure.last; k < Math.min(tokens.length, figure.last + SUBJECT_MODAL_REACH); k++) if (possible(k)) return true
  return false
}
/** Words between a subject figure and its modal verb: "5,000 people may", "5,000 more residents could". */
const SUBJECT_MODAL_REACH = 3

/**
 * A verb of asking or offering whose object holds the figure: "prosecutors sought a 12-year sentence", not
 * "demanding that the rebels leave the 25 per cent they hold" (the share is a fact the demand refers to).
 */
function isProposed(context: SentenceContext, figure: Raw): boolean {
  const [from] = segmentBounds(context, figure)
  const { tokens } = context
  // "urged residents not to come to the 540-bed hospital": what a thing in a phrase of place is, not what is asked
  if (figure.hyphenated && tokens[figure.first - 1]?.pos === 'DET' && tokens[figure.first - 2]?.pos === 'ADP') return false
  for (let k = figure.first - 1; k >= Math.max(from, figure.first - CUE_REACH); k--) {
    if (tokens[k].lower === 'that') return false
    if (tokens[k].pos === 'VERB' && PROPOSING.has(tokens[k].lemma)) return true
    // "data suggest the train was travelling at 130 km/h": a nearer finite verb governs the figure ("wanted him jailed for 12 years" does not)
    if (tokens[k].pos === 'VERB' && !LIGHT.has(tokens[k].lemma) && tokens[k - 1]?.pos === 'AUX') return false
  }
  return false
}

/** A place naming another event ("despite the Geneva talks" beside the war's length) is that event's, not the figure's. */
function placeOfOtherEvent(context: SentenceContext, topic: string | undefined) {
  return (mention: { end: number }) => {
    const next = context.tokens[mention.end]
    if (!topic || next?.pos !== 'NOUN') return false
    const event = classOf(next.lemma)
    return EVENTS.has(event) && event !== topic
  }
}

/** In "two weeks before the Geneva talks" Geneva belongs to the anchor, not to the event. */
function relativePlaces(context: SentenceContext, figure: Raw): string[] | undefined {
  if (!figure.relative) return undefined
  const [from] = segmentBounds(context, figure)
  return [...new Set(mentionsIn(context, from, figure.first).filter((m) => m.place).map((m) => m.name))].sort()
}

export function describeMeasure(context: SentenceContext, figure: Raw): Measured {
  const { dimension, topic } = locate(context, figure)
  const within = (m: { at: number; end: number }) => m.at >= figure.first && m.end <= figure.last && figure.kind !== 'date'
  const segment = context.segmentOf[figure.first]
  const versioned = topic !== undefined && VERSIONED.has(topic.topic)
  // where a plan is discussed does not change it, and a share of a place is about that place
  const placeless = versioned || (dimension === 'share' && topic !== undefined && (isKnownPlace(topic.topic) || context.mentions.some((m) => m.name === topic.topic)))
  const about: MeasureAbout = {
    dimension,
    topic: topic?.topic ?? '',
    places: placeless ? [] : relativePlaces(context, figure) ?? placesAround(context, segment, figure.first, placeOfOtherEvent(context, topic?.topic)),
    // "44 degrees Celsius": a unit written with a capital is no one
    entities: [...new Set(context.mentions.filter((m) => !within(m) && !isReferencePoint(context, m)).map((m) => m.name))].sort(),
    actors: actorsOf(context).filter((name) => !context.mentions.some((m) => m.name === name && (within(m) || isReferencePoint(context, m)))),
  }
  // a share of a thing is offered, demanded or won ("a 4.2% rise" offered is not the 6.5% agreed); a share of a place is held
  const governed = VERB_GOVERNED.has(dimension) || (dimension === 'share' && !placeless)
  // "urged residents not to come to the 540-bed hospital": a count written into its noun is the thing's, whatever the clause does
  const attribute = figure.hyphenated && figure.kind === 'count'
  const verbAt = topic && !topic.frame && governed && !attribute ? governingVerbAt(context, figure) : undefined
  if (verbAt !== undefined) {
    about.verb = verbClass(context.tokens[verbAt].lemma)
    const subject = subjectOf(context, verbAt, figure)
    if (subject) about.subject = subject
  }
  if (topic?.frame?.ofSubject) {
    const owner = ownerOf(context, figure)
    if (owner) about.subject = owner
  }
  // "the airport was shut for 58 hours" and "schools, closed for four days": how long an act went on is its doer's
  if (dimension === 'duration' && topic && !EVENTS.has(topic.topic) && context.tokens[topic.at]?.pos === 'VERB') {
    const subject = subjectOf(context, topic.at, figure)
    if (subject) about.subject = subject
  }
  if (topic?.frame?.ofPlace && /^['’]s$/.test(context.tokens[figure.first - 1]?.text ?? '')) {
    const owner = context.mentions.find((m) => m.end === figure.first - 1)
    if (owner) about.places = [owner.name]
  }
  if (figure.kind === 'time') {
    if (figure.zone) about.zone = figure.zone
    const moment = timeMoment(context, figure)
    if (moment) about.moment = moment
  }
  if (topic?.frame?.tally) about.tally = true
  // "the community centre took in 1,100 evacuees": what one place gave room to is its part of the running count
  if (topic?.frame?.tally && !about.by) {
    const host = hostOf(context, figure)
    if (host) about.by = host
  }
  if (topic?.frame?.lastResort) {
    // "Spain sent 240 firefighters": a named party's share of the count
    const verb = governingVerbAt(context, figure)
    const by = verb !== undefined && verb < figure.first ? subjectOf(context, verb, figure) : undefined
    if (by && context.mentions.some((m) => m.name === by)) about.by = by
  }
  // a plan's levels are its versions; any other thing's are the level it left and the one it reached
  const level = figure.role ? (figure.role === 'before' ? 'from' : 'to') : changeLevel(context.tokens, figure)
  // a time of day is no level ("the curfew runs from 10pm to 6am")
  if (!versioned && level && figure.kind !== 'time') about.stage = level
  // "Two people had already died: …", in a report of the toll's new level, is the level it left
  else if (about.tally && hadAlready(context, figure)) about.stage = 'from'
  if (isProposed(context, figure) && !DECLARED.has(about.topic)) about.proposed = true
  if (isPossibility(context, figure)) about.possible = true
  // "will cut 900 jobs": a verb the frame is named by says what is counted, not that a level moved
  // ("97 homes were lost": a passive verb the frame is named by, after the figure, too)
  const cue = context.tokens[figure.first - 1]?.lemma
  const unitAt = context.tokens[figure.last]?.pos === 'NOUN' ? figure.last + 1 : figure.last
  const passive = context.tokens[unitAt]?.lemma === 'be' ? context.tokens[unitAt + 1]?.lemma : undefined
  const framedBy = (lemma: string | undefined) => lemma !== undefined && topic?.frame?.cues?.includes(lemma) === true
  if (isChange(context, figure) && !framedBy(cue) && !framedBy(passive)) about.change = true
  if (topic?.frame?.tally && isIncrement(context.tokens, figure)) about.change = true
  const compared = comparedAmount(context.tokens, figure)
  if (compared) about.change = true
  // "revenue rose 3.1% to €8.4bn, helped by prices": a change is the changing verb's, whatever verb stands near
  if (about.change) {
    delete about.verb
    delete about.subject
    const direction = compared ?? directionOf(context.tokens, figure)
    if (direction) about.direction = direction
  }
  if (versioned) {
    const version = versionOf(context, figure, topic.at)
    if (version) about.version = version
  }
  // "the EU's own peace plan": a party's own document is another than the one the story is about
  if (ofAnotherOccurrence(context, figure)) about.other = true
  if (topic?.document) about.document = context.tokens.slice(Math.max(0, topic.at - OWN_REACH), topic.at).some((token) => token.lower === 'own') ? `own ${topic.document}` : topic.document
  const variant = topic && !topic.frame?.tally ? variantOf(context.tokens, topic.at) : undefined
  if (variant) about.variant = variant
  if (dimension === 'share' && !placeless) {
    const [from, to] = context.parts[segment] ?? [0, context.tokens.length]
    // "Naidu won with 47.9% of the vote": the one party a sentence names holds its share
    const holder = holderIn(context, from, to, figure.first) ?? (about.actors.length === 1 && topic?.frame ? about.actors[0] : undefined)
    if (holder) about.holder = holder
  } else if (dimension === 'share') {
    const [from, to] = context.parts[segment] ?? [0, context.tokens.length]
    // "no longer under the rebels' control" is held by someone else, unnamed
    const holder = denied(context.tokens, from, to) ? undefined : holderIn(context, from, to, figure.first)
    if (holder) about.holder = holder
    else if (denied(context.tokens, from, to)) about.holder = 'someone else'
    // "wants troops out of the 25% still held by Ankara": a share of a place someone holds is a fact the demand is about
    if (about.holder) delete about.proposed
  }
  if (dimension === 'age') {
    // an age is of someone: with no one next to it, it cannot be checked
    const holder = ageHolder(context, figure)
    // "the nearly four-year-old war", "the war, now almost four years old": an event's age is how long it has lasted
    if (holder && EVENTS.has(holder)) {
      about.dimension = 'duration'
      about.topic = holder
      return { about, measure: measureLabel(about, figure.unit), unit: figure.unit }
    }
    if (holder) about.holder = holder
    else about.topic = ''
    return { about, measure: about.topic ? `age of ${holder}` : 'age of someone unnamed', unit: figure.unit }
  }
  const unit = figure.kind === 'ordinal' && about.topic ? `${figure.unit}-of-${about.topic}` : figure.unit
  return { about, measure: measureLabel(about, figure.unit, topic?.frame), unit }
}

