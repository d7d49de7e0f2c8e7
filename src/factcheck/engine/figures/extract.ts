/** Sentence tokens → figures: value or interval, unit, qualifier, change-pattern role. */
import type { FigureKind, IsoSpan } from '../types'
import type { Token } from '../sentences/tokens'
import { DASHES, isChange, lowerAt, parseFold, parseNumber, type ParsedNumber } from './numbers'
import { intervalFor, qualifierAfter, qualifierBefore, statedPrecision, type Qualifier } from './qualifiers'
import { convertInterval, currencyPhraseAt, currencyWord, currencyWordAt, dimensionOf, dollarCountryAt, gluedTo, unitAt, wordUnit } from './units'
import { agoSpan, findDates, yearSpan, type DateOrder, type DateSpan } from './dates'
import { findTimes, TIME_UNIT, type TimeSpan } from './times'
import {
  AGE_WORDS, AGO_REFERENCE_WORDS, BELOW_ZERO, CHANGE_WORDS, COMPARED_WITH, COMPOUND_TAILS, COUNT_MODIFIERS, CURRENCY_SYMBOLS,
  CURRENCY_WORDS, DOCUMENT_NOUNS, DOLLAR_PREFIXES, FRACTION_CHARACTERS, FRACTION_WORDS, GLUED_COINS, IRREGULAR_PLURALS, LASTING_VERBS,
  COUNT_BETWEEN, GIVING_VERBS, MULTIPLE_FOLLOWERS, MULTIPLE_WORDS, NAME_BEFORE_NUMBER, NEGATIVE_SIGNS, NUMBER_PREFIXES, NUMBER_WORDS,
  ORDINAL_UNITS, ORDINAL_WORDS, RATE_WORDS, RELATIVE_AFTER, SCORE_NOUNS, TENS_WORDS, TIME_OF_DAY, VAGUE_AMOUNTS,
  WEIGHT_POUNDS, YEAR_DETERMINERS, YEAR_PREPOSITIONS,
} from './vocabulary'

/** The value and unit as the sentence writes them (scale words applied, no conversion). */
export interface StatedValue {
  /** A number, or [low, high] for a range. Fractions of a whole stay fractions ("half" → 0.5). */
  value: number | [number, number]
  /** The engine's unit name; null for counts and plain numbers. */
  unit: string | null
}

/** A figure before its measure is known. Token indices refer to the sentence's tokens. */
export interface RawFigure {
  text: string
  start: number
  end: number
  /** Token range [first, last) of the whole figure, qualifier included. */
  first: number
  last: number
  /** Token index of the unit word (the counted noun for counts). */
  unitAt: number
  value: number
  min: number
  max: number
  unit: string
  kind: FigureKind
  qualifier?: Qualifier
  /** "20-point plan", "five-hour talks": the figure describes the noun that follows. */
  hyphenated: boolean
  /** State in a change pattern: "cut from 28 (before) to 20 (after) points". */
  role?: 'before' | 'after'
  /** Relative spans: "two weeks ago/before" (lead), "five hours later/after" (lag). */
  relative?: 'lead' | 'lag'
  iso?: IsoSpan
  /** A number with no unit or counted noun ("the toll rose to 47"): kind 'count', unit ''. */
  bare?: true
  /** What the sentence wrote, for scoring against gold written the same way. */
  stated?: StatedValue
  /** Dimension of the unit: 'time', 'length', 'area', 'currency', 'ratio', 'count', 'time-of-day', ... */
  dimension?: string
  /** Of a time of day: the zone written after it (figures/times.ts). */
  zone?: string
}

export interface FigureOptions {
  /** How numeric dates such as 08/10/2025 are read; decided per document (see decideDateOrder). */
  dateOrder?: DateOrder
  /** Also return bare numbers (`bare: true`), for callers that anchor them on the noun or verb they complete. */
  bare?: boolean
}

interface UnitReading {
  unit: string
  kind: FigureKind
  discrete: boolean
  unitAt: number
  end: number
  hyphenated: boolean
  dimension: string
}

const YEAR = /^(?:1\d|20)\d\d$/
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/
/** "By Monday 850 firefighters": a day's name before a number is no model name ("Boeing 737"). */
const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/
const SCORE = /^(\d{1,2})[-–](\d{1,2})$/
const PREFIXED_NUMBER = /^([A-Za-z]+)-(\d+(?:\.\d+)?)$/
/** How far after an ordinal its noun may be: "their third Atlantic Cup title". */
const ORDINAL_REACH = 5
/** How far from "points" the document they belong to may be named ("The plan was cut from 28 to 20 points"). */
const DOCUMENT_REACH = 12
/** Words between an amount and its rate: "barrels of crude oil a day". */
const OF_PHRASE_REACH = 3
/** "2 hours, 5 minutes and 30 seconds" has three parts; no amount is written in more. */
const MAX_COMPOUND_PARTS = 3

function reading(unit: string, kind: FigureKind, unitAt: number, end: number, dimension: string, hyphenated = false): UnitReading {
  return { unit, kind, discrete: kind === 'count', unitAt, end, hyphenated, dimension }
}

/** "20-point", "five-hour", "34-year-old", "four-year-long": the unit glued by a hyphen. */
function hyphenUnit(tokens: Token[], j: number): UnitReading | undefined {
  const next = tokens[j + 1]
  if (!DASHES.has(lowerAt(tokens, j)) || !next || !/^[a-z]+$/i.test(next.text) || /^[A-Z]/.test(next.text)) return undefined
  let end = j + 2
  if (DASHES.has(lowerAt(tokens, end)) && COMPOUND_TAILS.has(lowerAt(tokens, end + 1))) end += 2
  const known = wordUnit(next.lower)
  if (known) return reading(known.unit, known.kind, j + 1, end, dimensionOf(known.unit) ?? 'count', true)
  if (next.pos === 'NOUN') return reading(next.lemma, 'count', j + 1, end, 'count', true)
  return undefined
}

