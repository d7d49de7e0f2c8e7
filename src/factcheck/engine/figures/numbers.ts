/** Numbers as written in news: numerals, number words, fractions, scale words, vague amounts, signs and ranges. */
import type { Token } from '../sentences/tokens'
import { currencyPhraseAt, currencyWordAt, unitAt } from './units'
import {
  AMBIGUOUS_SCALES, CHANGE_WORDS, COMPOUND_TAILS, CURRENCY_WORDS, DOZEN, SCORE_WORD, FRACTION_FOLLOWERS, FRACTION_LEADERS, IRREGULAR_PLURALS, ORDINAL_WORDS, OUT_OF, FRACTION_CHARACTERS, FRACTION_WORDS, NEGATIVE_SIGNS, NUMBER_WORDS, SCALE_WORDS,
  SHORT_SCALES, TENS_WORDS, VAGUE_AMOUNTS,
} from './vocabulary'

export interface ParsedNumber {
  low: number
  high: number
  /** Token index just after the number. */
  end: number
  /** A fraction such as "half" or "two-thirds" (a share rather than a count). */
  fraction: boolean
  /** Written with digits (as opposed to words). */
  digits: boolean
  /** "dozens", "tens of thousands": [low, high] is the reading, `low` what the words state. */
  vague?: boolean
  /** Two numbers joined into an interval ("19–20", "between 4 and 5"). */
  range?: boolean
  /** "one in five": a share of a whole, with no "of" after it. */
  share?: boolean
}

const MAX_NUMBER_WORDS = 10

