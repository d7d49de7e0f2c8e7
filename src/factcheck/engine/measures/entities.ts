/**
 * Named entities of a sentence, from the tagger's proper nouns: people, organisations and places, with
 * titles, calendar words and abbreviations left out, places resolved through the gazetteer (a demonym or a
 * code is its country), and the other names an entity goes by (a person by surname, "Ashby County" as
 * "Ashby").
 */
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import type { Token } from '../sentences/tokens'
import { ADDRESSING_VERBS, CALENDAR_WORDS, DROPPED_HEADS, HEADLINE_LABELS, LOCATIVE_PREPOSITIONS, NAME_HEADS, NAME_PARTICLES, PLACE_HEADS, TERRITORY_VERBS, TITLES } from '../vocabulary/words'
import { isBroadPlace, placeNamed } from './gazetteer'
import { SYNONYMS } from '../vocabulary/synonyms'
import { TIME_ZONES } from '../figures/vocabulary'

export interface Mention {
  /** Canonical lowercase name: "maria lopez", "united states", "marlow county". */
  name: string
  /** Token range [at, end) in the sentence. */
  at: number
  end: number
  place: boolean
  /** A country or world region: shared by many stories. */
  broad: boolean
}

const TITLE_WORDS = new Set(TITLES)
const CALENDAR = new Set(CALENDAR_WORDS)
const LABELS = new Set(HEADLINE_LABELS)
const HEADS = new Set(NAME_HEADS)
const DROPPED = new Set(DROPPED_HEADS)
const PLACE_HEAD_WORDS = new Set(PLACE_HEADS)
const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS)
const TERRITORY = new Set(TERRITORY_VERBS)
const ADDRESSING = new Set(ADDRESSING_VERBS)
const PARTICLES = new Set(NAME_PARTICLES)

/** A separate tokenizer-only instance answers whether a word is in the model's English vocabulary. */
let lexicon: { nlp: WinkMethods; size: number } | undefined
const commonCache = new Map<string, boolean>()
const COMMON_CACHE_SIZE = 5000

function getLexicon(): { nlp: WinkMethods; size: number } {
  if (!lexicon) {
    const nlp = winkNLP(model, [])
    // words the model has never seen get ids past its vocabulary, so the first unseen word marks its size
    lexicon = { nlp, size: nlp.readDoc('qqzxqvj').tokens().out(nlp.its.uniqueId)[0] as unknown as number }
  }
  return lexicon
}

export function isCommonWord(word: string): boolean {
  const known = commonCache.get(word)
  if (known !== undefined) return known
  const lexicon = getLexicon()
  const id = lexicon.nlp.readDoc(word).tokens().out(lexicon.nlp.its.uniqueId)[0] as unknown as number
  const common = id < lexicon.size
  if (commonCache.size >= COMMON_CACHE_SIZE) commonCache.clear()
  commonCache.set(word, common)
  return common
}

const stopCache = new Map<string, boolean>()

/** "will", "that", "from": the model's English stop words, which say nothing of what a sentence is about. */
export function isStopWord(word: string): boolean {
  const known = stopCache.get(word)
  if (known !== undefined) return known
  const { nlp } = getLexicon()
  const stop = nlp.readDoc(word).tokens().out(nlp.its.stopWordFlag)[0] === true
  if (stopCache.size >= COMMON_CACHE_SIZE) stopCache.clear()
  stopCache.set(word, stop)
  return stop
}

const isCapitalised = (token: Token) => /^[A-Z]/.test(token.text)
/** "Aug.", "Sen.", "Gov.": abbreviations are titles or calendar words, never names; "U.S." is a code. */
const isAbbreviation = (token: Token) => /^[A-Z][a-z]{0,4}\.$/.test(token.text)

/** "Anti-graft", "Ex-mayor", "Cross-border": a capitalised hyphenated word of ordinary parts, or a former title. */
function isOrdinaryCompound(token: Token): boolean {
  const parts = token.lower.split('-')
  if (parts.length < 2 || parts.some((part) => !part)) return false
  if (parts[0] === 'ex' && TITLE_WORDS.has(parts.slice(1).join('-'))) return true
  return parts.every((part) => part.length <= 2 || isCommonWord(part) || PREFIXES.has(part))
}
const PREFIXES = new Set(['anti', 'pro', 'ex', 'non', 'pre', 'post', 'co', 'multi', 'semi', 'self', 'cross', 'counter', 'inter', 'mid'])

function isNameToken(token: Token): boolean {
  if (!isCapitalised(token) || isAbbreviation(token)) return false
  if (TITLE_WORDS.has(token.lower) || CALENDAR.has(token.lower) || isOrdinaryCompound(token)) return false
  return token.pos === 'PROPN' || placeNamed(token.text) !== undefined
}

/** The first word of a sentence, a heading or a list item is capitalised whatever it is. */
function isInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'SYM') return false
    if (tokens[k].text !== ',' && !/^["“‘'(]$/.test(tokens[k].text)) return true
  }
  return true
}