/** What follows the number: a unit from the vocabulary, a multiple, or the counted noun. */
function readUnit(tokens: Token[], j: number): UnitReading | undefined {
  const hyphen = hyphenUnit(tokens, j)
  if (hyphen) return hyphen
  const unit = unitAt(tokens, j)
  if (unit) return reading(unit.unit, unit.kind, j, unit.end, unit.dimension)
  // "a full day late", "two whole weeks", "33 consecutive hours": a word of wholeness before a unit of time
  const whole = WHOLE_WORDS.has(lowerAt(tokens, j)) ? unitAt(tokens, j + 1) : undefined
  if (whole?.kind === 'duration') return reading(whole.unit, whole.kind, j + 1, whole.end, whole.dimension)
  // "three times higher", "12 times earnings"; "met three times", "three times a day" count occasions
  const afterTimes = tokens[j + 1]?.pos === 'ADJ' ? tokens[j + 2] : tokens[j + 1]
  if (lowerAt(tokens, j) === 'times' && (MULTIPLE_FOLLOWERS.has(lowerAt(tokens, j + 1)) || afterTimes?.pos === 'NOUN')) {
    return reading('x', 'quantity', j, j + 1, 'multiple')
  }
  let k = j
  while (k < j + 2 && (COUNT_MODIFIERS.has(lowerAt(tokens, k)) || tokens[k]?.pos === 'ADJ')) k++
  if (!countedNoun(tokens, k)) k = describedNoun(tokens, j) ?? namedNoun(tokens, k) ?? k
  if (countedNoun(tokens, k)) {
    // "250,000 vaccine doses" count doses: the head is the last noun of the compound
    let head = k
    for (let steps = 0; steps < 2 && tokens[head].lemma === tokens[head].lower; steps++) {
      if (tokens[head + 1]?.pos === 'NOUN' && /^[a-z]/.test(tokens[head + 1].text)) head++
      // "240 water-bombing aircraft": a hyphenated modifier before the head
      else if (DASHES.has(lowerAt(tokens, head + 1)) && gluedTo(tokens, head + 1) && gluedTo(tokens, head + 2) && /^[a-z]+$/.test(tokens[head + 2]?.text ?? '') && countedNoun(tokens, head + 3)) head += 3
      else break
    }
    return reading(tokens[head].lemma, 'count', head, head + 1, 'count')
  }
  return undefined
}

/** "87,000 Keld hospital patients", "200 Tesla workers": a name describing the plural noun the number counts. */
function namedNoun(tokens: Token[], k: number): number | undefined {
  let at = k
  while (at < k + NAME_REACH && tokens[at]?.pos === 'PROPN' && !MONTHS.test(tokens[at].lower)) at++
  if (at === k) return undefined
  // the compound's head is its last noun: "Keld hospital patients"
  while (countedNoun(tokens, at) && countedNoun(tokens, at + 1)) at++
  return countedNoun(tokens, at) && plural(tokens[at]) ? at : undefined
}
const NAME_REACH = 2

/** "a full day late", "33 consecutive hours", "three straight days": words before a unit of time that leave it one. */
const WHOLE_WORDS = new Set(['full', 'whole', 'entire', 'consecutive', 'straight', 'successive', 'solid'])

/** A common noun that a number may count (not a month: "3 May"). */
function countedNoun(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'NOUN' && /^[a-z]/i.test(tokens[k].text) && !MONTHS.test(tokens[k].lower)
}

const plural = (token: Token | undefined) => token !== undefined && (token.lemma !== token.lower || IRREGULAR_PLURALS.has(token.lower))
/** "suspected", "confirmed", "displaced": a participle describing the counted noun. */
const participle = (token: Token | undefined) => token?.pos === 'VERB' && /[a-z]ed$/.test(token.text) && token.lemma !== token.lower
const describing = (token: Token | undefined) => token !== undefined && (token.pos === 'ADJ' || COUNT_MODIFIERS.has(token.lower) || participle(token))
/** Words a number's description may run to: "suspected, probable and confirmed". */
const DESCRIPTION_REACH = 5

/**
 * "2,000 suspected and confirmed infections", "300 injured or displaced people": words describing a plural noun,
 * participles among them, possibly joined by "and", "or" or a comma. The index of the noun, if one follows.
 */
function describedNoun(tokens: Token[], j: number): number | undefined {
  let k = j
  let described = false
  while (k < j + DESCRIPTION_REACH && describing(tokens[k])) {
    described = true
    k++
    if (/^(?:and|or|,)$/.test(lowerAt(tokens, k)) && describing(tokens[k + 1])) k++
  }
  return described && countedNoun(tokens, k) && plural(tokens[k]) ? k : undefined
}

/** "143 structures were destroyed, 97 of them homes": the part of a whole, and what it is. */
function ofThemUnit(tokens: Token[], j: number): UnitReading | undefined {
  if (lowerAt(tokens, j) !== 'of' || !/^(?:them|which|whom|those)$/.test(lowerAt(tokens, j + 1))) return undefined
  const unit = readUnit(tokens, j + 2)
  return unit && unit.kind === 'count' && !unit.hyphenated && plural(tokens[unit.unitAt]) ? unit : undefined
}

/** "cut from 28 to 20 points": the first value borrows the unit written after the second, and ends at its number. */
function sharedUnit(tokens: Token[], end: number): UnitReading | undefined {
  const joiner = lowerAt(tokens, end)
  if (joiner !== 'to' && joiner !== 'and') return undefined
  const second = parseNumber(tokens, end + 1)
  const unit = second && readUnit(tokens, second.end)
  // "40 and 50 km" share the unit; "40 and 50 people" may count different things
  if (!unit || (joiner === 'and' && unit.kind === 'count')) return undefined
  return { ...unit, end, hyphenated: false }
}

function changeRole(tokens: Token[], start: number): 'before' | 'after' | undefined {
  const previous = lowerAt(tokens, start - 1)
  if (previous === 'to') {
    const fromBefore = [start - 3, start - 4, start - 5].some((k) => lowerAt(tokens, k) === 'from')
    if (CHANGE_WORDS.has(tokens[start - 2]?.lemma ?? '') || fromBefore) return 'after'
  }
  if (previous === 'from' && isChange(tokens, start)) return 'before'
  return undefined
}

const LASTING = new Set(LASTING_VERBS)

/** "for five hours", "lasted five hours", "took five hours": the figure is how long something went on. */
function lastsFor(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1]
  return before !== undefined && (before.lower === 'for' || (before.pos === 'VERB' && LASTING.has(before.lemma)))
}

function relativeAfter(tokens: Token[], end: number): { relative?: 'lead' | 'lag'; end: number } {
  const word = lowerAt(tokens, end)
  if (RELATIVE_AFTER[word]) return { relative: RELATIVE_AFTER[word], end: end + 1 }
  if (word === 'before' || (word === 'prior' && lowerAt(tokens, end + 1) === 'to')) return { relative: 'lead', end }
  if (word === 'after') return { relative: 'lag', end }
  return { end }
}

