/**
 * Calendar dates. chrono-node parses absolute dates ("2 December", "February 2022") against the
 * document date; years ("in 2014") are read here. Values are days since 1970-01-01 (UTC), or the day
 * of year (unit 'day-of-year') when neither the text nor the document gives the year.
 */
import * as chrono from 'chrono-node'
import type { IsoSpan } from '../types'

const DAY_MS = 86_400_000
/** A leap year, so that 29 February has a day of year. */
const YEARLESS = 2000

export interface DateSpan {
  /** Character offsets within the sentence. */
  start: number
  end: number
  text: string
  min: number
  max: number
  unit: 'day' | 'day-of-year'
  iso: IsoSpan
  /** A weekday without a day of the month ("on Tuesday"): chrono takes the nearest one, before or after the document date. */
  weekdayOnly?: true
}

/**
 * How numeric dates are read: 08/10/2025 is 10 August in the US, 8 October in the UK; `either` when nothing in the
 * text nor its publisher tells (a claim checked alone): a date that can be read both ways is then read the way that
 * falls near the document's date, and not at all when that does not tell either.
 */
export type DateOrder = 'US' | 'GB' | 'either'

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
/** "Aug. 10", "December 4, 2025": month first. */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:bn|m|million|billion|per|%|,\\d))`, 'g')
/** "10 August", "4 December 2025": day first. */
const DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'g')
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g
/** Locales whose numeric dates put the month first. */
const MONTH_FIRST_LOCALES = /^en[-_](?:US|PH|CA)\b|^en$/i
/** Lines at the top of a document that hold its dateline. */
const DATELINE_LINES = 3
/** A dateline or an unambiguous numeric date outweighs a few dates in the body. */
const STRONG = 3

/**
 * The date order of a document: numeric dates that can only be read one way decide; then the way
 * the dateline and the body write named months ("Aug. 10" vs "10 August"); then the publisher's
 * locale; else the day-first order, the more common one outside the US.
 */
export function decideDateOrder(text: string, options: { locale?: string } = {}): DateOrder {
  let us = 0
  let gb = 0
  const count = (part: string, weight: number) => {
    us += weight * (part.match(MONTH_FIRST)?.length ?? 0)
    gb += weight * (part.match(DAY_FIRST)?.length ?? 0)
  }
  const bounded = String(text ?? '').slice(0, 200_000)
  const lines = bounded.split('\n')
  count(lines.slice(0, DATELINE_LINES).join('\n'), STRONG)
  count(lines.slice(DATELINE_LINES).join('\n'), 1)
  for (const [, first, second] of bounded.matchAll(NUMERIC)) {
    if (Number(first) > 12 && Number(second) <= 12) gb += STRONG * 2
    if (Number(second) > 12 && Number(first) <= 12) us += STRONG * 2
  }
  if (us !== gb) return us > gb ? 'US' : 'GB'
  if (options.locale) return MONTH_FIRST_LOCALES.test(options.locale) ? 'US' : 'GB'
  return us > 0 ? 'GB' : 'either'
}

/**
 * Month and weekday names (capitalised: "may" is a verb) and numeric dates are what chrono needs;
 * only text around them is parsed, which keeps long sentences linear.
 */
const TRIGGER =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g
const WINDOW = 40
/** chrono also reads relative phrases and times; those are handled elsewhere or are not dates. */
const RELATIVE = /\b(?:ago|later|earlier|before|after|since|now|today|tonight|yesterday|tomorrow|next|last|this|coming)\b/i

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS)
}

export function isoDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10)
}

export function dayOfYear(month: number, day: number): number {
  return dayNumber(YEARLESS, month, day) - dayNumber(YEARLESS, 1, 1) + 1
}

function isoDayOfYear(doy: number): string {
  return `--${isoDay(dayNumber(YEARLESS, 1, 1) + doy - 1).slice(5)}`
}

/** Converts a 'day' interval within one calendar year to day of year; undefined across years. */
export function toDayOfYear(min: number, max: number): [number, number] | undefined {
  const from = new Date(min * DAY_MS)
  const to = new Date(max * DAY_MS)
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return undefined
  return [dayOfYear(from.getUTCMonth() + 1, from.getUTCDate()), dayOfYear(to.getUTCMonth() + 1, to.getUTCDate())]
}

export function parseIsoDate(date: string | undefined): Date | undefined {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : undefined
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function yearSpan(year: number): Pick<DateSpan, 'min' | 'max' | 'unit' | 'iso'> {
  const min = dayNumber(year, 1, 1)
  const max = dayNumber(year, 12, 31)
  return { min, max, unit: 'day', iso: { from: isoDay(min), to: isoDay(max) } }
}

/** A year-less day in the document's year, or the year before when that would fall half a year after it (news reports the past). */
function pastYear(month: number, day: number, reference: Date): number {
  const year = reference.getUTCFullYear()
  const days = dayNumber(year, month, day)
  return days - reference.getTime() / DAY_MS > 183 ? dayNumber(year - 1, month, day) : days
}

function spanOf(result: chrono.ParsedResult, reference: Date | undefined): Omit<DateSpan, 'start' | 'end' | 'text'> | undefined {
  const known = (part: 'day' | 'month' | 'year' | 'weekday') => result.start.isCertain(part)
  const month = result.start.get('month') ?? 1
  const day = result.start.get('day') ?? 1
  let year = result.start.get('year') ?? 0
  if (!known('month') && !(known('weekday') && reference)) return undefined
  if (!known('year') && !reference) {
    const from = known('day') ? dayOfYear(month, day) : dayOfYear(month, 1)
    const to = known('day') ? from : dayOfYear(month, month === 2 ? 29 : lastDayOfMonth(YEARLESS, month))
    return { min: from, max: to, unit: 'day-of-year', iso: { from: isoDayOfYear(from), to: isoDayOfYear(to) } }
  }
  // news reports the past: a year-less date far after the document date belongs to the year before
  if (!known('year') && reference && dayNumber(year, month, day) - reference.getTime() / DAY_MS > 183) year -= 1
  const exactDay = known('day') || known('weekday')
  const min = dayNumber(year, month, exactDay ? day : 1)
  const max = exactDay ? min : dayNumber(year, month, lastDayOfMonth(year, month))
  return { min, max, unit: 'day', iso: { from: isoDay(min), to: isoDay(max) } }
}

/**
 * chrono's month-first parser reads named months either way ("Aug. 10" and "10 August"), while its
 * day-first one reads "Aug. 10" as August 2010; so only numeric dates take the document's order.
 */
function parseWindow(window: string, reference: Date | undefined, order: DateOrder): Array<{ index: number; result: chrono.ParsedResult }> {
  const options = reference ? { instant: reference, timezone: 0 } : undefined
  return chrono.en.parse(window, options).flatMap((result) => {
    // "the afternoon of 14 September": the casual reading of the time of day drops the date; the strict parser keeps it
    if (!result.start.isCertain('month') && !result.start.isCertain('weekday')) {
      return chrono.en.strict.parse(result.text, options).map((strict) => ({ index: result.index + strict.index, result: strict }))
    }
    const numeric = /(\d{1,2})[/.](\d{1,2})[/.]\d/.exec(result.text)
    if (numeric && order === 'either') {
      const read = eitherWay(result, Number(numeric[1]), Number(numeric[2]), options, reference)
      return read ? [{ index: result.index, result: read }] : []
    }
    const dayFirst = order === 'GB' && numeric ? chrono.en.GB.parse(result.text, options)[0] : undefined
    return [{ index: result.index, result: dayFirst ?? result }]
  })
}

/** A numeric date in a text of no known order: the one valid reading, or the one near the document's date. */
function eitherWay(
  monthFirst: chrono.ParsedResult,
  first: number,
  second: number,
  options: { instant: Date; timezone: number } | undefined,
  reference: Date | undefined,
): chrono.ParsedResult | undefined {
  const dayFirst = chrono.en.GB.parse(monthFirst.text, options)[0]
  if (first > 12) return dayFirst
  if (second > 12 || first === second) return monthFirst
  if (!reference || !dayFirst) return undefined
  const today = reference.getTime() / DAY_MS
  const near = [monthFirst, dayFirst].filter((reading) => {
    const day = reading.start.date().getTime() / DAY_MS
    return day >= today - SHORT_NUMERIC_BEFORE && day <= today + SHORT_NUMERIC_AFTER
  })
  return near.length === 1 ? near[0] : undefined
}

/**
 * "on 12/2.": a numeric day and month with no year, after "on" and ending the clause (not "on 24/7 duty",
 * "1/3 of"). Read the way that falls in the weeks around the document date; either way when that is unclear.
 */
const SHORT_NUMERIC = /\bon\s+(\d{1,2})\/(\d{1,2})(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|in|and|when|after|before|as|while|but)\b)(?![.,]\d)/gi
/** How far before the document date a year-less numeric date may be ("on 12/2" in a report of 5 December). */
const SHORT_NUMERIC_BEFORE = 92
const SHORT_NUMERIC_AFTER = 31

function isValidDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(YEARLESS, month)
}

function shortNumericSpan(first: number, second: number, reference: Date | undefined): Omit<DateSpan, 'start' | 'end' | 'text'> | undefined {
  const readings = [
    [first, second],
    [second, first],
  ].filter(([month, day]) => isValidDay(month, day))
  const distinct = readings.filter(([m, d], k) => readings.findIndex(([m2, d2]) => m2 === m && d2 === d) === k)
  if (distinct.length === 0) return undefined
  if (!reference) {
    if (distinct.length > 1) return undefined
    const doy = dayOfYear(distinct[0][0], distinct[0][1])
    return { min: doy, max: doy, unit: 'day-of-year', iso: { from: isoDayOfYear(doy), to: isoDayOfYear(doy) } }
  }
  const today = Math.floor(reference.getTime() / DAY_MS)
  const dated = distinct.map(([month, day]) => {
    // the year that puts the date nearest the document date
    const year = reference.getUTCFullYear()
    const days = [year - 1, year, year + 1].map((y) => dayNumber(y, month, day))
    return days.reduce((best, d) => (Math.abs(d - today) < Math.abs(best - today) ? d : best))
  })
  const near = distinct.length === 1 ? [pastYear(distinct[0][0], distinct[0][1], reference)] : dated.filter((d) => d >= today - SHORT_NUMERIC_BEFORE && d <= today + SHORT_NUMERIC_AFTER)
  if (near.length !== 1) return undefined
  return { min: near[0], max: near[0], unit: 'day', iso: { from: isoDay(near[0]), to: isoDay(near[0]) } }
}

/** "yesterday", "yesterday's": the day before the document's date. */
const YESTERDAY = /\byesterday\b/gi

/** "last Tuesday", "on last Tuesday": a weekday before the document's day. */
const LAST_WEEKDAY = /(?:^|\s)last\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i
const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur']
/**
 * Said within two days after the weekday ("last Tuesday" on a Wednesday or Thursday) it may be that day or the one a
 * week before; from the third day on it is the most recent one (on a Saturday, the Tuesday four days before).
 */
const LAST_WEEKDAY_CLEAR = 3

function lastWeekday(name: string, reference: Date): Omit<DateSpan, 'start' | 'end' | 'text'> | undefined {
  const target = WEEKDAY_NAMES.indexOf(name.toLowerCase().replace(/day$/, ''))
  if (target < 0) return undefined
  const back = (reference.getUTCDay() - target + 7) % 7 || 7
  if (back < LAST_WEEKDAY_CLEAR) return undefined
  const day = Math.floor(reference.getTime() / DAY_MS) - back
  return { min: day, max: day, unit: 'day', iso: { from: isoDay(day), to: isoDay(day) } }
}

/** Days back in time spans of each unit, as a reading of "N <unit> ago" allows: a week is seven days give or take one. */
const AGO_UNITS = new Set(['day', 'week', 'month', 'year'])
/** Longest "N years ago" read as a date; beyond, a span of geological or cosmic time. */
const AGO_MAX_YEARS = 200

/**
 * "two days ago", "a week ago", "eleven years ago": the day (or days, or years) that lies so far before the document
 * date. Days are exact; "a week ago" may be a day either side (up to three for several weeks); "three months ago"
 * half a month either side; "eleven years ago" is two calendar years, as it is said both of 11.9 years (rounded
 * down) and of 10.6 (rounded): the year N before and the year after it late in a year, the year before it early.
 * Open bounds ("more than a year ago") and fractions are no date.
 */
export function agoSpan(count: number, unit: string, qualifier: string | undefined, reference: Date): Omit<DateSpan, 'start' | 'end' | 'text'> | undefined {
  if (!AGO_UNITS.has(unit) || !Number.isInteger(count) || count < 1) return undefined
  if (qualifier && !['exact', 'approx', 'nearly'].includes(qualifier)) return undefined
  const today = Math.floor(reference.getTime() / DAY_MS)
  const span = (min: number, max: number) => ({ min, max, unit: 'day' as const, iso: { from: isoDay(min), to: isoDay(max) } })
  const exact = qualifier === 'exact'
  if (unit === 'year') {
    if (count > AGO_MAX_YEARS) return undefined
    const year = reference.getUTCFullYear() - count
    if (exact) return span(dayNumber(year, reference.getUTCMonth() + 1, reference.getUTCDate()), dayNumber(year, reference.getUTCMonth() + 1, reference.getUTCDate()))
    const lateInYear = reference.getUTCMonth() >= 6
    const [from, to] =
      qualifier === 'approx' ? [year - 1, year + 1] : qualifier === 'nearly' ? [year, year + 1] : lateInYear ? [year, year + 1] : [year - 1, year]
    return span(yearSpan(from).min, yearSpan(to).max)
  }
  let center: number
  let slack: number
  if (unit === 'month') {
    const month = reference.getUTCMonth() - count
    const year = reference.getUTCFullYear() + Math.floor(month / 12)
    const inYear = ((month % 12) + 12) % 12
    center = dayNumber(year, inYear + 1, Math.min(reference.getUTCDate(), lastDayOfMonth(year, inYear + 1)))
    slack = exact ? 0 : 15
  } else {
    const days = unit === 'week' ? 7 * count : count
    center = today - days
    slack = exact || unit === 'day' ? 0 : Math.min(count, 3)
  }
  if (qualifier === 'approx') slack = 2 * slack + 1
  // "nearly two weeks ago": a little less time has passed, so a little later
  if (qualifier === 'nearly') return span(center, center + 2 * slack + 1)
  return span(center - slack, center + slack)
}

const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?'
/** "19–21 March", "from 19 to 21 March", "between 19 and 21 March 2026" ("on 19 and 21 March" is two days, no range). */
const DAY_FIRST_RANGE = new RegExp(
  `\\b(?:([Ff]rom|[Bb]etween)\\s+)?(\\d{1,2})${ORDINAL_SUFFIX}\\s*(?:[-\u2013\u2014]|\\s(to|until|till|and)\\s)\\s*(\\d{1,2})${ORDINAL_SUFFIX}\\s+(?:of\\s+)?(${MONTH})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  'g',
)
/** "March 19-21", "March 19 to 21, 2026". */
const MONTH_FIRST_RANGE = new RegExp(
  `\\b(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL_SUFFIX}\\s*(?:[-\u2013\u2014]|\\s(?:to|until|till|through)\\s)\\s*(\\d{1,2})${ORDINAL_SUFFIX}\\b(?![-\u2013.,/]?\\d)(?:,?\\s+(\\d{4})\\b)?`,
  'g',
)
const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A span of days of one month: the days it runs, in the year written, the document's, or as days of the year. */
function dayRange(month: number, from: number, to: number, year: number | undefined, reference: Date | undefined): Omit<DateSpan, 'start' | 'end' | 'text'> | undefined {
  if (from >= to || !isValidDay(month, from) || !isValidDay(month, to)) return undefined
  if (year === undefined && !reference) {
    const [min, max] = [dayOfYear(month, from), dayOfYear(month, to)]
    return { min, max, unit: 'day-of-year', iso: { from: isoDayOfYear(min), to: isoDayOfYear(max) } }
  }
  const min = year !== undefined ? dayNumber(year, month, from) : pastYear(month, from, reference!)
  const max = min + to - from
  return { min, max, unit: 'day', iso: { from: isoDay(min), to: isoDay(max) } }
}

