/**
 * Support by value: when no report states the claim's measure as the engine reads it, a report of the same story
 * that states the same amount (after unit conversion) in a sentence repeating the claim's words supports it:
 * "Norway will contribute €400m to the fund" and "…with the remainder from the other governments and €400m from
 * Norway"; "The Arne rose to a record 5.9m" and "the river's peak at Wexby Bridge … 5.9 metres". It never
 * refutes: a different amount under other words may be another thing.
 */
import type { ClaimScope, CorpusFigure, Evidence, Figure } from '../types'
import { VALUE_TOLERANCE, valueScale } from '../corpus/keys'
import { namesOf, sameEntity } from '../measures/entities'
import { isBroadPlace, isKnownPlace } from '../measures/gazetteer'
import { CAPABILITY_WORDS, FUNCTION_WORDS, REQUEST_WORDS } from '../vocabulary/support'
import { CAPACITY_WORDS, PEOPLE_NOUNS } from '../vocabulary/words'
import { FRAMES } from '../vocabulary/frames'
import { endsAsSentence } from '../sentences/debris'
import { capacityAndCount, earlierOccurrence, ofAnotherThing } from './identity'
import { classOf } from '../measures/measure'
import { eventUntold, storyCandidates, unnamedTown } from './sameStory'
import { evidenceOf } from './evidence'

const FUNCTION = new Set(FUNCTION_WORDS)
const CAPABLE = new RegExp(`\\b(?:${[...CAPACITY_WORDS, ...CAPABILITY_WORDS].join('|')})\\b`, 'i')
/**
 * Words are compared without their inflection and by their first letters: "landing" and "landed", "contribute" and
 * "contribution", "closed" and "close", "rescuers" and "rescue".
 */
const STEM_LENGTH = 5
const stem = (word: string) => word.replace(/(?:ings|ing|ers|er|ed|es|s|e)$/, '').slice(0, STEM_LENGTH)

/** A word by its class when the vocabulary knows it ("homes" and "houses", "probe" and "investigation"), else its stem. */
export function canonical(word: string): string {
  for (const form of [word, word.replace(/ies$/, 'y'), word.replace(/s$/, ''), word.replace(/es$/, '')]) {
    const known = classOf(form)
    if (known !== form) return stem(known)
  }
  return stem(word)
}

/**
 * Content words of a text, stemmed: no function words, no numbers, nothing shorter than four letters; `common`: only
 * words written in lower case (the names a claim shares with a report are the story's, not what it says of it).
 */
export function contentWords(text: string, { common = false, names = [] }: { common?: boolean; names?: string[] } = {}): Set<string> {
  const words = String(text).match(/[A-Za-z\u00c0-\u024f]+/g) ?? []
  // a sentence's first word is capitalised whatever it is: a name only when one of the names has it ("Flood water …")
  const named = (word: string, i: number) => i > 0 || !/^\s*[A-Z\u00c0-\u00de]/.test(text) || names.some((name) => name.split(' ').includes(word.toLowerCase()))
  return new Set(
    words
      .filter((word, i) => !(common && /^[A-Z\u00c0-\u00de]/.test(word) && named(word, i)))
      .map((word) => word.toLowerCase())
      .filter((word) => word.length >= 4 && !FUNCTION.has(word))
      .map(canonical),
  )
}

/** Share of the claim's content words a quote repeats that the claim needs: fewer for a distinctive amount. */
const WORDS_NEEDED = 0.5
const WORDS_NEEDED_DISTINCT = 0.25

const REQUESTING = new RegExp(`\\b(?:${REQUEST_WORDS.join('|')})`, 'i')

/** Asked for or offered ("seeking $4.5m", "a $4.5m appeal", "offered 4.2%"), as against done. */
const asked = (figure: Figure, sentence: string) => Boolean(figure.about.proposed) || REQUESTING.test(sentence)

/** Significant digits from which an amount is hard to state by chance. */
const DISTINCT_DIGITS = 4

/** Significant digits of an amount: "64,812" has five, "41.2k" three, "€400m" one; a date none (its day is common). */
function significantDigits(figure: Figure): number {
  if (figure.kind === 'date') return 0
  return String(Math.abs(figure.value)).replace(/e.*$/, '').replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '').length
}