function spanText(sentence: string, tokens: Token[], first: number, last: number) {
  const start = tokens[first].start
  // the sentence's full stop glued to its last word ("-5°C.") is not part of the figure
  const stop = last === tokens.length && /\w\.$/.test(tokens[last - 1].text) && !/\.\w/.test(tokens[last - 1].text) ? 1 : 0
  const end = tokens[last - 1].end - stop
  return { text: sentence.slice(start, end), start, end }
}

function readOrdinal(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  const word = tokens[i].lower
  const value = ORDINAL_WORDS[word] ?? (/^(\d+)(?:st|nd|rd|th)$/.exec(word) ? parseInt(word, 10) : undefined)
  if (value === undefined) return undefined
  // "their third Atlantic Cup title", "a second consecutive term": modifiers before the counted noun
  let at = i + 1
  while (at < i + ORDINAL_REACH && !ORDINAL_UNITS.has(tokens[at]?.lemma ?? '') && /^(?:ADJ|PROPN|NOUN)$/.test(tokens[at]?.pos ?? '')) at++
  const unitWord = tokens[at]?.lemma ?? ''
  if (!ORDINAL_UNITS.has(unitWord)) return undefined
  // "approaches its fourth year": the qualifier sits before the possessive
  const possessive = /^(?:its|their|the|his|her)$/.test(lowerAt(tokens, i - 1)) ? 1 : 0
  const qualifier = qualifierBefore(tokens, i - possessive)
  const [min, max] = intervalFor(value, value, qualifier?.kind, true)
  return {
    ...spanText(sentence, tokens, i, at + 1),
    first: i, last: at + 1, unitAt: at, value, min, max, unit: unitWord, kind: 'ordinal',
    qualifier: qualifier?.kind, hyphenated: false, dimension: 'ordinal',
  }
}

/** A four-digit number read as a year: a date interval, not a count. */
function yearFigure(sentence: string, tokens: Token[], at: number, number: ParsedNumber): RawFigure {
  const from = yearSpan(number.low)
  const to = yearSpan(number.high)
  return {
    ...spanText(sentence, tokens, at, number.end),
    first: at, last: number.end, unitAt: at, value: from.min, min: from.min, max: to.max, unit: 'day', kind: 'date',
    hyphenated: false, iso: { from: from.iso.from, to: to.iso.to }, dimension: 'date',
  }
}

/**
 * "in 2019", "the 2014 annexation", "2014–2022" are years; "2000 soldiers" is a count. A year
 * follows a preposition or determiner, or names no counted noun; a counted noun is plural.
 */
function isYear(tokens: Token[], at: number, number: ParsedNumber, unit: UnitReading | undefined): boolean {
  const years = (value: number, from: number) => Number.isInteger(value) && value >= from && value < 2100
  if (!number.digits || !years(number.low, 1000) || !YEAR.test(tokens[at].text.slice(0, 4))) return false
  if (number.high !== number.low && !years(number.high, 1000)) return false
  if (unit && unit.kind !== 'count') return false
  const before = lowerAt(tokens, at - 1)
  if (YEAR_PREPOSITIONS.has(before) || YEAR_DETERMINERS.has(before)) return true
  // with no preposition, only recent years: "in 1885" is a year, "1885 runners" a count
  if (!years(number.low, 1900)) return false
  if (!unit) return true
  if (unit.hyphenated) return false
  const noun = tokens[unit.unitAt]
  return noun.lemma === noun.lower
}

interface NumberReading {
  number: ParsedNumber
  /** First token of the figure (the currency sign when written first). */
  firstAt: number
  numberAt: number
  /** Currency written before the number ("$", "£", "A$", "USD"). */
  currency?: string
  /** "between 4 and 5": the figure starts at "between". */
  between: boolean
}

/** A currency sign or code written before the number ("$", "A$", "HK" "$", "USD"), and where the number starts. */
function currencyBefore(tokens: Token[], i: number): { currency: string; numberAt: number } | undefined {
  const token = tokens[i]
  if (!token) return undefined
  // "HK$2" is tokenised "HK", "$": read from the prefix, not from the "$"
  if (token.text === '$' && gluedTo(tokens, i) && DOLLAR_PREFIXES[lowerAt(tokens, i - 1)]) return undefined
  const symbol = CURRENCY_SYMBOLS[token.lower]
  if (symbol) return { currency: symbol, numberAt: i + 1 }
  const prefixed = DOLLAR_PREFIXES[token.lower]
  if (prefixed && tokens[i + 1]?.text === '$' && gluedTo(tokens, i + 1)) return { currency: prefixed, numberAt: i + 2 }
  // "USD 5m", "EUR 3bn": codes in capitals
  if (/^[A-Z]{3}$/.test(token.text) && CURRENCY_WORDS[token.lower]) return { currency: CURRENCY_WORDS[token.lower], numberAt: i + 1 }
  return undefined
}

/** The number (or range) starting at token i, with a currency sign before it. */
function readNumberAt(tokens: Token[], i: number): NumberReading | undefined {
  const sign = currencyBefore(tokens, i)
  const numberAt = sign?.numberAt ?? i
  const number = parseNumber(tokens, numberAt, sign !== undefined)
  if (!number) return undefined
  const between = lowerAt(tokens, i - 1) === 'between' && lowerAt(tokens, number.end) === 'and'
  const upperAt = number.end + 1 + (sign && currencyBefore(tokens, number.end + 1) ? sign.numberAt - i : 0)
  const upper = between ? parseNumber(tokens, upperAt, sign !== undefined) : undefined
  const joined = upper && upper.low > number.high ? { ...number, high: upper.high, end: upper.end, range: true } : number
  return { number: joined, firstAt: i, numberAt, currency: sign?.currency, between: joined !== number }
}

/** What the number counts or measures, or undefined for a bare number. */
function readUnitOf(tokens: Token[], read: NumberReading): UnitReading | undefined {
  const { number, numberAt, currency } = read
  if (currency) {
    const country = tokens[numberAt - 1]?.text === '$' ? dollarCountryAt(tokens, number.end) : undefined
    return reading(country?.code ?? currency, 'money', numberAt, country?.end ?? number.end, 'currency')
  }
  const next = lowerAt(tokens, number.end)
  if (next === WEIGHT_POUNDS.word && WEIGHT_POUNDS.before.has(lowerAt(tokens, number.end + 1))) {
    return reading(WEIGHT_POUNDS.unit, 'quantity', number.end, number.end + 1, 'mass')
  }
  const phrase = currencyPhraseAt(tokens, number.end)
  if (phrase) return reading(phrase.code, 'money', phrase.end - 1, phrase.end, 'currency')
  const currencyAfter = currencyWordAt(tokens, number.end)
  if (currencyAfter) return reading(currencyAfter.code, 'money', currencyAfter.end - 1, currencyAfter.end, 'currency')
  // "a 100-million-dollar case"
  const hyphenCurrency = DASHES.has(next) ? currencyWord(lowerAt(tokens, number.end + 1)) : undefined
  if (hyphenCurrency) return reading(hyphenCurrency, 'money', number.end + 1, number.end + 2, 'currency', true)
  const coin = GLUED_COINS[tokens[number.end]?.text.replace(/(?<=.)\.$/, '') ?? '']
  if (coin && gluedTo(tokens, number.end)) return reading(coin, 'money', number.end, number.end + 1, 'currency')
  if (number.fraction) return fractionUnit(tokens, number)
  return readUnit(tokens, number.end) ?? sharedUnit(tokens, number.end) ?? ofThemUnit(tokens, number.end)
}

