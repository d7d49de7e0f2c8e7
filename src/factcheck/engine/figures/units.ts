/**
 * Units: reading them after a number (words, phrases, symbols, glued suffixes) from the vocabulary
 * table, and converting between units of one dimension. Calendar units convert by their size in hours;
 * physical units through js-quantities (a maintained units library; see the README's engine section).
 */
import Qty from 'js-quantities'
import type { FigureKind } from '../types'
import type { Token } from '../sentences/tokens'
import { CURRENCY_PHRASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT_TABLE, type UnitEntry } from './vocabulary'

export { CURRENCY_SYMBOLS }

interface Phrase {
  words: string[]
  entry: UnitEntry
  caseSensitive: boolean
  glued: boolean
}

/** Written forms are matched token by token: the tokenizer splits "km/h" and "kilowatt-hours". */
function phraseWords(form: string): string[] {
  return form.replace(/([-/°])/g, ' $1 ').trim().split(/\s+/)
}

const BY_FIRST_WORD = new Map<string, Phrase[]>()
const BY_NAME = new Map<string, UnitEntry>()
for (const entry of UNIT_TABLE) {
  BY_NAME.set(entry.unit, entry)
  const add = (form: string, caseSensitive: boolean, glued: boolean) => {
    const words = phraseWords(form)
    const key = caseSensitive ? words[0] : words[0].toLowerCase()
    BY_FIRST_WORD.set(key, [...(BY_FIRST_WORD.get(key) ?? []), { words, entry, caseSensitive, glued }])
  }
  for (const form of entry.words) add(form, false, false)
  for (const form of entry.symbols ?? []) add(form, true, false)
  for (const form of entry.glued ?? []) add(form, true, true)
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length)

export interface UnitMatch {
  unit: string
  kind: FigureKind
  dimension: string
  /** Token index just after the unit. */
  end: number
}

/** True when token j is written against the token before it ("5km", "30°C"). */
export function gluedTo(tokens: Token[], j: number): boolean {
  return j > 0 && tokens[j] !== undefined && tokens[j].start === tokens[j - 1].end
}

function phraseAt(tokens: Token[], j: number, phrase: Phrase): boolean {
  if (phrase.glued && !gluedTo(tokens, j)) return false
  return phrase.words.every((word, k) => {
    const other = tokens[j + k]
    if (other === undefined) return false
    // the last word of a sentence may carry its full stop: "1,100 sq ft."
    const text = k === phrase.words.length - 1 && other.text.length > 1 ? other.text.replace(/\.$/, '') : other.text
    return phrase.caseSensitive ? text === word : text.toLowerCase() === word.toLowerCase()
  })
}

/** The unit whose written form starts at token j, the longest form first. */
export function unitAt(tokens: Token[], j: number): UnitMatch | undefined {
  const token = tokens[j]
  if (!token) return undefined
  const stripped = token.text.length > 1 && token.text.endsWith('.') ? token.text.slice(0, -1) : undefined
  const keys = stripped ? [token.text, token.lower, stripped, stripped.toLowerCase()] : [token.text, token.lower]
  let best: Phrase | undefined
  for (const key of keys) {
    for (const phrase of BY_FIRST_WORD.get(key) ?? []) {
      if ((!best || phrase.words.length > best.words.length) && phraseAt(tokens, j, phrase)) best = phrase
    }
  }
  return best && { unit: best.entry.unit, kind: best.entry.kind, dimension: best.entry.dimension, end: j + best.words.length }
}

/** A single-word unit (time, length, parts of a plan, ...), for hyphen compounds such as "five-hour". */
export function wordUnit(word: string): { unit: string; kind: FigureKind } | undefined {
  const phrase = (BY_FIRST_WORD.get(word) ?? []).find((p) => p.words.length === 1 && !p.glued)
  return phrase && { unit: phrase.entry.unit, kind: phrase.entry.kind }
}

export function currencyWord(word: string): string | undefined {
  return CURRENCY_WORDS[word] ?? CURRENCY_WORDS[foldLetters(word)]
}

/** "złoty" → "zloty": letters without their diacritics, as the currency vocabulary writes them. */
function foldLetters(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
}

/** Letters of one word that the tagger split ("złoty" is tokenised "z", "ł", "oty"). */
const GLUED_PARTS = 4

/** A currency word written after the number, also when the tagger split it: its code and the token after it. */
export function currencyWordAt(tokens: Token[], j: number): { code: string; end: number } | undefined {
  let word = ''
  for (let k = j; k < j + GLUED_PARTS && tokens[k] && /^\p{L}+$/u.test(tokens[k].text); k++) {
    if (k > j && tokens[k].start !== tokens[k - 1].end) break
    word += tokens[k].lower
    const code = currencyWord(word)
    if (code && (k + 1 >= tokens.length || tokens[k + 1].start !== tokens[k].end || !/^\p{L}/u.test(tokens[k + 1].text))) return { code, end: k + 1 }
  }
  return undefined
}

