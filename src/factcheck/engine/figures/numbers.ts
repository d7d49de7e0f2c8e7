/** Numbers as written in news: numerals, number words, fractions, scale words and ranges. */
import type { Token } from '../sentences/tokens'

export interface ParsedNumber {
  low: number
  high: number
  /** Token index just after the number. */
  end: number
  /** A fraction such as "half" or "two-thirds" (a share rather than a count). */
  fraction: boolean
  /** Written with digits (as opposed to words). */
  digits: boolean
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}
/** Abbreviated scales; the ambiguous "m" is accepted only next to a currency. */
const SHORT_SCALES: Record<string, number> = { k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 }
const CURRENCY_ONLY_SCALES: Record<string, number> = { m: 1e6 }

const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
}

const MAX_NUMBER_WORDS = 10

export const DASHES = new Set(['-', '–', '—', '‑', '‒', '―', '−'])
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/
const DIGIT_RANGE = /^(\d+(?:\.\d+)?)[-–—‑‒―−](\d+(?:\.\d+)?)$/
const DIGITS_WITH_SUFFIX = /^(\d+(?:\.\d+)?)(k|m|mn|bn|tn)$/i

function lowerAt(tokens: Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].lower : ''
}

/** "twenty-five", "one hundred and five", "three"; returns undefined when no number word starts at i. */
function parseNumberWords(tokens: Token[], i: number): { value: number; end: number } | undefined {
  let total = 0
  let current = 0
  let seen = false
  let j = i
  // no number is written in more words than this; stops re-reading runs of number words
  while (j < tokens.length && j < i + MAX_NUMBER_WORDS) {
    const word = tokens[j].lower
    if (word in UNITS) current += UNITS[word]
    else if (word in TENS) {
      current += TENS[word]
      // "twenty-five" is tokenised "twenty", "-", "five"
      if (DASHES.has(lowerAt(tokens, j + 1)) && lowerAt(tokens, j + 2) in UNITS) {
        current += UNITS[tokens[j + 2].lower]
        j += 2
      }
    } else if (word === 'hundred' && seen) current *= 100
    else if (word in SCALES && word !== 'hundred' && seen) {
      total += current * SCALES[word]
      current = 0
    } else if (word === 'and' && seen && (lowerAt(tokens, j + 1) in UNITS || lowerAt(tokens, j + 1) in TENS)) {
      // "one hundred and five"
    } else break
    seen = true
    j++
  }
  return seen ? { value: total + current, end: j } : undefined
}

/** "half", "a quarter", "two-thirds", "three quarters" → the fraction, when followed by "of", "a", "an". */
function parseFraction(tokens: Token[], i: number): { value: number; end: number } | undefined {
  let numerator = 1
  let j = i
  const first = lowerAt(tokens, j)
  if (first === 'a' || first === 'one') j++
  else if (first in UNITS && UNITS[first] > 1) {
    numerator = UNITS[first]
    j++
  }
  if (j > i && DASHES.has(lowerAt(tokens, j))) j++
  const word = lowerAt(tokens, j)
  if (!(word in DENOMINATORS)) return undefined
  if (word === 'half' && j > i && first !== 'a' && first !== 'one') return undefined
  const next = lowerAt(tokens, j + 1)
  if (next !== 'of' && next !== 'a' && next !== 'an') return undefined
  return { value: numerator / DENOMINATORS[word], end: j + 1 }
}

/** Scale words after a number: "40 million", "1.5bn", "$100m". */
function applyScale(tokens: Token[], j: number, withCurrency: boolean): { factor: number; end: number } {
  // "$100m." at the end of a sentence is tokenised "m."
  const word = lowerAt(tokens, j).replace(/\.$/, '')
  if (word in SCALES) return { factor: SCALES[word], end: j + 1 }
  if (word in SHORT_SCALES) return { factor: SHORT_SCALES[word], end: j + 1 }
  if (withCurrency && word in CURRENCY_ONLY_SCALES) return { factor: CURRENCY_ONLY_SCALES[word], end: j + 1 }
  return { factor: 1, end: j }
}

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''))
}

