/** Bringing two figures' intervals onto one scale: unit conversion, year-less dates, complementary shares. */
import type { Figure } from '../types'
import { convertInterval } from '../figures/units'
import { toDayOfYear } from '../figures/dates'
import { OPPOSING_HOLDERS } from '../measures/lexicon'

type Interval = [number, number]

/** "2 December" without a year is compared by day of year with a dated "5 December 2025". */
function calendarIntervals(a: Figure, b: Figure): [Interval, Interval] | undefined {
  const asDayOfYear = (f: Figure) => (f.unit === 'day-of-year' ? ([f.min, f.max] as Interval) : toDayOfYear(f.min, f.max))
  const first = asDayOfYear(a)
  const second = asDayOfYear(b)
  return first && second ? [first, second] : undefined
}

/** Russia holding 75 per cent of a region is Ukraine holding 25 per cent of it. */
function fromHolderOf(claim: Figure, evidence: Figure, interval: Interval): Interval | undefined {
  const [mine, theirs] = [claim.about.holder, evidence.about.holder]
  if (!mine || !theirs || mine === theirs) return interval
  if (!OPPOSING_HOLDERS.has(mine) || !OPPOSING_HOLDERS.has(theirs) || claim.unit !== 'percent') return undefined
  return [100 - interval[1], 100 - interval[0]]
}

/** Both intervals on the evidence's scale, or undefined when the figures cannot be compared. */
export function commonIntervals(claim: Figure, evidence: Figure): [Interval, Interval] | undefined {
  if (claim.kind === 'date' && evidence.kind === 'date' && claim.unit !== evidence.unit) {
    return calendarIntervals(claim, evidence)
  }
  const converted = convertInterval(claim.min, claim.max, claim.unit, evidence.unit)
  const held = converted && fromHolderOf(claim, evidence, converted)
  return held ? [held, [evidence.min, evidence.max]] : undefined
}

/** Tolerance for floating-point noise in conversions. */
const EPSILON = 1e-9

export function overlaps([aMin, aMax]: Interval, [bMin, bMax]: Interval): boolean {
  return aMin <= bMax * (1 + EPSILON) + EPSILON && bMin <= aMax * (1 + EPSILON) + EPSILON
}