/**
 * Share of the claim's own words the quote must repeat: half; a quarter for an amount of three significant digits
 * (hard to state by chance); none for four or more ("64,812 fans" and "64,812 spectators" in one story are one crowd).
 */
function wordsNeeded(figure: Figure): number {
  const digits = significantDigits(figure)
  return digits >= DISTINCT_DIGITS ? 0 : digits === 3 ? WORDS_NEEDED_DISTINCT : WORDS_NEEDED
}

function sameValue(figure: Figure, candidate: CorpusFigure): boolean {
  const mine = valueScale(figure)
  const theirs = valueScale(candidate)
  if (!mine || !theirs || mine.scale !== theirs.scale) return false
  if (mine.scale === 'date') return figure.iso!.from.slice(-5) === candidate.iso!.from.slice(-5) && (figure.unit !== 'day' || candidate.unit !== 'day' || figure.value === candidate.value)
  const [aMin, aMax, a] = [figure.min, figure.max, figure.value].map(mine.on)
  const [bMin, bMax, b] = [candidate.min, candidate.max, candidate.value].map(theirs.on)
  if (!(aMin <= bMax && bMin <= aMax)) return false
  // the same amount, give or take rounding in a conversion; a hedged one ("about 19 feet", "nearly 50") a little more
  const tolerance = figure.qualifier || candidate.qualifier ? VALUE_TOLERANCE : figure.unit === candidate.unit ? 1e-9 : EXACT_TOLERANCE
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b))
}

/** Two amounts in different units this close are one stated twice, rounded in the conversion ("160 km" and "99.4 miles"). */
const EXACT_TOLERANCE = 0.02

/** "200mm of rain in 24 hours", "within 48 hours": a window in which another figure was reached, not a figure of its own. */
const WINDOW_BEFORE = /\b(?:in|within|over|inside)\s+(?:the\s+|just\s+|only\s+|a\s+)?$/i
const isWindow = (figure: Figure, sentence: string) => figure.kind === 'duration' && WINDOW_BEFORE.test(sentence.slice(Math.max(0, figure.start - 20), figure.start))



/** An amount a change started from: "rose to €318m from €291m", "down from 9.6%". */
const startOfChange = (figure: Pick<Figure, 'start'>, sentence: string) => /\bfrom\s+$/i.test(sentence.slice(Math.max(0, figure.start - 8), figure.start))

/** The two figures are of the same kind of statement: a change or a level, asked for or done, held by one party. */
function sameStatement(figure: Figure, sentence: string, candidate: CorpusFigure, claim: { asked: boolean; capable: boolean }): boolean {
  const a = figure.about
  const b = candidate.about
  if (Boolean(a.change) !== Boolean(b.change)) return false
  if (a.holder && b.holder && !sameEntity(a.holder, b.holder)) return false
  if (a.version && b.version && a.version !== b.version) return false
  if (a.variant && b.variant && a.variant !== b.variant) return false
  // a rise is not a fall of the same amount; the level a change left is not the level it reached
  if (a.direction && b.direction && a.direction !== b.direction) return false
  if (b.stage === 'from' && (a.stage === 'to' || a.tally || b.tally)) return false
  // "rose to €318m from €291m in 2025": the amount a change started from is the earlier period's, not the one dated
  if (figure.about.eventDate && startOfChange(candidate, candidate.quote) && !startOfChange(figure, sentence)) return false
  if (claim.asked !== asked(candidate, candidate.quote)) return false
  if (claim.capable !== capable(candidate, candidate.quote)) return false
  if (!sameCounted(figure, sentence, candidate)) return false
  return !capacityAndCount(figure, candidate, sentence)
}

const FRAMED = new Set(FRAMES.map((frame) => frame.measure))
const PEOPLE = new Set(PEOPLE_NOUNS)

/**
 * A count of people by what happened to them ("nine people were rescued") is not a count of things ("nine air
 * tankers"): the other count must be of the same frame, of people, or of a noun the claim writes. A count of a thing
 * ("240 water-bombing aircraft") is not supported by a count of another noun in a sentence that counts the claim's
 * thing apart ("850 firefighters, supported by 240 vehicles and 12 water-bombing aircraft"): there the same amount is
 * of another thing. Elsewhere two nouns may name one group ("two envoys", "two representatives").
 */
