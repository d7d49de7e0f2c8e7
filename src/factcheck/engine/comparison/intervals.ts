/** Bringing two figures' intervals onto one scale: unit conversion, year-less dates. */
import type { Figure } from '../types'
import { convertInterval } from '../figures/units'
import { toDayOfYear } from '../figures/dates'

type Interval = [number, number]

/** "2 December" without a year is compared by day of year with a dated "5 December 2025". */
function calendarIntervals(a: Figure, b: Figure): [Interval, Interval] | undefined {
  const asDayOfYear = (f: Figure) => (f.unit === 'day-of-year' ? ([f.min, f.max] as Interval) : toDayOfYear(f.min, f.max))
  const first = asDayOfYear(a)
  const second = asDayOfYear(b)
  return first && second ? [first, second] : undefined
}

const DAY_MINUTES = 1440

/**
 * Times of day are compared on the clock's circle: each interval starts within the day (a window that crosses
 * midnight ends past 1439, figures/times.ts), and the evidence's is moved by a day when that makes it meet the
 * claim's, or brings it nearer: "before 10pm" [1140, 1319] and "well past midnight" [31, 240] are apart however
 * placed, "about midnight" [1410, 1470] and "just after midnight" [1, 45] meet a day on.
 */
function clockIntervals(claim: Figure, evidence: Figure): [Interval, Interval] {
  const mine: Interval = [claim.min, claim.max]
  const gap = ([min, max]: Interval) => Math.max(0, min - mine[1], mine[0] - max)
  const placed = [0, DAY_MINUTES, -DAY_MINUTES].map((shift): Interval => [evidence.min + shift, evidence.max + shift])
  return [mine, placed.reduce((best, interval) => (gap(interval) < gap(best) ? interval : best))]
}

/** Both intervals on the evidence's scale, or undefined when the figures cannot be compared. */
export function commonIntervals(claim: Figure, evidence: Figure): [Interval, Interval] | undefined {
  if (claim.kind === 'time' || evidence.kind === 'time') {
    return claim.kind === evidence.kind && claim.unit === evidence.unit ? clockIntervals(claim, evidence) : undefined
  }
  if (claim.kind === 'date' && evidence.kind === 'date' && claim.unit !== evidence.unit) {
    return calendarIntervals(claim, evidence)
  }
  // a count's unit is the noun it counts ("47 people", "47 dead", a bare "47"): the scale is the same
  const counts = claim.kind === 'count' && evidence.kind === 'count' && claim.about.dimension === 'count' && evidence.about.dimension === 'count'
  const converted = counts ? ([claim.min, claim.max] as Interval) : convertInterval(claim.min, claim.max, claim.unit, evidence.unit)
  return converted ? [converted, [evidence.min, evidence.max]] : undefined
}

/** Tolerance for floating-point noise in conversions. */
const EPSILON = 1e-9

export function overlaps([aMin, aMax]: Interval, [bMin, bMax]: Interval): boolean {
  return aMin <= bMax * (1 + EPSILON) + EPSILON && bMin <= aMax * (1 + EPSILON) + EPSILON
}