/** "half of the county", "one in five" are shares; "half an hour" is half of the unit that follows. */
function fractionUnit(tokens: Token[], number: ParsedNumber): UnitReading | undefined {
  const next = lowerAt(tokens, number.end)
  const unit = readUnit(tokens, /^an?$/.test(next) ? number.end + 1 : number.end)
  if (unit && unit.kind !== 'count' && !number.share) return unit
  return reading('percent', 'percent', number.end, number.end, 'ratio')
}

/** Identifiers that hold a number: "Boeing 737", "Route 66", "No. 10", "3M", "7-Eleven", "0800 555 111". */
function isName(tokens: Token[], read: NumberReading, unit: UnitReading | undefined): boolean {
  const { firstAt, number } = read
  if (read.currency) return false
  const token = tokens[firstAt]
  const before = tokens[firstAt - 1]
  const after = tokens[number.end]
  // leading zeros and runs of numbers are codes and phone numbers
  if (/^0\d/.test(token.text) || /^\d/.test(after?.text ?? '') || /^\d/.test(before?.text ?? '')) return true
  // "5.7 per 100,000 residents": the size of the population a rate is given for
  if (before?.lower === 'per') return true
  const measured = unit?.dimension.match(/^(?:ratio|currency|time|length|mass|area|volume|speed|temperature)$/)
  const names = (k: number) => NAME_BEFORE_NUMBER.has(lowerAt(tokens, k)) || NAME_BEFORE_NUMBER.has(tokens[k]?.lemma ?? '')
  if (before && names(firstAt - 1) && !measured) return true
  // "junctions 10 and 11", "Dial 999 or 112", "Call 1-1-1-1 or 42": the second of a list of identifiers
  const listed = tokens[firstAt - 2]
  if (/^(?:and|or|to|,)$/.test(before?.lower ?? '') && /^\d/.test(listed?.text ?? '')) {
    const code = /^\d+(?:[-–]\d+){2,}$/.test(listed.text)
    if (code || names(firstAt - 3) || capitalisedName(tokens, firstAt - 3)) return true
  }
  // "Photo 3 of 12"
  if (before?.lower === 'of' && /^\d/.test(tokens[firstAt - 2]?.text ?? '') && NAME_BEFORE_NUMBER.has(lowerAt(tokens, firstAt - 3))) return true
  if (after && gluedTo(tokens, number.end) && /^[A-Z]/.test(after.text) && !unit) return true
  // "the 737 Max": a bare number before a capitalised word names a model ("3,000 Americans" counts people)
  if (!unit && after && firstAt > 0 && /^[A-Z][a-z]*[^s]$/.test(after.text) && after.pos === 'PROPN') return true
  // "7-Eleven": a number glued to a capitalised word by a hyphen, on either side
  if (DASHES.has(after?.text ?? '') && gluedTo(tokens, number.end + 1) && /^[A-Z]/.test(tokens[number.end + 1]?.text ?? '')) return true
  if (before && DASHES.has(before.text) && gluedTo(tokens, firstAt) && /^[A-Z]/.test(token.text) && /^\d/.test(tokens[firstAt - 2]?.text ?? '')) return true
  // "Boeing 737", "Apollo 11"; but "handed Chile four reports", "cost Peru 2 million lives"
  const oneNumeral = number.digits && number.end === read.numberAt + 1
  if (!before || !oneNumeral || (unit && unit.kind !== 'count')) return false
  // "gives Ostrava 4 more documents", "handed the Ministry 14 reports": the one a verb gives to, and the things counted
  const verbAt = tokens[firstAt - 2]?.pos === 'DET' ? firstAt - 3 : firstAt - 2
  const counted = COUNT_BETWEEN.has(after?.lower ?? '') ? tokens[number.end + 1] : after
  const given = GIVING_VERBS.has(tokens[verbAt]?.lemma ?? '') && counted?.pos === 'NOUN' && /s$/.test(counted.lower)
  return !given && capitalisedName(tokens, firstAt - 1)
}

/** A capitalised name word ("Boeing", "iPhone", "Route" mid-sentence), not a month or a sentence's first common noun. */
function capitalisedName(tokens: Token[], k: number): boolean {
  const word = tokens[k]
  if (!word || !/[A-Z]/.test(word.text) || MONTHS.test(word.lower) || WEEKDAYS.test(word.lower) || !/^[A-Za-z]/.test(word.text)) return false
  return word.pos === 'PROPN' || (k > 0 && word.pos === 'NOUN')
}

/** "3 p.m.", "10 GMT", "(14)" alone, "5 min read": not figures of the story. */
function isFurniture(tokens: Token[], read: NumberReading, unit: UnitReading | undefined): boolean {
  const { firstAt, number } = read
  if (TIME_OF_DAY.has(lowerAt(tokens, number.end))) return true
  if (unit?.kind === 'duration' && lowerAt(tokens, unit.end) === 'read') return true
  return !unit && lowerAt(tokens, firstAt - 1) === '(' && lowerAt(tokens, number.end) === ')'
}

/** "four hours and 50 minutes", "5ft 10in": a second, smaller unit of the same dimension is one amount. */
function compoundTail(tokens: Token[], unit: UnitReading): { add: number; unit: string; end: number } | undefined {
  if (unit.kind === 'count' || unit.kind === 'money' || unit.kind === 'percent' || unit.hyphenated) return undefined
  const joined = /^(?:and|,)$/.test(lowerAt(tokens, unit.end)) ? unit.end + 1 : unit.end
  const number = parseNumber(tokens, joined)
  if (!number || number.range || number.fraction) return undefined
  const tail = unitAt(tokens, number.end)
  if (!tail || tail.dimension !== unit.dimension || tail.unit === unit.unit) return undefined
  const inTail = convertInterval(1, 1, unit.unit, tail.unit)
  if (!inTail || inTail[0] <= 1) return undefined
  return { add: number.low, unit: tail.unit, end: tail.end }
}