export const DASHES = new Set(['-', '–', '—', '‑', '‒', '―', '−'])
const SIGNED_DIGITS = /^([-−+]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/
const DIGIT_RANGE = /^(\d+(?:\.\d+)?)[-–—‑‒―−](\d+(?:\.\d+)?)$/
const DIGITS_WITH_SUFFIX = /^(\d+(?:\.\d+)?)(k|m|mn|bn|tn)$/i
const SLASH_FRACTION = /^(\d{1,2})\/(\d{1,2})$/
const FOLD = /^([a-z]+|\d+(?:\.\d+)?)-?fold$/

/** The lower-case text of token i, or '' outside the sentence. */
export function lowerAt(tokens: Token[], i: number): string {
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
    if (word in NUMBER_WORDS) current += NUMBER_WORDS[word]
    else if (word in TENS_WORDS) {
      current += TENS_WORDS[word]
      // "twenty-five" is tokenised "twenty", "-", "five"
      if (DASHES.has(lowerAt(tokens, j + 1)) && lowerAt(tokens, j + 2) in NUMBER_WORDS) {
        current += NUMBER_WORDS[tokens[j + 2].lower]
        j += 2
      }
    } else if (word === 'hundred' && seen) current *= 100
    else if (word in SCALE_WORDS && word !== 'hundred' && seen) {
      total += current * SCALE_WORDS[word]
      current = 0
    } else if (word === 'and' && lowerAt(tokens, j - 1) in SCALE_WORDS && (lowerAt(tokens, j + 1) in NUMBER_WORDS || lowerAt(tokens, j + 1) in TENS_WORDS)) {
      // "one hundred and five"; "seven and nine" are two numbers
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
  else if (first in NUMBER_WORDS && NUMBER_WORDS[first] > 1) {
    numerator = NUMBER_WORDS[first]
    j++
  }
  const hyphenated = j > i && DASHES.has(lowerAt(tokens, j))
  if (hyphenated) j++
  const word = lowerAt(tokens, j)
  if (!(word in FRACTION_WORDS)) return undefined
  if (word === 'half' && j > i && first !== 'a' && first !== 'one') return undefined
  // "half of", "a third of", "half the population", "fell by a third", "less than half"
  const next = lowerAt(tokens, j + 1)
  const before = lowerAt(tokens, i - 1)
  // "the third quarter", "the first half": periods, not shares
  if (before in ORDINAL_WORDS) return undefined
  // "a two-thirds majority": a hyphenated fraction needs no "of"
  if (!hyphenated && !FRACTION_FOLLOWERS.has(next) && !FRACTION_LEADERS.has(before)) return undefined
  const fraction = numerator / FRACTION_WORDS[word]
  // "half a million", "a quarter of a million", "half a dozen": a part of a scale is an amount, not a share
  const scaleAt = next === 'of' && /^an?$/.test(lowerAt(tokens, j + 2)) ? j + 3 : /^an?$/.test(next) ? j + 2 : -1
  const scale = scaleAt > 0 ? (lowerAt(tokens, scaleAt) === DOZEN.word ? DOZEN.size : SCALE_WORDS[lowerAt(tokens, scaleAt)]) : undefined
  if (scale !== undefined) return { value: fraction * scale, end: scaleAt + 1 }
  return { value: fraction, end: j + 1 }
}

/**
 * What may follow a scale letter: "3m people" is three million, "a 3m wall" three metres; so are
 * "40m won" and "7.5m lb"; in "between 55m and 58m passengers" the noun follows the second number.
 */
function scaledAt(tokens: Token[], j: number): boolean {
  const token = tokens[j]
  if (!token) return false
  if (/^(?:and|to|-|–)$/.test(token.lower) && /^\d/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === 'm') {
    return scaledAt(tokens, j + 3)
  }
  const unit = unitAt(tokens, j)
  if (unit) return unit.kind !== 'count'
  if (token.lower in CURRENCY_WORDS || currencyWordAt(tokens, j) || currencyPhraseAt(tokens, j)) return true
  // "2m homeless" counts people; "2m high" measures
  if (token.pos === 'ADJ') return !COMPOUND_TAILS.has(token.lower)
  return token.pos === 'NOUN' && (token.lemma !== token.lower || IRREGULAR_PLURALS.has(token.lower))
}

/** How far back "to 1.5m" looks for the "1.2m barrels" it continues. */
const ECHO_REACH = 10

/** "rose from 1.2m barrels a day to 1.5m": a scale letter ending a clause repeats an earlier scaled amount. */
function echoesScale(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1]
  if (next && /\w/.test(next.text)) return false
  for (let k = j - 2; k >= Math.max(1, j - ECHO_REACH); k--) {
    if (tokens[k].text === 'm' && /^\d/.test(tokens[k - 1].text) && tokens[k].start === tokens[k - 1].end && scaledAt(tokens, k + 1)) return true
  }
  return false
}

/** Scale words after a number: "40 million", "1.5bn", "$100m", "3m people". */
function applyScale(tokens: Token[], j: number, withCurrency: boolean): { factor: number; end: number } {
  // "a 100-million-dollar case"
  if (DASHES.has(lowerAt(tokens, j)) && lowerAt(tokens, j + 1) in SCALE_WORDS && tokens[j + 1].start === tokens[j].end) {
    return { factor: SCALE_WORDS[lowerAt(tokens, j + 1)], end: j + 2 }
  }
  // "$100m." at the end of a sentence is tokenised "m."
  const word = lowerAt(tokens, j).replace(/\.$/, '')
  if (word in SCALE_WORDS) return { factor: SCALE_WORDS[word], end: j + 1 }
  if (word in SHORT_SCALES && (word !== 'b' || withCurrency)) return { factor: SHORT_SCALES[word], end: j + 1 }
  if (word in AMBIGUOUS_SCALES && tokens[j].text.replace(/\.$/, '') === word && (withCurrency || scaledAt(tokens, j + 1) || echoesScale(tokens, j))) {
    return { factor: AMBIGUOUS_SCALES[word], end: j + 1 }
  }
  if (word === DOZEN.word) return { factor: DOZEN.size, end: j + 1 }
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
  vague?: boolean
  share?: boolean
  /** Scale applied after the number ("million", "bn"), 1 when none. */
  factor: number
}

/** "two and a half", "5 and a half", "1½": adds the fraction. */
function withFraction(tokens: Token[], value: SingleValue | undefined): SingleValue | undefined {
  const end = value?.end ?? 0
  if (!value || value.fraction || value.low !== value.high) return value
  const glued = FRACTION_CHARACTERS[tokens[end]?.text ?? '']
  if (glued !== undefined && tokens[end].start === tokens[end - 1].end && value.factor === 1) {
    return { ...value, low: value.low + glued, high: value.high + glued, end: end + 1 }
  }
  if (lowerAt(tokens, end) !== 'and' || lowerAt(tokens, end + 1) !== 'a' || lowerAt(tokens, end + 2) !== 'half') return value
  return { ...value, low: value.low + 0.5, high: value.high + 0.5, end: end + 3 }
}

/** "dozens", "tens of thousands", "hundreds": a vague amount, when it counts something. */
function parseVague(tokens: Token[], i: number): SingleValue | undefined {
  for (const { words, low, high } of VAGUE_AMOUNTS) {
    if (!words.every((word, k) => lowerAt(tokens, i + k) === word)) continue
    const end = i + words.length
    // "dozens of people", "thousands fled": not "the hundreds" of a sum
    if (lowerAt(tokens, i - 1) === 'the') return undefined
    return { low, high, end, digits: false, fraction: false, vague: true, factor: 1 }
  }
  return undefined
}

function single(value: number, end: number, digits: boolean, factor = 1): SingleValue {
  return { low: value, high: value, end, digits, fraction: false, factor }
}

/** A single value starting at token i (no range handling). */
function parseWhole(tokens: Token[], i: number, withCurrency: boolean): SingleValue | undefined {
  const token = tokens[i]
  if (!token) return undefined
  const range = DIGIT_RANGE.exec(token.text)
  if (range) {
    const { factor, end } = applyScale(tokens, i + 1, withCurrency)
    const low = Number(range[1])
    let high = Number(range[2])
    // "2024-25": the second year is written with its last two digits
    if (high <= low && range[1].length === 4 && range[2].length === 2) high += Math.floor(low / 100) * 100
    if (high <= low) return undefined
    return { low: low * factor, high: high * factor, end, digits: true, fraction: false, factor }
  }
  const suffixed = DIGITS_WITH_SUFFIX.exec(token.text)
  if (suffixed && (withCurrency || suffixed[2].toLowerCase() !== 'm')) {
    const factor = SHORT_SCALES[suffixed[2].toLowerCase()] ?? AMBIGUOUS_SCALES.m
    return single(Number(suffixed[1]) * factor, i + 1, true, factor)
  }
  const signed = SIGNED_DIGITS.exec(token.text)
  if (signed) {
    const { factor, end } = applyScale(tokens, i + 1, withCurrency)
    const sign = signed[1] === '-' || signed[1] === '−' ? -1 : 1
    return single(sign * parseDigits(signed[2]) * factor, end, true, factor)
  }
  if (token.text in FRACTION_CHARACTERS) return { ...single(FRACTION_CHARACTERS[token.text], i + 1, true), fraction: true }
  // "1/3 of members" (a ratio such as "50/50" or a rating such as "4.5/5" is no share)
  const slashed = SLASH_FRACTION.exec(token.text)
  if (slashed && lowerAt(tokens, i + 1) === 'of' && Number(slashed[1]) < Number(slashed[2])) {
    return { ...single(Number(slashed[1]) / Number(slashed[2]), i + 1, true), fraction: true }
  }
  const fraction = parseFraction(tokens, i)
  if (fraction) return { ...single(fraction.value, fraction.end, false), fraction: !Number.isInteger(fraction.value) }
  const vague = parseVague(tokens, i)
  if (vague) return vague
  const words = parseNumberWords(tokens, i)
  if (words) {
    const { factor, end } = applyScale(tokens, words.end, withCurrency)
    return single(words.value * factor, end, false, factor)
  }
  // "a score of points" is twenty; "a score of 3-1" is a result
  if (token.lower === 'a' && lowerAt(tokens, i + 1) === SCORE_WORD.word && lowerAt(tokens, i + 2) === 'of' && !/\d/.test(tokens[i + 3]?.text ?? '0')) {
    return single(SCORE_WORD.size, i + 3, false)
  }
  if ((token.lower === 'a' || token.lower === 'an') && (lowerAt(tokens, i + 1) in SCALE_WORDS || lowerAt(tokens, i + 1) === DOZEN.word)) {
    // ("a hundred-million-dollar case": a scale joined to the next)
    const more = applyScale(tokens, i + 2, false)
    const factor = (SCALE_WORDS[tokens[i + 1].lower] ?? DOZEN.size) * more.factor
    return single(factor, more.end, false, factor)
  }
  return undefined
}

/** "-4", "minus 3", "− 2.5": the sign written before the number. */
function parseSigned(tokens: Token[], i: number, withCurrency: boolean): SingleValue | undefined {
  const sign = tokens[i]
  const next = tokens[i + 1]
  // "plus or minus 2.5 points" is a margin, not a negative number
  const margin = lowerAt(tokens, i - 1) === 'or' && lowerAt(tokens, i - 2) === 'plus'
  const signed = sign && next && !margin && NEGATIVE_SIGNS.has(sign.lower) && (sign.lower === 'minus' || sign.end === next.start)
  if (!signed) return withFraction(tokens, parseWhole(tokens, i, withCurrency))
  const value = withFraction(tokens, parseWhole(tokens, i + 1, withCurrency))
  if (!value || !value.digits && sign.lower !== 'minus') return undefined
  return value.low === value.high ? { ...value, low: -value.low, high: -value.high } : undefined
}

/** "threefold", "three-fold", "2.5-fold": a multiple. */
export function parseFold(token: Token | undefined): number | undefined {
  const match = token ? FOLD.exec(token.lower) : null
  if (!match) return undefined
  const value = /^\d/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1]] ?? TENS_WORDS[match[1]]
  return value === undefined ? undefined : value
}