function sameCounted(figure: Figure, sentence: string, candidate: CorpusFigure): boolean {
  if (figure.kind !== 'count' || candidate.kind !== 'count') return true
  const topic = figure.about.topic.split('/')[0]
  if (candidate.about.topic.split('/')[0] === topic) return true
  const counted = candidate.unit.toLowerCase()
  if (FRAMED.has(topic)) return !counted || PEOPLE.has(counted) || contentWords(sentence).has(canonical(counted))
  const mine = figure.unit.toLowerCase()
  if (!mine || !counted || stem(mine) === stem(counted) || (PEOPLE.has(mine) && PEOPLE.has(counted))) return true
  const theirs = classOf(counted)
  if (theirs === topic || theirs === classOf(mine)) return true
  return !countsApart(candidate, mine)
}

/** A number, written in digits or words, that may count a noun a word or two after it. */
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)$/i
/** Words that may stand between a number and the noun it counts ("12 water-bombing aircraft", "40 more fire engines"). */
const COUNT_REACH = 3

/** Whether the candidate's sentence counts this noun with another number than the candidate's own ("12 … aircraft"). */
function countsApart(candidate: CorpusFigure, noun: string): boolean {
  const target = stem(noun)
  const rest = [candidate.quote.slice(0, candidate.start), candidate.quote.slice(candidate.end)]
  return rest.some((part) => {
    const words = part.split(/\s+/).filter(Boolean)
    return words.some((word, i) => {
      if (stem(word.toLowerCase().replace(/[^a-z\u00c0-\u024f-]+$/, '').replace(/^[^a-z\u00c0-\u024f]+/, '')) !== target) return false
      // back to a number over modifiers only, never across a clause break
      for (let j = i - 1; j >= Math.max(0, i - COUNT_REACH); j--) {
        if (/[,;:.()\u2013\u2014]$/.test(words[j])) return false
        if (NUMBER.test(words[j])) return true
      }
      return false
    })
  })
}

/** The figure's clause: from the punctuation before it to the next punctuation (or `stop`) after it. */
export function clauseOf(figure: Pick<Figure, 'start' | 'end'>, sentence: string, stop = /[,;:.()\u2013\u2014]/): string {
  const before = sentence.slice(0, figure.start).split(/[,;:()\u2013\u2014]/).pop() ?? ''
  const after = sentence.slice(figure.end).split(stop)[0] ?? ''
  return `${before} ${sentence.slice(figure.start, figure.end)} ${after}`
}

/**
 * What a thing can do or hold ("can reach 40 km/h", "a top speed of", "licensed to carry") is not what it did; words
 * after an "and" are another statement's ("reached 44C on Sunday and winds gusting up to 60 km/h").
 */
const capable = (figure: Figure, sentence: string) => CAPABLE.test(clauseOf(figure, sentence, /[,;:.()\u2013\u2014]|\band\b/))

/**
 * A measurement stated exactly for the same day at both figures ("111°F on Sunday", "44C on Sunday"): one reading in
 * other words, whatever the words around it.
 */
function sameDayReading(figure: Figure, candidate: CorpusFigure): boolean {
  const [a, b] = [figure.about, candidate.about]
  // a hedged amount ("about 100°F") is near many readings
  if (figure.qualifier || candidate.qualifier) return false
  if (figure.kind !== 'quantity' || candidate.kind !== 'quantity' || !a.eventDate || !b.eventDate) return false
  return a.eventDate === b.eventDate && a.eventEnd === a.eventDate && b.eventEnd === b.eventDate
}

function overlapWith(claimWords: Set<string>, quote: string): number {
  if (claimWords.size === 0) return 0
  const theirs = contentWords(quote)
  let shared = 0
  for (const word of claimWords) if (theirs.has(word)) shared++
  return shared / claimWords.size
}

/** A sentence without a figure's amount and unit; a count keeps the noun it counts ("40 oral rehydration points"). */
export function withoutAmount(figure: Pick<Figure, 'kind' | 'start' | 'end' | 'text'>, sentence: string): string {
  if (figure.kind === 'count') return sentence
  const at = sentence.slice(figure.start, figure.end) === figure.text ? figure.start : sentence.indexOf(figure.text)
  return at < 0 ? sentence : `${sentence.slice(0, at)} ${sentence.slice(at + figure.text.length)}`
}