/** A rate: "$15 an hour", "300 people per square kilometre", "430,000 a year". */
function rateTail(tokens: Token[], end: number): { per: string; end: number } | undefined {
  // "£1,000-a-month" is tokenised "-", "a-month"
  const hyphenated = DASHES.has(lowerAt(tokens, end)) && /^an?-[a-z]+$/.test(lowerAt(tokens, end + 1))
  if (hyphenated) {
    const per = wordUnit(lowerAt(tokens, end + 1).replace(/^an?-/, ''))
    return per && per.kind === 'duration' ? { per: per.unit, end: end + 2 } : undefined
  }
  if (!RATE_WORDS.has(lowerAt(tokens, end))) return undefined
  const per = unitAt(tokens, end + 1)
  if (!per || per.kind === 'money' || per.kind === 'percent' || per.dimension === 'count') return undefined
  // "3.9% a month earlier" is a time before, not a rate
  if (/^(?:earlier|later|ago|before|after)$/.test(lowerAt(tokens, per.end))) return undefined
  return { per: per.unit, end: per.end }
}

/** "2 million barrels of oil a day", "150 minutes of exercise a week": the rate follows what is measured. */
function rateAfterOf(tokens: Token[], end: number): { per: string; end: number } | undefined {
  if (lowerAt(tokens, end) !== 'of') return undefined
  for (let k = end + 1; k <= end + OF_PHRASE_REACH && /^(?:ADJ|NOUN)$/.test(tokens[k]?.pos ?? ''); k++) {
    const rate = RATE_WORDS.has(lowerAt(tokens, k + 1)) ? rateTail(tokens, k + 1) : undefined
    if (rate) return rate
  }
  return undefined
}

/** "from $3.10 to $3.85 a gallon": the first amount of a change is given per the same unit as the second. */
function rateOfNext(tokens: Token[], unit: UnitReading): { per: string; end: number } | undefined {
  if (lowerAt(tokens, unit.end) !== 'to' || unit.kind === 'count') return undefined
  const next = readNumberAt(tokens, unit.end + 1)
  const nextUnit = next && readUnitOf(tokens, next)
  const rate = nextUnit && nextUnit.unit === unit.unit ? rateTail(tokens, nextUnit.end) : undefined
  // the rate belongs to the second amount's words: the first figure ends where it did
  return rate && { per: rate.per, end: unit.end }
}

/** "450 sq ft to 1,100 sq ft", "−180°C to −150°C": a range with its unit written at both ends. */
function rangeTail(tokens: Token[], unit: UnitReading): { high: number; end: number } | undefined {
  if (!DASHES.has(lowerAt(tokens, unit.end)) && lowerAt(tokens, unit.end) !== 'to') return undefined
  const number = parseNumber(tokens, unit.end + 1)
  const again = number && !number.range && unitAt(tokens, number.end)
  return again && again.unit === unit.unit ? { high: number.low, end: again.end } : undefined
}

/** "a man, 42, was…", "aged 74", "Okafor is 61.": an age, its unit implied. */
function isAge(tokens: Token[], read: NumberReading): boolean {
  const { firstAt, number } = read
  const before = tokens[firstAt - 2]
  if (!number.digits || !Number.isInteger(number.low) || number.low <= 0 || number.high >= 120) return false
  // "aged 74", "aged 11 to 18", "at the age of 19"
  if (AGE_WORDS.has(lowerAt(tokens, firstAt - 1)) || (lowerAt(tokens, firstAt - 1) === 'of' && lowerAt(tokens, firstAt - 2) === 'age')) return true
  if (number.range) return false
  const clauseEnds = /^[,.;]$/.test(lowerAt(tokens, number.end)) || number.end === tokens.length
  // "Ada Okafor is 61."
  if (tokens[firstAt - 1]?.lemma === 'be' && before?.pos === 'PROPN' && clauseEnds) return true
  return lowerAt(tokens, firstAt - 1) === ',' && clauseEnds && before !== undefined && (before.pos === 'PROPN' || before.pos === 'NOUN')
}

/** "a week after", "over a decade": one unit of time, written with the article. */
function oneUnitOfTime(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  if (!/^an?$/.test(tokens[i].lower) || /^(?:once|twice|times)$/.test(lowerAt(tokens, i - 1))) return undefined
  // "a full day late": a word of wholeness before the unit
  const at = WHOLE_WORDS.has(lowerAt(tokens, i + 1)) ? i + 2 : i + 1
  const unit = unitAt(tokens, at)
  if (!unit || unit.kind !== 'duration' || unit.end !== at + 1 || tokens[at].lemma !== tokens[at].lower) return undefined
  // "a second consecutive term" is an ordinal
  if (tokens[at].lower in ORDINAL_WORDS && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[at + 1]?.pos ?? '')) return undefined
  const half = halfAfter(tokens, unit.end)
  const value = half ? 1.5 : 1
  const read = reading(unit.unit, unit.kind, at, half ?? unit.end, unit.dimension)
  return measuredFigure(sentence, tokens, { first: i, numberAt: i, low: value, high: value, unit: read, stated: { value, unit: unit.unit } })
}

/** "an hour and a half", "three years and a half": the token after the half, if one follows the unit. */
function halfAfter(tokens: Token[], end: number): number | undefined {
  return lowerAt(tokens, end) === 'and' && lowerAt(tokens, end + 1) === 'a' && lowerAt(tokens, end + 2) === 'half' ? end + 3 : undefined
}

/** "twice its rival's haul", "roughly double the rate" (the verb "doubled" is a change, not a figure). */
function multipleWord(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  const value = MULTIPLE_WORDS[tokens[i].lower]
  if (value === undefined || tokens[i].pos === 'VERB' || /^(?:a|an|the)$/.test(lowerAt(tokens, i - 1))) return undefined
  if (/^(?:a|an|per|-|–|digits?)$/.test(lowerAt(tokens, i + 1))) return undefined
  return measuredFigure(sentence, tokens, { first: i, numberAt: i, low: value, high: value, unit: reading('x', 'quantity', i, i + 1, 'multiple'), stated: { value, unit: 'x' } })
}

interface Measured {
  first: number
  numberAt: number
  low: number
  high: number
  unit: UnitReading
  stated: StatedValue
  vague?: boolean
  between?: boolean
}