/**
 * After a change, "to" starts the new value ("rose from 28 to 20", "rose by 8k to 231,000", "rose $2 to
 * $84"), not the end of a range ("from 10 to 12 km", "4 to 5 hours").
 */
export function isChange(tokens: Token[], i: number): boolean {
  let k = i - 1
  // "from £5,000": the currency sign sits between the verb or "from" and the number
  if (k >= 0 && !/\w/.test(tokens[k].text)) k--
  if (lowerAt(tokens, k) === 'from' || lowerAt(tokens, k) === 'by') {
    // "Prices rose between 2019 and 2023, from 2.1% to 3.9%": the verb may sit a clause away
    for (let back = k - 1; back >= Math.max(0, k - CHANGE_REACH); back--) {
      if (tokens[back].text === ';') return false
      if (CHANGE_WORDS.has(tokens[back].lemma)) return true
    }
    return false
  }
  return k >= 0 && tokens[k].pos === 'VERB' && CHANGE_WORDS.has(tokens[k].lemma)
}

/** How far before "from" the verb of a change may be. */
const CHANGE_REACH = 10

/** "one in five", "1 in 8", "three out of four": the share of a whole. */
function parseOutOf(tokens: Token[], value: SingleValue): SingleValue | undefined {
  const phrase = OUT_OF.map((words) => words.split(' ')).find((words) => words.every((word, k) => lowerAt(tokens, value.end + k) === word))
  const joiner = phrase?.length ?? 0
  if (!joiner || value.low !== value.high || value.factor !== 1) return undefined
  const whole = parseWhole(tokens, value.end + joiner, false)
  // "53 in 2022" is a count in a year, not a share
  const year = whole !== undefined && /^(?:19|20)\d\d$/.test(tokens[value.end + joiner].text)
  if (!whole || year || whole.low !== whole.high || whole.low <= value.low || whole.factor !== 1 || !Number.isInteger(whole.low)) return undefined
  return { ...value, low: value.low / whole.low, high: value.low / whole.low, end: whole.end, fraction: true, share: true }
}