/**
 * A person's name: of two words or more, no place, and going by its last word ("maria lopez" → "lopez"), as a
 * named place, event or body headed by its kind does not ("thornfold bridge", "bank of england").
 */
const isPerson = (name: string) => name.includes(' ') && !isKnownPlace(name) && namesOf(name).includes(name.slice(name.lastIndexOf(' ') + 1))

/** People named at both figures that anchor them to one moment in place of repeated words. */
const PEOPLE_ANCHORS = 2

/**
 * How many people the claim's sentence names that the candidate's sentence names too: "Harkova sat facing Vosberg
 * and Brandlin for 360 minutes" and "six hours of discussions between Vosberg, Brandlin and Harkova" are one meeting
 * in other words. Places and bodies are no anchors: many sentences of a story name its town and its fire service.
 */
function sharedPeople(figure: Figure, candidate: CorpusFigure): number {
  // a count of their things ("two meetings", "two aides") may be another count of the same people's
  if (figure.kind === 'count') return 0
  return figure.about.entities.filter((mine) => candidate.about.entities.some((theirs) => sameEntity(mine, theirs) && (isPerson(mine) || isPerson(theirs)))).length
}

/**
 * A claim whose sentence and context name only a country or a region is supported only by a sentence that repeats
 * nearly all its words, and at least this many ("two carriages overturned onto an embankment"): a same small number
 * somewhere in a country is otherwise anyone's.
 */
const BROAD_WORDS_NEEDED = 0.75
const BROAD_MIN_WORDS = 3

/** Content words of a figure's clause a long sentence's overlap may be measured on instead, and at least this many. */
const CLAUSE_MIN_WORDS = 3

/** Supporting evidence by value for a claim figure the measure lookup left without evidence; empty when none. */
export function supportByValue(figure: Figure, candidates: CorpusFigure[], scope: ClaimScope, sentence = figure.text): Evidence[] {
  // about nothing specific, a same number could be anyone's unless the words are repeated nearly all
  const broad = [...figure.about.entities, ...scope.story].every(isBroadPlace)
  if (isWindow(figure, sentence)) return []
  const claim = { asked: asked(figure, sentence), capable: capable(figure, sentence) }
  const same = candidates.filter((candidate) => sameValue(figure, candidate) && endsAsSentence(candidate.quote) && sameStatement(figure, sentence, candidate, claim))
  if (same.length === 0) return []
  const inStory = storyCandidates(figure, scope, same)
  const names = [...figure.about.entities, ...scope.story]
  const claimWords = contentWords(withoutAmount(figure, sentence), { common: true, names })
  if (broad && claimWords.size < BROAD_MIN_WORDS) return []
  // a long sentence says several things: the words of the figure's own clause may be the ones repeated
  const clauseWords = contentWords(withoutAmount(figure, clauseOf(figure, sentence)), { common: true, names })
  const clause = !broad && clauseWords.size >= CLAUSE_MIN_WORDS && clauseWords.size < claimWords.size ? clauseWords : undefined
  const needed = broad ? BROAD_WORDS_NEEDED : wordsNeeded(figure)
  const evidence: Evidence[] = []
  for (const candidate of inStory) {
    // a running tally reported after the claim's date did not stand then
    if (scope.date && candidate.sourceDate && candidate.sourceDate > scope.date && (figure.about.tally || candidate.about.tally)) continue
    if (earlierOccurrence(figure, candidate) || unnamedTown(figure, candidate) || eventUntold(sentence, candidate) || ofAnotherThing(figure, sentence, candidate)) continue
    const theirs = withoutAmount(candidate, candidate.quote)
    const overlap = Math.max(overlapWith(claimWords, theirs), clause ? overlapWith(clause, theirs) : 0)
    if (overlap < needed && (broad || (sharedPeople(figure, candidate) < PEOPLE_ANCHORS && !sameDayReading(figure, candidate)))) continue
    evidence.push(evidenceOf(candidate, 'supports'))
  }
  return evidence
}