/** A figure from its value and unit: relative spans, qualifiers and the interval the wording allows. */
function measuredFigure(sentence: string, tokens: Token[], measured: Measured): RawFigure | undefined {
  const { unit, stated } = measured
  let { low, high } = measured
  const leading = measured.between ? undefined : qualifierBefore(tokens, measured.first)
  // "flew for five hours before landing", "lasted 11 hours before collapsing": a length of time, not a lead
  const relative = unit.kind === 'duration' && !lastsFor(tokens, leading?.start ?? measured.first) ? relativeAfter(tokens, unit.end) : { end: unit.end }
  let figureUnit = unit.unit
  if (relative.relative) {
    // relative spans compare in days: "two weeks ago" ~ "14 days before"
    ;[low, high] = convertInterval(low, high, figureUnit, 'day') ?? [low, high]
    figureUnit = 'day'
  }
  const trailing = qualifierAfter(tokens, relative.end)
  const qualifier = leading?.kind ?? trailing?.kind
  const first = leading?.start ?? (measured.between ? measured.first - 1 : measured.first)
  const last = trailing?.end ?? relative.end
  const written = tokens.slice(measured.numberAt, unit.end).find((token) => /\d/.test(token.text))?.text ?? ''
  const [min, max] = measured.vague ? [low, high] : intervalFor(low, high, qualifier, unit.discrete, statedPrecision(written))
  // A number of hundreds of digits overflows to Infinity, which compares with nothing and is null in JSON.
  if (![low, high, min, max].every(Number.isFinite)) return undefined
  const { text, start, end } = spanText(sentence, tokens, first, last)
  return {
    text, start, end, first, last, unitAt: unit.unitAt, value: low, min, max, unit: figureUnit, kind: unit.kind, qualifier,
    hyphenated: unit.hyphenated, role: changeRole(tokens, first), relative: relative.relative, stated,
    dimension: unit.dimension,
  }
}

/** The unit as the gold writes it: counted nouns have none; points are a unit when they score. */
function statedUnit(tokens: Token[], unit: UnitReading, asShare: boolean): string | null {
  if (asShare) return null
  if (unit.unit === 'point') {
    const word = tokens[unit.unitAt]?.lower ?? ''
    const nearDocument = tokens.slice(Math.max(0, unit.unitAt - DOCUMENT_REACH), unit.unitAt + DOCUMENT_REACH).some((t) => DOCUMENT_NOUNS.has(t.lemma))
    const scored = unit.hyphenated ? SCORE_NOUNS.has(lowerAt(tokens, unit.end)) : word.startsWith('point') && !nearDocument
    return scored ? 'point' : null
  }
  return unit.kind === 'count' ? null : unit.unit
}

/** "hundreds of millions of dollars": the currency named after a vague amount. */
function ofCurrency(tokens: Token[], number: ParsedNumber): UnitReading | undefined {
  const currency = lowerAt(tokens, number.end) === 'of' ? currencyWord(lowerAt(tokens, number.end + 1)) : undefined
  return currency ? reading(currency, 'money', number.end + 1, number.end + 2, 'currency') : undefined
}

/** A number with no unit ("the toll rose to 47", "a city of 20,000"), or a count per unit ("430,000 a year"). */
function bareFigure(sentence: string, tokens: Token[], read: NumberReading): RawFigure | undefined {
  const { number, firstAt } = read
  if (number.fraction || (!number.digits && number.low < 2 && !number.vague)) return undefined
  // "a 1-in-100-year flood", "a 3-for-2 offer": a hyphen compound the extractor cannot read is no count
  const joined = tokens[number.end + 1]
  const chained = joined !== undefined && (/^[a-z]+-/.test(joined.text) || /^(?:ADP|CCONJ|SCONJ|PART)$/.test(joined.pos))
  if (DASHES.has(lowerAt(tokens, number.end)) && gluedTo(tokens, number.end) && chained) return undefined
  const rate = rateTail(tokens, number.end)
  const last = rate?.end ?? number.end
  const leading = qualifierBefore(tokens, firstAt)
  const first = leading?.start ?? (read.between ? firstAt - 1 : firstAt)
  const [min, max] = number.vague ? [number.low, number.high] : intervalFor(number.low, number.high, leading?.kind, true)
  if (![min, max].every(Number.isFinite)) return undefined
  return {
    ...spanText(sentence, tokens, first, last),
    first, last, unitAt: last - 1, value: number.low, min, max, unit: rate ? `/${rate.per}` : '', kind: 'count',
    qualifier: leading?.kind, hyphenated: false, role: changeRole(tokens, first), bare: true,
    stated: { value: number.range ? [number.low, number.high] : number.low, unit: rate ? `/${rate.per}` : null }, dimension: 'count',
  }
}

/** "won 3-1", "drew 2-2": one figure per side. */
function scoreFigures(sentence: string, tokens: Token[], i: number): RawFigure[] | undefined {
  const match = SCORE.exec(tokens[i].text)
  if (!match || Number(match[2]) > Number(match[1])) return undefined
  const token = tokens[i]
  return [match[1], match[2]].map((digits, side) => {
    const start = token.start + (side === 0 ? 0 : token.text.length - digits.length)
    const value = Number(digits)
    return {
      text: sentence.slice(start, start + digits.length), start, end: start + digits.length, first: i, last: i + 1,
      unitAt: i, value, min: value, max: value, unit: '', kind: 'count' as const, hyphenated: false, bare: true as const,
      stated: { value, unit: null }, dimension: 'count',
    }
  })
}

/** "mid-2024", "pre-2020" (years) and "magnitude-7" (a plain number), written as one token. */
function prefixedNumber(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  const match = PREFIXED_NUMBER.exec(tokens[i].text)
  if (!match) return undefined
  const value = Number(match[2])
  const number: ParsedNumber = { low: value, high: value, end: i + 1, fraction: false, digits: true }
  if (YEAR_PREPOSITIONS.has(match[1].toLowerCase()) && YEAR.test(match[2])) return yearFigure(sentence, tokens, i, number)
  if (!NUMBER_PREFIXES.has(match[1].toLowerCase())) return undefined
  return {
    ...spanText(sentence, tokens, i, i + 1), first: i, last: i + 1, unitAt: i, value, min: value, max: value, unit: '',
    kind: 'count', hyphenated: false, bare: true, stated: { value, unit: null }, dimension: 'count',
  }
}