export function parseNumber(tokens: Token[], i: number, withCurrency = false): ParsedNumber | undefined {
  const read = parseSigned(tokens, i, withCurrency)
  const first = read && !withCurrency ? parseOutOf(tokens, read) ?? read : read
  if (!first) return undefined
  const separator = lowerAt(tokens, first.end)
  const rangeTo = separator === 'to' && !isChange(tokens, i)
  // "19 or 20 provisions", "two or three days": two neighbouring numbers are a range (not "5 or 50")
  const alternatives = separator === 'or'
  if (!first.fraction && !first.vague && first.low === first.high && (DASHES.has(separator) || rangeTo || alternatives)) {
    const skipCurrency = /^[$£€]$/.test(tokens[first.end + 1]?.text ?? '') ? 1 : 0
    const second = parseSigned(tokens, first.end + 1 + skipCurrency, withCurrency)
    // the scale written once applies to both ends
    const low = first.factor === 1 && second ? first.low * second.factor : first.low
    const neighbours = !alternatives || (second !== undefined && second.low - low === 1 && second.factor === 1)
    if (second && neighbours && !second.fraction && !second.vague && second.digits === first.digits && second.low > low) {
      return { low, high: second.high, end: second.end, fraction: false, digits: first.digits, range: true }
    }
  }
  return {
    low: first.low, high: first.high, end: first.end, fraction: first.fraction, digits: first.digits, vague: first.vague,
    range: first.low !== first.high && !first.vague, share: first.share,
  }
}
