/** Sentence tokens → figures: value or interval, unit, qualifier, change-pattern role. */
import type { FigureKind, IsoSpan } from '../types'
import type { Token } from '../sentences/tokens'
import { DASHES, parseNumber, type ParsedNumber } from './numbers'
import { intervalFor, qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers'
import { CURRENCY_SYMBOLS, convertInterval, currencyWord, wordUnit } from './units'
import { findDates, yearSpan } from './dates'

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
}

interface UnitReading {
  unit: string
  kind: FigureKind
  discrete: boolean
  unitAt: number
  end: number
  hyphenated: boolean
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
}
/** What an ordinal can count in a figure worth checking: "its fourth year", "the second round". */
const ORDINAL_UNITS = new Set(['year', 'month', 'week', 'day', 'round', 'anniversary', 'term'])
/** Words between a count and its noun: "four additional documents". */
const COUNT_MODIFIERS = new Set(['more', 'additional', 'extra', 'further', 'other', 'new', 'separate', 'fewer'])
const COMPOUND_TAILS = new Set(['long', 'old', 'strong', 'wide', 'high', 'deep'])
/** Verbs (lemmas) and particles that turn "to N"/"from N" into the after/before states of a change. */
const CHANGE_WORDS = new Set([
  'reduce', 'cut', 'scale', 'trim', 'slash', 'lower', 'raise', 'increase', 'expand', 'shrink', 'pare', 'narrow',
  'rise', 'fall', 'drop', 'grow', 'climb', 'decline', 'decrease', 'boost', 'revise', 'bring', 'amend',
  'streamline', 'shorten', 'lengthen', 'change', 'down', 'up', 'back',
])
const YEAR = /^(?:19|20)\d\d/

function lowerAt(tokens: Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].lower : ''
}

function readUnit(tokens: Token[], j: number): UnitReading | undefined {
  const word = lowerAt(tokens, j)
  const next = tokens[j + 1]
  if (DASHES.has(word) && next && /^[a-z]+$/i.test(next.text)) {
    let end = j + 2
    if (DASHES.has(lowerAt(tokens, end)) && COMPOUND_TAILS.has(lowerAt(tokens, end + 1))) end += 2
    const known = wordUnit(next.lower)
    if (known) return { ...known, discrete: known.kind === 'count', unitAt: j + 1, end, hyphenated: true }
    if (next.pos === 'NOUN') return { unit: next.lemma, kind: 'count', discrete: true, unitAt: j + 1, end, hyphenated: true }
    return undefined
  }
  if (word === 'per' && lowerAt(tokens, j + 1) === 'cent') return percentAt(j, j + 2)
  if (word === 'percent' || word === '%' || word === 'pc' || word === 'per-cent') return percentAt(j, j + 1)
  if (word === 'percentage' && /^points?$/.test(lowerAt(tokens, j + 1))) {
    return { unit: 'percentage-point', kind: 'percent', discrete: false, unitAt: j, end: j + 2, hyphenated: false }
  }
  const known = wordUnit(word)
  if (known) return { ...known, discrete: known.kind === 'count', unitAt: j, end: j + 1, hyphenated: false }
  let k = j
  while (k < j + 2 && (COUNT_MODIFIERS.has(lowerAt(tokens, k)) || tokens[k]?.pos === 'ADJ')) k++
  if (tokens[k]?.pos === 'NOUN' && /^[a-z]/i.test(tokens[k].text)) {
    return { unit: tokens[k].lemma, kind: 'count', discrete: true, unitAt: k, end: k + 1, hyphenated: false }
  }
  return undefined
}

function percentAt(unitAt: number, end: number): UnitReading {
  return { unit: 'percent', kind: 'percent', discrete: false, unitAt, end, hyphenated: false }
}

/** "cut from 28 to 20 points": the first value borrows the unit written after the second, and ends at its number. */
function sharedUnit(tokens: Token[], end: number): UnitReading | undefined {
  if (lowerAt(tokens, end) !== 'to') return undefined
  const second = parseNumber(tokens, end + 1)
  const unit = second && readUnit(tokens, second.end)
  return unit && { ...unit, end, hyphenated: false }
}