/** Reads the figure whose number (or currency sign) starts at token i. */
function readFigureAt(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  const ordinal = readOrdinal(sentence, tokens, i)
  if (ordinal) return ordinal
  const prefixed = prefixedNumber(sentence, tokens, i)
  if (prefixed) return prefixed
  const fold = parseFold(tokens[i])
  if (fold !== undefined) {
    return measuredFigure(sentence, tokens, { first: i, numberAt: i, low: fold, high: fold, unit: reading('x', 'quantity', i, i + 1, 'multiple'), stated: { value: fold, unit: 'x' } })
  }
  const word = oneUnitOfTime(sentence, tokens, i) ?? multipleWord(sentence, tokens, i)
  if (word) return word
  const read = readNumberAt(tokens, i)
  if (!read) return undefined
  const { number, between } = read
  let unit = (number.vague ? ofCurrency(tokens, number) : undefined) ?? readUnitOf(tokens, read)
  if (isYear(tokens, read.numberAt, number, unit)) return yearFigure(sentence, tokens, read.numberAt, number)
  if (isName(tokens, read, unit) || isFurniture(tokens, read, unit)) return undefined
  if (!unit && isAge(tokens, read)) unit = reading('year', 'duration', number.end - 1, number.end, 'time')
  if (!unit) return bareFigure(sentence, tokens, read)
  // "one" and "a" are figures only with a unit: "one hour", not "one side"
  if (!number.digits && number.low === 1 && unit.kind === 'count' && unit.unit !== 'point') return undefined

  const asShare = number.fraction && unit.kind === 'percent'
  let [low, high] = asShare ? [number.low * 100, number.high * 100] : [number.low, number.high]
  // "five degrees below zero"
  if (BELOW_ZERO.every((word, k) => lowerAt(tokens, unit!.end + k) === word) && low >= 0) {
    ;[low, high] = [-high, -low]
    unit = { ...unit, end: unit.end + BELOW_ZERO.length }
  }
  const written = asShare ? [number.low, number.high] : [low, high]
  let stated: StatedValue = { value: number.range ? [written[0], written[1]] : written[0], unit: statedUnit(tokens, unit, asShare) }
  // "2 hours, 5 minutes and 30 seconds": each smaller unit adds to the amount
  let compound = number.range ? undefined : compoundTail(tokens, unit)
  const range = number.range || compound || unit.kind === 'count' || changeRole(tokens, read.firstAt) === 'before' ? undefined : rangeTail(tokens, unit)
  const compounded = compound !== undefined
  for (let parts = 0; compound && parts < MAX_COMPOUND_PARTS; parts++, compound = compoundTail(tokens, unit)) {
    const [converted] = convertInterval(low, low, unit.unit, compound.unit) ?? [low]
    low = high = converted + compound.add
    unit = { ...unit, unit: compound.unit, end: compound.end }
    stated = { value: low, unit: compound.unit }
  }
  const half = compounded || number.range || unit.kind === 'count' ? undefined : halfAfter(tokens, unit.end)
  if (half) {
    low = high = low + 0.5
    unit = { ...unit, end: half }
    stated = { ...stated, value: low }
  }
  if (!compounded && range && range.high > low) {
    high = range.high
    unit = { ...unit, end: range.end }
    stated = { ...stated, value: [low, high] }
  }
  const rate = compounded ? undefined : rateTail(tokens, unit.end) ?? rateAfterOf(tokens, unit.end) ?? rateOfNext(tokens, unit)
  if (rate) {
    const base = unit.kind === 'count' ? '' : unit.unit
    unit = { ...unit, unit: `${base}/${rate.per}`, end: rate.end }
    stated = { ...stated, unit: `${stated.unit ?? ''}/${rate.per}` }
  }
  return measuredFigure(sentence, tokens, { first: read.firstAt, numberAt: read.numberAt, low, high, unit, stated, vague: number.vague, between })
}

