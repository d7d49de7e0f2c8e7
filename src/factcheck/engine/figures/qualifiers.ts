/** Qualifiers ("nearly", "more than", ...) and round-number looseness, as interval semantics. */
import type { Token } from '../sentences/tokens'
import { PARTICLE_VERBS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, type Qualifier } from './vocabulary'

export type { Qualifier }

/** Upper end of open intervals ("at least"); finite so figures stay JSON-serialisable. */
export const OPEN_END = Number.MAX_SAFE_INTEGER

/** Relative rounding of a stated continuous figure: "five hours" is not 5h00m00s. */
const ROUNDING = 0.05
/**
 * Rounding allowed to an amount stated to more digits, whatever its last digit says: reports of one figure round it
 * differently ("€3.86bn", "€3.9bn"), but "€291m" is not "€318m".
 */
const DIGITS_ROUNDING = 0.01

/**
 * Half the last stated digit's unit relative to the number written ("4.17" → 0.005 / 4.17, "3,860" → 5 / 3860):
 * how finely it was stated. Undefined for a number written in words ("five hours" is as round as it sounds).
 */
export function statedPrecision(written: string): number | undefined {
  const number = written.match(/\d[\d,]*(?:\.\d+)?/)?.[0]?.replace(/,/g, '')
  if (!number) return undefined
  const value = Number(number)
  if (!(value > 0)) return undefined
  const [whole, decimals = ''] = number.split('.')
  const unit = decimals ? 10 ** -decimals.length : 10 ** (whole.length - whole.replace(/0+$/, '').length)
  // neighbouring roundings ("14%" and "15%") meet at 14.5 only: they are two amounts, not one
  return (unit / 2 / value) * HALF_OPEN
}

const HALF_OPEN = 1 - 1e-6

const BY_LENGTH = QUALIFIERS_BEFORE.map(([phrase, kind]) => ({ words: phrase.split(' '), kind })).sort(
  (a, b) => b.words.length - a.words.length,
)
const TRAILING = QUALIFIERS_AFTER.map(([phrase, kind]) => [phrase.split(' '), kind] as const)

export interface QualifierMatch {
  kind: Qualifier
  /** First token of the qualifier. */
  start: number
  /** Token index after the qualifier. */
  end: number
}

/** The longest qualifier phrase ending just before token `at`. */
export function qualifierBefore(tokens: Token[], at: number): QualifierMatch | undefined {
  for (const { words, kind } of BY_LENGTH) {
    const start = at - words.length
    if (start < 0) continue
    if (!words.every((word, k) => tokens[start + k].lower === word)) continue
    if (words.length === 1 && PARTICLE_VERBS.has(tokens[start - 1]?.lemma ?? '')) return undefined
    return { kind, start, end: at }
  }
  return undefined
}

export function qualifierAfter(tokens: Token[], at: number): QualifierMatch | undefined {
  for (const [words, kind] of TRAILING) {
    if (words.every((word, k) => tokens[at + k]?.lower === word)) return { kind, start: at, end: at + words.length }
  }
  return undefined
}

/**
 * The interval a stated value allows. Discrete counts are exact unless qualified; continuous
 * measures carry rounding, less when written to more digits (`precision`, see statedPrecision). "More than" is bounded (×1.3) so that "seven hours" does not fit "more than five".
 */
export function intervalFor(low: number, high: number, qualifier: Qualifier | undefined, discrete: boolean, precision?: number): [number, number] {
  const [min, max] = statedInterval(low, high, qualifier, discrete, precision)
  // below zero the relative widening turns around: -4 °C rounds to [-4.2, -3.8]
  return min <= max ? [min, max] : [max, min]
}

function statedInterval(low: number, high: number, qualifier: Qualifier | undefined, discrete: boolean, precision?: number): [number, number] {
  const step = discrete ? 1 : 0
  const rounding = precision === undefined ? ROUNDING : Math.min(ROUNDING, Math.max(precision, DIGITS_ROUNDING))
  // widened by a share of the amount's size, which below zero is its absolute value ("about minus 3C")
  const down = (x: number, share: number) => x - Math.abs(x) * share
  const up = (x: number, share: number) => x + Math.abs(x) * share
  switch (qualifier) {
    case 'approx':
      return [Math.min(down(low, 0.1), low - step), Math.max(up(high, 0.1), high + step)]
    case 'nearly':
      return [Math.min(down(low, 0.1), low - step), high]
    case 'above':
      return [high + step, Math.max(up(high, 0.3), high + 2 * step)]
    case 'justAbove':
      return [high + step, Math.max(up(high, 0.1), high + step)]
    case 'wellAbove':
      return [Math.max(up(high, 0.1), high + step), Math.max(up(high, 1), high + 2 * step)]
    case 'below':
      return [Math.min(down(low, 0.3), low - 2 * step), low - step]
    // a bound on a measure is as round as the measure: "up to 37 mph" is a gust of 60 km/h (37.3 mph)
    case 'atLeast':
      return [discrete ? low : down(low, ROUNDING), OPEN_END]
    case 'atMost':
      return [0, discrete ? high : up(high, ROUNDING)]
    default:
      return discrete ? [low, high] : [low * (1 - rounding), high * (1 + rounding)]
  }
}