interface SingleValue {
  low: number
  high: number
  end: number
  digits: boolean
  fraction: boolean
  /** Scale applied after the number ("million", "bn"), 1 when none. */
  factor: number
}

/** "two and a half", "5 and a half": adds the half. */
function withHalf(tokens: Token[], value: SingleValue | undefined): SingleValue | undefined {
  const end = value?.end ?? 0
  if (!value || value.fraction || value.low !== value.high) return value
  if (lowerAt(tokens, end) !== 'and' || lowerAt(tokens, end + 1) !== 'a' || lowerAt(tokens, end + 2) !== 'half') return value
  return { ...value, low: value.low + 0.5, high: value.high + 0.5, end: end + 3 }
}

/** A single value starting at token i (no range handling). */
function parseWhole(tokens: Token[], i: number, withCurrency: boolean): SingleValue | undefined {
  const token = tokens[i]
  if (!token) return undefined
  const range = DIGIT_RANGE.exec(token.text)
  if (range) {
    const { factor, end } = applyScale(tokens, i + 1, withCurrency)
    return { low: Number(range[1]) * factor, high: Number(range[2]) * factor, end, digits: true, fraction: false, factor }
  }
  const suffixed = DIGITS_WITH_SUFFIX.exec(token.text)
  if (suffixed && (withCurrency || suffixed[2].toLowerCase() !== 'm')) {
    const factor = SHORT_SCALES[suffixed[2].toLowerCase()] ?? CURRENCY_ONLY_SCALES.m
    const value = Number(suffixed[1]) * factor
    return { low: value, high: value, end: i + 1, digits: true, fraction: false, factor }
  }
  if (DIGITS.test(token.text)) {
    const { factor, end } = applyScale(tokens, i + 1, withCurrency)
    const value = parseDigits(token.text) * factor
    return { low: value, high: value, end, digits: true, fraction: false, factor }
  }
  const fraction = parseFraction(tokens, i)
  if (fraction) return { low: fraction.value, high: fraction.value, end: fraction.end, digits: false, fraction: true, factor: 1 }
  const words = parseNumberWords(tokens, i)
  if (words) {
    const { factor, end } = applyScale(tokens, words.end, withCurrency)
    const value = words.value * factor
    return { low: value, high: value, end, digits: false, fraction: false, factor }
  }
  if ((token.lower === 'a' || token.lower === 'an') && lowerAt(tokens, i + 1) in SCALES) {
    const factor = SCALES[tokens[i + 1].lower]
    return { low: factor, high: factor, end: i + 2, digits: false, fraction: false, factor }
  }
  return undefined
}

/** A number or a range ("19–20", "19 to 20", "19-20", "1.5-2bn") starting at token i. */
function parseSingle(tokens: Token[], i: number, withCurrency: boolean): SingleValue | undefined {
  return withHalf(tokens, parseWhole(tokens, i, withCurrency))
}

export function parseNumber(tokens: Token[], i: number, withCurrency = false): ParsedNumber | undefined {
  const first = parseSingle(tokens, i, withCurrency)
  if (!first) return undefined
  const separator = lowerAt(tokens, first.end)
  // after "from", "to" starts the new value of a change ("from 28 to 20"), not a range
  const rangeTo = separator === 'to' && lowerAt(tokens, i - 1) !== 'from'
  if (!first.fraction && first.low === first.high && (DASHES.has(separator) || rangeTo)) {
    const skipCurrency = /^[$£€]$/.test(tokens[first.end + 1]?.text ?? '') ? 1 : 0
    const second = parseSingle(tokens, first.end + 1 + skipCurrency, withCurrency)
    // the scale written once applies to both ends
    const low = first.factor === 1 && second ? first.low * second.factor : first.low
    if (second && !second.fraction && second.digits === first.digits && second.low > low) {
      return { low, high: second.high, end: second.end, fraction: false, digits: first.digits }
    }
  }
  return { low: first.low, high: first.high, end: first.end, fraction: first.fraction, digits: first.digits }
}