function changeRole(tokens: Token[], start: number): 'before' | 'after' | undefined {
  const previous = lowerAt(tokens, start - 1)
  const nearbyChange = (from: number) =>
    [from, from - 1, from - 2, from - 3].some((k) => k >= 0 && CHANGE_WORDS.has(tokens[k].lemma))
  if (previous === 'to') {
    const fromBefore = [start - 3, start - 4, start - 5].some((k) => lowerAt(tokens, k) === 'from')
    if (CHANGE_WORDS.has(tokens[start - 2]?.lemma ?? '') || fromBefore) return 'after'
  }
  if (previous === 'from' && nearbyChange(start - 2)) return 'before'
  return undefined
}

function relativeAfter(tokens: Token[], end: number): { relative?: 'lead' | 'lag'; end: number } {
  const word = lowerAt(tokens, end)
  if (word === 'ago' || word === 'earlier') return { relative: 'lead', end: end + 1 }
  if (word === 'later') return { relative: 'lag', end: end + 1 }
  if (word === 'before' || (word === 'prior' && lowerAt(tokens, end + 1) === 'to')) return { relative: 'lead', end }
  if (word === 'after') return { relative: 'lag', end }
  return { end }
}

function spanText(sentence: string, tokens: Token[], first: number, last: number) {
  const start = tokens[first].start
  const end = tokens[last - 1].end
  return { text: sentence.slice(start, end), start, end }
}

function readOrdinal(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  const word = tokens[i].lower
  const value = ORDINALS[word] ?? (/^(\d+)(?:st|nd|rd|th)$/.exec(word) ? parseInt(word, 10) : undefined)
  const unitWord = tokens[i + 1]?.lemma ?? ''
  if (value === undefined || !ORDINAL_UNITS.has(unitWord)) return undefined
  // "approaches its fourth year": the qualifier sits before the possessive
  const possessive = /^(?:its|their|the|his|her)$/.test(lowerAt(tokens, i - 1)) ? 1 : 0
  const qualifier = qualifierBefore(tokens, i - possessive)
  const [min, max] = intervalFor(value, value, qualifier?.kind, true)
  return {
    ...spanText(sentence, tokens, i, i + 2),
    first: i, last: i + 2, unitAt: i + 1, value, min, max, unit: unitWord, kind: 'ordinal',
    qualifier: qualifier?.kind, hyphenated: false,
  }
}

/** "in 2014", "2022 referendums", "2014–2022": four-digit years, not counts. */
function yearFigure(sentence: string, tokens: Token[], at: number, number: ParsedNumber): RawFigure | undefined {
  const isYear = (year: number) => Number.isInteger(year) && year >= 1900 && year < 2100
  if (!isYear(number.low) || !isYear(number.high) || !YEAR.test(tokens[at].text.slice(0, 4))) return undefined
  const from = yearSpan(number.low)
  const to = yearSpan(number.high)
  return {
    ...spanText(sentence, tokens, at, number.end),
    first: at, last: number.end, unitAt: at, value: from.min, min: from.min, max: to.max, unit: 'day', kind: 'date',
    hyphenated: false, iso: { from: from.iso.from, to: to.iso.to },
  }
}

interface NumberReading {
  number: ParsedNumber
  numberAt: number
  /** Currency written before the number ("$", "£"). */
  currency?: string
  /** "between 4 and 5": the figure starts at "between". */
  between: boolean
}

/** The number (or range) starting at token i, with a currency sign before it. */
function readNumberAt(tokens: Token[], i: number): NumberReading | undefined {
  const currency: string | undefined = CURRENCY_SYMBOLS[tokens[i].lower]
  const numberAt = currency ? i + 1 : i
  const number = parseNumber(tokens, numberAt, currency !== undefined)
  if (!number) return undefined
  const between = lowerAt(tokens, i - 1) === 'between' && lowerAt(tokens, number.end) === 'and'
  const upper = between ? parseNumber(tokens, number.end + 1, currency !== undefined) : undefined
  return { number: upper ? { ...number, high: upper.high, end: upper.end } : number, numberAt, currency, between: !!upper }
}

function moneyReading(unit: string, unitAt: number, end: number): UnitReading {
  return { unit, kind: 'money', discrete: false, unitAt, end, hyphenated: false }
}