/** Ranges of days within a month, which chrono reads as their last day or not at all. */
function dayRanges(sentence: string, reference: Date | undefined): DateSpan[] {
  const spans: DateSpan[] = []
  const monthOf = (name: string) => MONTH_NUMBERS.indexOf(name.slice(0, 3).toLowerCase()) + 1
  for (const match of sentence.matchAll(DAY_FIRST_RANGE)) {
    const [, lead, from, joiner, to, month, year] = match
    // "on 19 and 21 March" names two days; "between 19 and 21 March" the days from one to the other
    if (joiner === 'and' && lead?.toLowerCase() !== 'between') continue
    const span = dayRange(monthOf(month), Number(from), Number(to), year ? Number(year) : undefined, reference)
    const start = (match.index ?? 0) + (lead ? lead.length + 1 : 0)
    if (span) spans.push({ ...span, start, end: (match.index ?? 0) + match[0].length, text: sentence.slice(start, (match.index ?? 0) + match[0].length) })
  }
  for (const match of sentence.matchAll(MONTH_FIRST_RANGE)) {
    const [, month, from, to, year] = match
    const span = dayRange(monthOf(month), Number(from), Number(to), year ? Number(year) : undefined, reference)
    const start = match.index ?? 0
    if (span && !spans.some((other) => other.start < start + match[0].length && start < other.end)) {
      spans.push({ ...span, start, end: start + match[0].length, text: match[0] })
    }
  }
  return spans
}