/** Words a figure can start with; any other token without a digit is passed over at once. */
const FIRST_WORDS = new Set([
  ...Object.keys(NUMBER_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(ORDINAL_WORDS), ...Object.keys(FRACTION_WORDS),
  ...Object.keys(MULTIPLE_WORDS), ...Object.keys(CURRENCY_SYMBOLS), ...Object.keys(DOLLAR_PREFIXES), ...Object.keys(CURRENCY_WORDS),
  ...Object.keys(FRACTION_CHARACTERS), ...VAGUE_AMOUNTS.map((amount) => amount.words[0]), ...NEGATIVE_SIGNS, 'a', 'an',
])

function mayStartFigure(token: Token): boolean {
  return /\d/.test(token.text) || FIRST_WORDS.has(token.lower) || token.lower.endsWith('fold')
}

/** Tokens covering the characters [start, end); binary search keeps long sentences linear. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let first = 0
  for (let high = tokens.length; first < high; ) {
    const middle = (first + high) >> 1
    if (tokens[middle].end > start) high = middle
    else first = middle + 1
  }
  let last = first
  while (last < tokens.length && tokens[last].start < end) last++
  return [first, last]
}

/** How far back in its clause a word can make "N days ago" a point of comparison. */
const AGO_REACH = 6
const PRESENT_FORMS = /^(?:is|are|am|'s|’s|'re|’re|'m|’m|has|have|do|does)$/

/** A verb written in the past: "met", "seized", "was", "had"; not "meets", "meeting", "is". */
function pastForm(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false
  if (/^(?:was|were|had|did)$/.test(token.lower)) return true
  return token.lower !== token.lemma && !/(?:ing|s)$/.test(token.lower) && !PRESENT_FORMS.test(token.lower)
}

/**
 * "the mayor resigned two days ago", "the bridge opened eleven years ago": a span back from the document's date
 * in a sentence that tells a past event is that event's date. Not a point of comparison ("higher than four years
 * ago", "up from a year ago"), and without the document's date it stays a lead time.
 */
function agoDate(tokens: Token[], figure: RawFigure, reference: Date): RawFigure | undefined {
  if (figure.relative !== 'lead' || lowerAt(tokens, figure.last - 1) !== 'ago' || !figure.stated) return undefined
  const { value, unit } = figure.stated
  if (typeof value !== 'number' || !unit) return undefined
  for (let k = figure.first - 1; k >= Math.max(0, figure.first - AGO_REACH); k--) {
    if (/^[,;:()\u2013\u2014-]$/.test(tokens[k].text)) break
    if (AGO_REFERENCE_WORDS.has(tokens[k].lower)) return undefined
  }
  if (!tokens.some((token, k) => (k < figure.first || k >= figure.last) && pastForm(token))) return undefined
  const span = agoSpan(value, unit, figure.qualifier, reference)
  if (!span) return undefined
  const { relative: _relative, stated: _stated, ...rest } = figure
  return { ...rest, value: span.min, min: span.min, max: span.max, unit: span.unit, kind: 'date', iso: span.iso, dimension: 'date' }
}

const FUTURE = /^(?:will|shall|'ll|’ll)$/

/** Whether a sentence tells only the past ("met", "was"), only the future ("will meet"), or both or neither. */
function tenseOf(tokens: Token[]): 'past' | 'future' | undefined {
  const past = tokens.some(pastForm)
  const future = tokens.some((token) => FUTURE.test(token.lower))
  return past === future ? undefined : past ? 'past' : 'future'
}

const WEEK = 7
const DAY = 86_400_000
/**
 * "met on Tuesday" in a report of Saturday is the Tuesday before it, not the one after (chrono takes the nearer);
 * "will meet on Tuesday" in a report of Friday is the Tuesday after.
 */
function weekdayByTense(date: DateSpan, tense: 'past' | 'future', reference: Date): DateSpan {
  const today = Math.floor(reference.getTime() / DAY)
  const shift = tense === 'past' && date.min > today ? -WEEK : tense === 'future' && date.max < today ? WEEK : 0
  if (!shift) return date
  const day = date.min + shift
  const iso = new Date(day * DAY).toISOString().slice(0, 10)
  return { ...date, min: day, max: day, iso: { from: iso, to: iso } }
}

/** A date chrono read with a time of day ("4am on Sunday", "Friday at 6.45am"): the date without it, if one is left. */
function withoutTimes(sentence: string, date: DateSpan, times: TimeSpan[]): DateSpan | undefined {
  let { start, end } = date
  for (const time of times) {
    if (time.coreEnd <= start || time.coreStart >= end) continue
    if (time.coreStart <= start) start = time.coreEnd + (/^[\s,]*(?:on\s+|of\s+)?/.exec(sentence.slice(time.coreEnd, end))?.[0].length ?? 0)
    else if (time.coreEnd >= end) end = time.coreStart - (/(?:\s+at)?[\s,]*$/.exec(sentence.slice(start, time.coreStart))?.[0].length ?? 0)
    else return undefined
  }
  if (start === date.start && end === date.end) return date
  return end > start ? { ...date, start, end, text: sentence.slice(start, end) } : undefined
}

/** All figures of one sentence, in reading order. */
export function findFigures(sentence: string, tokens: Token[], reference?: Date, options: FigureOptions = {}): RawFigure[] {
  const figures: RawFigure[] = []
  const taken = new Uint8Array(tokens.length)
  const tense = reference ? tenseOf(tokens) : undefined
  const times = findTimes(sentence)
  for (const time of times) {
    const [first, last] = tokenRange(tokens, time.start, time.end)
    if (first >= last) continue
    taken.fill(1, first, last)
    const figure: RawFigure = {
      text: time.text, start: time.start, end: time.end, first, last, unitAt: first,
      value: time.value, min: time.min, max: time.max, unit: TIME_UNIT, kind: 'time', hyphenated: false, dimension: 'time-of-day',
    }
    if (time.qualifier) figure.qualifier = time.qualifier
    if (time.zone) figure.zone = time.zone
    figures.push(figure)
  }
  for (const read of findDates(sentence, reference, options.dateOrder)) {
    // "at 4am on Sunday", "on 4 December at 10pm": chrono reads the time with the day; the day alone is the date
    const found = withoutTimes(sentence, read, times)
    if (!found) continue
    const date = tense && found.weekdayOnly ? weekdayByTense(found, tense, reference!) : found
    const [first, last] = tokenRange(tokens, date.start, date.end)
    if (first >= last) continue
    // "Saturday clinics", "Sunday services": a weekday before a plural noun says when something recurs, not a date
    if (found.weekdayOnly && tokens[last]?.pos === 'NOUN' && tokens[last].lower !== tokens[last].lemma && /s$/.test(tokens[last].lower)) continue
    taken.fill(1, first, last)
    figures.push({
      text: date.text, start: date.start, end: date.end, first, last, unitAt: first,
      value: date.min, min: date.min, max: date.max, unit: date.unit, kind: 'date', hyphenated: false, iso: date.iso,
      dimension: 'date',
    })
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !mayStartFigure(tokens[i])) continue
    const score = scoreFigures(sentence, tokens, i)
    if (score) {
      taken[i] = 1
      if (options.bare) figures.push(...score)
      continue
    }
    const figure = readFigureAt(sentence, tokens, i)
    if (!figure || taken.subarray(figure.first, figure.last).some((t) => t === 1)) continue
    taken.fill(1, figure.first, figure.last)
    if (!figure.bare || options.bare) figures.push(figure)
    i = figure.last - 1
  }
  figures.push(...eveFigures(sentence, tokens, taken))
  if (reference) figures.forEach((figure, k) => (figures[k] = agoDate(tokens, figure, reference) ?? figure))
  figures.sort((a, b) => a.start - b.start)
  if (!options.bare) return figures
  let amount: RawFigure | undefined
  return figures.map((figure) => {
    if (!figure.bare && figure.kind !== 'date' && figure.kind !== 'ordinal' && figure.kind !== 'time') amount = figure
    return (amount && comparedAmount(tokens, figure, amount)) ?? figure
  })
}

/** "On the eve of the talks": the day before an event, as "a day before the talks" says it. */
function eveFigures(sentence: string, tokens: Token[], taken: Uint8Array): RawFigure[] {
  const figures: RawFigure[] = []
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].lower !== 'eve' || tokens[i + 1].lower !== 'of' || tokens[i - 1].lower !== 'the' || taken[i]) continue
    const { text, start, end } = spanText(sentence, tokens, i - 1, i + 1)
    figures.push({
      text, start, end, first: i - 1, last: i + 1, unitAt: i, value: 1, min: 1, max: 1, unit: 'day', kind: 'duration',
      hyphenated: false, relative: 'lead', dimension: 'time',
    })
  }
  return figures
}

/**
 * "measures 2,233 square feet, down from 2,467 in 2015": a bare number compared with the amount stated
 * before it in the sentence is an amount of the same unit.
 */
function comparedAmount(tokens: Token[], figure: RawFigure, earlier: RawFigure): RawFigure | undefined {
  if (!figure.bare || !COMPARED_WITH.has(lowerAt(tokens, figure.first - 1))) return undefined
  if (earlier.kind === 'count' || !earlier.stated) return undefined
  const [min, max] = intervalFor(figure.value, figure.value, figure.qualifier, false)
  const { bare: _bare, ...rest } = figure
  return {
    ...rest, min, max, unit: earlier.unit, kind: earlier.kind, dimension: earlier.dimension,
    stated: { value: figure.stated?.value ?? figure.value, unit: earlier.stated.unit },
  }
}