/** What the number counts or measures; a year is returned as a finished date figure. */
function readUnitOf(sentence: string, tokens: Token[], read: NumberReading): UnitReading | RawFigure | undefined {
  const { number, numberAt, currency } = read
  if (currency) return moneyReading(currency, numberAt, number.end)
  const currencyAfter = currencyWord(lowerAt(tokens, number.end))
  if (currencyAfter) return moneyReading(currencyAfter, number.end, number.end + 1)
  if (number.fraction) return fractionUnit(tokens, number)
  const unit = readUnit(tokens, number.end)
  const year = !unit || (unit.kind === 'count' && !unit.hyphenated) ? yearFigure(sentence, tokens, numberAt, number) : undefined
  return year ?? unit ?? sharedUnit(tokens, number.end)
}

/** Reads the figure whose number (or currency sign) starts at token i. */
function readFigureAt(sentence: string, tokens: Token[], i: number): RawFigure | undefined {
  const ordinal = readOrdinal(sentence, tokens, i)
  if (ordinal) return ordinal
  const read = readNumberAt(tokens, i)
  const reading = read && readUnitOf(sentence, tokens, read)
  if (!read || !reading) return undefined
  if ('text' in reading) return reading
  const { number, between } = read
  // "one" and "a" are figures only with a unit: "one hour", not "one side"
  if (!number.digits && number.low === 1 && reading.kind === 'count' && reading.unit !== 'point') return undefined

  const asPercent = number.fraction && reading.kind === 'percent' ? 100 : 1
  let [low, high, unit] = [number.low * asPercent, number.high * asPercent, reading.unit]
  const relative = reading.kind === 'duration' ? relativeAfter(tokens, reading.end) : { end: reading.end }
  if (relative.relative) {
    // relative spans compare in days: "two weeks ago" ~ "14 days before"
    ;[low, high] = convertInterval(low, high, unit, 'day') ?? [low, high]
    unit = 'day'
  }
  const leading = between ? undefined : qualifierBefore(tokens, i)
  const trailing = qualifierAfter(tokens, relative.end)
  const qualifier = leading?.kind ?? trailing?.kind
  const first = leading?.start ?? (between ? i - 1 : i)
  const last = trailing?.end ?? relative.end
  const [min, max] = intervalFor(low, high, qualifier, reading.discrete)
  // A number of hundreds of digits overflows to Infinity, which compares with nothing and is null in JSON.
  if (![low, high, min, max].every(Number.isFinite)) return undefined
  return {
    ...spanText(sentence, tokens, first, last),
    first, last, unitAt: reading.unitAt, value: low, min, max, unit, kind: reading.kind, qualifier,
    hyphenated: reading.hyphenated, role: changeRole(tokens, first), relative: relative.relative,
  }
}

/** "half of the Donbas" is a share; "half an hour" is half of the unit that follows. */
function fractionUnit(tokens: Token[], number: ParsedNumber): UnitReading | undefined {
  const next = lowerAt(tokens, number.end)
  if (next === 'of') return percentAt(number.end, number.end)
  const unit = readUnit(tokens, number.end + 1)
  return unit && unit.kind === 'duration' ? unit : undefined
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

/** All figures of one sentence, in reading order. */
export function findFigures(sentence: string, tokens: Token[], reference?: Date): RawFigure[] {
  const figures: RawFigure[] = []
  const taken = new Uint8Array(tokens.length)
  for (const date of findDates(sentence, reference)) {
    const [first, last] = tokenRange(tokens, date.start, date.end)
    if (first >= last) continue
    taken.fill(1, first, last)
    figures.push({
      text: date.text, start: date.start, end: date.end, first, last, unitAt: first,
      value: date.min, min: date.min, max: date.max, unit: date.unit, kind: 'date', hyphenated: false, iso: date.iso,
    })
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue
    const figure = readFigureAt(sentence, tokens, i)
    if (!figure || taken.subarray(figure.first, figure.last).some((t) => t === 1)) continue
    taken.fill(1, figure.first, figure.last)
    figures.push(figure)
    i = figure.last - 1
  }
  return figures.sort((a, b) => a.start - b.start)
}