/** Absolute dates in a sentence; results whose day, month and year are all guessed are dropped. */
export function findDates(sentence: string, reference: Date | undefined, order: DateOrder = 'GB'): DateSpan[] {
  const spans: DateSpan[] = dayRanges(sentence, reference)
  const ranges = spans.length
  const inRange = (start: number, end: number) => spans.slice(0, ranges).some((span) => span.start < end && start < span.end)
  let parsedUpTo = 0
  for (const trigger of sentence.matchAll(TRIGGER)) {
    const index = trigger.index ?? 0
    if (index < parsedUpTo) continue
    const from = Math.max(parsedUpTo, index - WINDOW)
    const window = sentence.slice(from, index + trigger[0].length + WINDOW)
    for (const { index: at, result } of parseWindow(window, reference, order)) {
      const start = from + at
      const end = start + result.text.length
      if (end <= index || start > index + trigger[0].length) continue
      const last = LAST_WEEKDAY.exec(result.text)
      if (last && reference && !result.end) {
        const span = lastWeekday(last[1], reference)
        const at = last.index + last[0].length - last[0].trimStart().length
        if (span) spans.push({ ...span, start: start + at, end, text: result.text.slice(at) })
        parsedUpTo = Math.max(parsedUpTo, end)
        continue
      }
      if (RELATIVE.test(result.text) || result.end) continue
      const span = spanOf(result, reference)
      // "on 2 December": the preposition is not part of the date, nor the comma or space chrono reads after it ("On Monday,")
      // ("grew to 23 on Tuesday night": chrono takes the amount before "on" a weekday for an hour, too)
      const amountBefore = result.start.isCertain('month') ? 0 : /^\d{1,2}\s+on\s+/i.exec(result.text)?.[0].length ?? 0
      const preposition = amountBefore || (/^(?:on|in|at|by|of|from|until|till)\s+/i.exec(result.text)?.[0].length ?? 0)
      // "by Monday afternoon 17 ships", "on Wednesday, 22 hours late": chrono takes the amount after a weekday for an hour
      const amount = result.start.isCertain('month') ? 0 : /,?\s+\d{1,2}$/.exec(result.text)?.[0].length ?? 0
      const comma = amount || (/[\s,;:]+$/.exec(result.text)?.[0].length ?? 0)
      const weekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day') && span?.unit === 'day' ? { weekdayOnly: true as const } : {}
      if (span && !inRange(start + preposition, end - comma)) {
        spans.push({ ...span, ...weekdayOnly, start: start + preposition, end: end - comma, text: result.text.slice(preposition, result.text.length - comma) })
      }
      parsedUpTo = Math.max(parsedUpTo, end)
    }
    parsedUpTo = Math.max(parsedUpTo, index + trigger[0].length)
  }
  if (reference) {
    for (const match of sentence.matchAll(YESTERDAY)) {
      const start = match.index ?? 0
      const end = start + match[0].length
      if (spans.some((span) => span.start < end && start < span.end)) continue
      const day = Math.floor(reference.getTime() / DAY_MS) - 1
      spans.push({ min: day, max: day, unit: 'day', iso: { from: isoDay(day), to: isoDay(day) }, start, end, text: match[0] })
    }
  }
  for (const match of sentence.matchAll(SHORT_NUMERIC)) {
    const end = (match.index ?? 0) + match[0].length
    const start = end - match[1].length - match[2].length - 1
    if (spans.some((span) => span.start < end && start < span.end)) continue
    const span = shortNumericSpan(Number(match[1]), Number(match[2]), reference)
    if (span) spans.push({ ...span, start, end, text: sentence.slice(start, end) })
  }
  return spans.sort((a, b) => a.start - b.start)
}