const PHRASES_BY_FIRST = new Map<string, Array<{ words: string[]; code: string }>>()
for (const phrase of CURRENCY_PHRASES) PHRASES_BY_FIRST.set(phrase.words[0], [...(PHRASES_BY_FIRST.get(phrase.words[0]) ?? []), phrase])

/** A currency named with its country after the number: "US dollars", "Hong Kong dollars", "Polish zloty". */
export function currencyPhraseAt(tokens: Token[], j: number): { code: string; end: number } | undefined {
  const first = tokens[j]
  if (!first) return undefined
  for (const { words, code } of PHRASES_BY_FIRST.get(first.lower) ?? []) {
    const matches = words.every((word, k) => {
      const lower = tokens[j + k]?.lower ?? ''
      return lower === word || (k === words.length - 1 && k > 0 && lower.length > 1 && lower.replace(/\.$/, '') === word)
    })
    if (matches) return { code, end: j + words.length }
  }
  return undefined
}

/** "Canadian", "Hong Kong", "US": the country words of the dollars (CLDR), for "$150 million Canadian". */
const DOLLAR_COUNTRIES = new Map<string, string>()
for (const { words, code } of CURRENCY_PHRASES) if (words.length > 1 && /^dollars?$/.test(words[words.length - 1])) DOLLAR_COUNTRIES.set(words.slice(0, -1).join(' '), code)
const DOLLAR_COUNTRY_WORDS = 3

/**
 * "$150 million Canadian", "about $108 million U.S.": the country written after a dollar amount says whose dollars,
 * unless it describes a noun ("$2m Canadian contract"). Its code and the token after it.
 */
export function dollarCountryAt(tokens: Token[], j: number): { code: string; end: number } | undefined {
  const words: string[] = []
  for (let k = j; k < j + DOLLAR_COUNTRY_WORDS && tokens[k] && /^\p{Lu}/u.test(tokens[k].text); k++) {
    words.push(tokens[k].lower.replace(/\./g, ''))
    const code = DOLLAR_COUNTRIES.get(words.join(' '))
    if (!code) continue
    const next = tokens[k + 1]
    if (next && /^dollars?$/i.test(next.text)) return { code, end: k + 2 }
    if (!next || !['NOUN', 'PROPN'].includes(next.pos)) return { code, end: k + 1 }
  }
  return undefined
}

export function dimensionOf(unit: string): string | undefined {
  return BY_NAME.get(unit)?.dimension
}

/** Converts an interval from one unit to another of the same dimension; undefined when not comparable. */
export function convertInterval(min: number, max: number, from: string, to: string): [number, number] | undefined {
  if (from === to) return [min, max]
  const a = BY_NAME.get(from)
  const b = BY_NAME.get(to)
  if (!a || !b || a.dimension !== b.dimension) return undefined
  if (a.hours !== undefined && b.hours !== undefined) {
    const factor = a.hours / b.hours
    return [min * factor, max * factor]
  }
  if (!a.qty || !b.qty) return undefined
  // each end on its own: temperatures convert with an offset, not a factor; 9 digits drop the noise of rounded definitions
  const low = Number(Qty(min, a.qty).to(b.qty).scalar.toPrecision(9))
  const high = Number(Qty(max, a.qty).to(b.qty).scalar.toPrecision(9))
  return [Math.min(low, high), Math.max(low, high)]
}

/** The first unit of a dimension that converts (the table lists the smallest first): a scale every unit of it converts to. */
const BASE_OF = new Map<string, string>()
for (const entry of UNIT_TABLE) {
  if (!BASE_OF.has(entry.dimension) && (entry.hours !== undefined || entry.qty !== undefined)) BASE_OF.set(entry.dimension, entry.unit)
}

export interface BaseScale {
  dimension: string
  /** The base unit ("mm" for lengths, "hour"-sized "millisecond" for time, ...). */
  unit: string
  /** A value in the unit asked for, in the base unit (every unit converts linearly, temperatures with an offset). */
  on: (x: number) => number
}
const baseCache = new Map<string, BaseScale | undefined>()

/** A unit's dimension and the base unit it converts to ("ft" → length in "mm"); undefined for units the table does not know. */
export function baseUnitOf(unit: string): BaseScale | undefined {
  if (baseCache.has(unit)) return baseCache.get(unit)
  const entry = BY_NAME.get(unit)
  let scale: BaseScale | undefined
  if (entry) {
    const base = BASE_OF.get(entry.dimension)
    const zero = base && base !== unit ? convertInterval(0, 0, unit, base)?.[0] : undefined
    const one = base && base !== unit ? convertInterval(1, 1, unit, base)?.[0] : undefined
    scale =
      zero !== undefined && one !== undefined
        ? { dimension: entry.dimension, unit: base!, on: (x) => zero + (one - zero) * x }
        : { dimension: entry.dimension, unit, on: (x) => x }
  }
  baseCache.set(unit, scale)
  return scale
}