/** Tags of words that name nothing: determiners, pronouns, adverbs, conjunctions. */
const FUNCTION_TAGS = new Set(['DET', 'PRON', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'])

/**
 * A capitalised first word is a name when it is no ordinary word: "Heavy rain", "Officials said" and
 * "Cholera has killed" name nobody. (A surname that is also a word, first in its sentence, is lost.)
 */
function isInitialName(tokens: Token[], at: number, end: number): boolean {
  if (end - at > 1) return true
  // "Most of the staff", "Most residents left": a town may be named like a function word or an adjective, which first
  // in a sentence is that word
  if (placeNamed(tokens[at].text) !== undefined) {
    const next = tokens[at + 1]
    const modifies = tokens[at].pos === 'ADJ' && next !== undefined && (next.pos === 'ADP' || next.pos === 'DET' || (next.pos === 'NOUN' && /^[a-z]/.test(next.text)))
    return !FUNCTION_TAGS.has(tokens[at].pos) && !modifies
  }
  return !isCommonWord(tokens[at].lower) && !isCommonPlural(tokens[at].lower) && !isGerundModifier(tokens, at)
}

/** "Firefighting costs", "Shipping rates": a first word in -ing before a lower-case noun is the noun's modifier. */
const isGerundModifier = (tokens: Token[], at: number) =>
  /[a-z]{3}ing$/.test(tokens[at].lower) && tokens[at + 1]?.pos === 'NOUN' && /^[a-z]/.test(tokens[at + 1].text)

/** WordNet nouns (those with a synonym): "Dockers will get …" names nobody. */
const NOUNS = new Set([...Object.keys(SYNONYMS), ...Object.values(SYNONYMS)])
const isCommonPlural = (word: string) =>
  (/[^s]s$/.test(word) && (NOUNS.has(word.slice(0, -1)) || isCommonWord(word.slice(0, -1)))) || (/ies$/.test(word) && isCommonWord(`${word.slice(0, -3)}y`)) ||
  // "Fishermen", "Firemen"
  (/men$/.test(word) && isCommonWord(`${word.slice(0, -3)}man`))

/** Share of the longer words capitalised in a Title Case heading (its short function words may not be). */
const TITLE_CASE_SHARE = 0.8

/** In a Title Case heading every word is capitalised: only names with an uncommon word or known places count. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^[a-z]/i.test(t.text) && t.text.length > 3)
  // "Cutler Ridge Fire: evacuation orders lifted in Pine Hollow" writes its ordinary words in lower case: not a heading
  return words.length >= 3 && words.filter(isCapitalised).length >= TITLE_CASE_SHARE * words.length
}

/** "European", "Western": adjectives of a region or a people, too broad to tell a story apart, are no entities. */
const ADJECTIVE_ENDING = /(?:an|ean|ian|ese|ish|ic|ern)$/

function mentionOf(tokens: Token[], at: number, end: number, heading: boolean): Mention | undefined {
  const words = tokens.slice(at, end)
  const text = words.map((t) => t.text).join(' ')
  const before = tokens[at - 1]?.lower ?? ''
  const locative =
    LOCATIVE.has(before) || (tokens[at - 1]?.pos === 'DET' && LOCATIVE.has(tokens[at - 2]?.lower ?? '')) ||
    (tokens[at - 1]?.pos === 'VERB' && TERRITORY.has(tokens[at - 1].lemma))
  const place = placeNamed(text) ?? (words.length === 1 ? undefined : placeNamed(words.map((t) => t.text).join('')))
  if (place) {
    // a country or a people acts ("US envoys", "Mexico holds"); a city or region is where, unless it acts ("Ankara says")
    const next = tokens[end]
    // ("handed Oslo four documents": the one given to is a government, not a place)
    const addressed = tokens[at - 1]?.pos === 'VERB' && ADDRESSING.has(tokens[at - 1].lemma)
    const acting = place.kind === 'country' || place.demonym === true || addressed || ['VERB', 'AUX', 'ADV', 'PART'].includes(next?.pos ?? '')
    return { name: place.name, at, end, place: locative || !acting, broad: isBroadPlace(place.name) }
  }
  const name = words.map((t) => t.lower).join(' ')
  // "X", "C", "ET": initials, units and share buttons are no names
  if (!/[a-z]/.test(name) || name.replace(/[^a-z]/g, '').length < 3) return undefined
  const common = words.every((t) => isCommonWord(t.lower))
  if (heading && common) return undefined
  if (words.length === 1 && common && ADJECTIVE_ENDING.test(name)) return undefined
  const head = words[words.length - 1].lower
  return { name, at, end, place: PLACE_HEAD_WORDS.has(head) || locative, broad: false }
}

/** Entity mentions of a sentence's tokens [from, to), in order. */
/** "14:20 GMT", "10pm ET": a time zone's capitals after a time of day name no one. */
function timeZoneAt(tokens: Token[], i: number, end: number): boolean {
  return end === i + 1 && tokens[i].text === tokens[i].text.toUpperCase() && TIME_ZONES[tokens[i].lower] !== undefined && /\d|[ap]\.?m\.?$/i.test(tokens[i - 1]?.text ?? '')
}

export function findMentions(tokens: Token[], from = 0, to = tokens.length): Mention[] {
  const mentions: Mention[] = []
  const heading = isTitleCase(tokens)
  let i = Math.max(0, from)
  const stop = Math.min(to, tokens.length)
  while (i < stop) {
    if (!isNameToken(tokens[i])) {
      i++
      continue
    }
    let end = i + 1
    for (;;) {
      if (end < stop && isNameToken(tokens[end])) end++
      // a particle joins two names ("Vale de Moinhos"); "of" only after a head word ("Bank of England")
      else if (end + 1 < stop && PARTICLES.has(tokens[end].text) && isNameToken(tokens[end + 1]) && (tokens[end].text !== 'of' || HEADS.has(tokens[end - 1].lower))) end += 2
      else break
    }
    const label = (end === i + 1 && tokens[end]?.text === ':' && LABELS.has(tokens[i].lower)) || timeZoneAt(tokens, i, end)
    // "the Environment Secretary", "the Health Minister": a common word before a title is the title's, not a name
    const office =
      end === i + 1 && TITLE_WORDS.has(tokens[end]?.lower ?? '') && /^[A-Z][a-z]+$/.test(tokens[i].text) && isCommonWord(tokens[i].lower) && placeNamed(tokens[i].text) === undefined
    if (!label && !office && (!isInitial(tokens, i) || isInitialName(tokens, i, end))) {
      const mention = mentionOf(tokens, i, end, heading)
      if (mention) mentions.push(mention)
    }
    i = end
  }
  return mentions
}

const namesCache = new Map<string, string[]>()

/**
 * The names an entity goes by: its own, a person's surname ("maria lopez" → "lopez"), a named place
 * without its head word ("marlow county" → "marlow"). Two entities are one when their names meet.
 */
export function namesOf(name: string): string[] {
  const cached = namesCache.get(name)
  if (cached) return cached
  const words = name.split(' ')
  const names = [name]
  if (words.length > 1) {
    const head = words[words.length - 1]
    if (DROPPED.has(head)) {
      names.push(words.slice(0, -1).join(' '))
    } else if (HEADS.has(head)) {
      if (PLACE_HEAD_WORDS.has(head)) names.push(words.slice(0, -1).join(' '))
    } else if (!placeNamed(name)) {
      names.push(head)
    }
  }
  if (namesCache.size > 20_000) namesCache.clear()
  namesCache.set(name, names)
  return names
}

/**
 * Whether two names surely name one entity, as a conflict needs: equal, or one is the other's short name
 * ("lopez" for "maria lopez", "marlow" for "marlow county") and that short name is no ordinary word. Two
 * full names sharing a surname ("maria lopez", "juan lopez") or a last word ("harlow logistics", "brevant
 * logistics") are not one.
 */
export function surelySameEntity(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return namesOf(long).includes(short) && (short.includes(' ') || !isCommonWord(short))
}

/** Whether two entity names name one entity. */
export function sameEntity(a: string, b: string): boolean {
  if (a === b) return true
  const other = namesOf(b)
  return (
    namesOf(a).some((name) => other.includes(name) || other.some((theirs) => spelledAlike(name, theirs))) ||
    isAcronymOf(a, b) || isAcronymOf(b, a) || isAdjectiveOf(a, b) || isAdjectiveOf(b, a)
  )
}

/** Names this long at least may have an adjective of their own. */
const ADJECTIVE_BASE = 5

/** "the Crimean peninsula" is Crimea's, "Anatolian towns" Anatolia's: a place name in -a and its adjective in -an. */
function isAdjectiveOf(adjective: string, name: string): boolean {
  return name.length >= ADJECTIVE_BASE && name.endsWith('a') && !name.includes(' ') && adjective === `${name}n`
}

/** Long single names this alike are one name in two transliterations ("zelinsky", "zelinskyy", "zelinskiy"). */
const ALIKE_LENGTH = 7
const ALIKE_PREFIX = 5

function spelledAlike(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ') || Math.min(a.length, b.length) < ALIKE_LENGTH || a.slice(0, ALIKE_PREFIX) !== b.slice(0, ALIKE_PREFIX)) return false
  if (Math.abs(a.length - b.length) > 1) return false
  // one letter added, dropped or changed
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)
}

const ACRONYM_SKIPPED = new Set(['of', 'the', 'and', 'for', '&'])

/**
 * "wrc" for "workplace relations commission": the initials of an institution's name (its last word a name head:
 * commission, agency, party), written as one word. A person's initials name no one surely; not enough to refute.
 */
function isAcronymOf(short: string, long: string): boolean {
  if (!/^[a-z]{3,6}$/.test(short)) return false
  const words = long.split(' ').filter((word) => !ACRONYM_SKIPPED.has(word))
  if (words.length !== short.length || !HEADS.has(words[words.length - 1]) || PLACE_HEAD_WORDS.has(words[words.length - 1])) return false
  return words.every((word, i) => word[0] === short[i])
}
