/**
 * Times of day: "10 p.m.", "10pm", "6.45am", "22:00", "midnight", "noon", "in the early hours". A time is a figure of
 * unit 'minute-of-day': its value is minutes after midnight (0–1439); its interval is what the wording allows
 * ("about 10pm" 9.30pm–10.30pm, "shortly before midnight" 11.15pm–11.59pm).
 *
 * Midnight is crossed by keeping `min` within the day (0–1439) and letting `max` run past 1439: "about midnight"
 * is [1410, 1470], "by midnight" [1200, 1440]. Two times are compared on the clock's circle (comparison/intervals.ts
 * shifts one interval by a day to meet the other), so "shortly before midnight" [1395, 1439] and "just after
 * midnight" [1, 45] are two different moments and "well past midnight" [31, 240] is never "before 10pm" [1140, 1319].
 *
 * Times are found in the sentence's characters, not its tokens: the tagger cuts "6.45am" into "6.4" and "5am".
 */
import type { Qualifier } from './vocabulary'
import {
  CLOCK_DIRECTIONS, CLOCK_DURATION_BEFORE, CLOCK_HOUR_WORDS, CLOCK_MINUTE_WORDS, DAY_HALF_WORDS, LOCAL_TIME_WORDS, NOT_CLOCK_AFTER, NOT_CLOCK_BEFORE, TIME_PERIODS, TIME_PREPOSITIONS, TIME_QUALIFIERS, TIME_ROUNDING,
  TIME_WORDS, TIME_ZONES,
} from './vocabulary'

export const MINUTES_PER_DAY = 1440
export const TIME_UNIT = 'minute-of-day'

export interface TimeSpan {
  /** Character offsets of the whole figure (its qualifier included) within the sentence. */
  start: number
  end: number
  text: string
  /** Offsets of the time alone ("midnight" of "well past midnight"). */
  coreStart: number
  coreEnd: number
  /** Minutes after midnight, 0–1439. */
  value: number
  min: number
  max: number
  qualifier?: Qualifier
  /** The zone written after it ("GMT" → 'utc', "Vorsk time" → 'vorsk'); none for "local time" or nothing. */
  zone?: string
}

/** "10pm", "10 p.m.", "10.30pm", "6.45 a.m.", "10:30 PM". */
const CLOCK_12 = /(?<![\d.:,/£$€])(\d{1,2})(?:[.:]([0-5]\d))?(\s?)(?:([ap])\.m\.?|([ap])m\b)/gi
/** "22:00", "14:20", "09:30": only with a colon and two digits of minutes; not "2:03:45", "1:42.3", "3:1". */
const CLOCK_24 = /(?<![\d.:,/£$€])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)/g
/** "1900 GMT", "0630 UTC": four digits are a time only with a zone's capitals after them. */
const CLOCK_ZONED = new RegExp(`(?<![\\d.:,/£$€])([01]\\d|2[0-3])([0-5]\\d)(?=\\s?(?:${Object.keys(TIME_ZONES).filter((zone) => zone.length <= 4).map((zone) => zone.toUpperCase()).join('|')})\\b)`, 'g')
const WORD_TIME = new RegExp(`\\b(?:12\\s+)?(${Object.keys(TIME_WORDS).join('|')})\\b`, 'gi')
const PERIOD = new RegExp(`\\b(?:in\\s+|into\\s+|during\\s+|until\\s+)?(the\\s+(?:${TIME_PERIODS.map((p) => p.words.join('\\s+')).join('|')})\\b)`, 'gi')
const HOURS = `${Object.keys(CLOCK_HOUR_WORDS).join('|')}|1[0-2]|[1-9]`
/** "twenty to four", "quarter past nine", "10 minutes after six", "four o'clock": a time of day in words. */
const SPOKEN_TIME = new RegExp(
  `\\b(?:(?:(${Object.keys(CLOCK_MINUTE_WORDS).join('|')})|([1-5]?\\d)\\s+minutes?)\\s+(${Object.keys(CLOCK_DIRECTIONS).join('|')})\\s+(${HOURS})(?:\\s+o['’]clock)?|(${HOURS})\\s+o['’]clock)\\b`,
  'gi',
)
/** The half of the day a word shortly after a spoken time names: "… on Monday morning", "… in the afternoon". */
const DAY_HALF_AFTER = new RegExp(`^[\\s,]*(?:(?:in|on|at|of)\\s+)?(?:the\\s+|that\\s+|this\\s+|\\p{L}+day\\s+)?(${Object.keys(DAY_HALF_WORDS).map((w) => w.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'iu')
const PERIOD_WINDOWS = new Map(TIME_PERIODS.map((p) => [p.words.join(' '), p.window] as const))

/** Qualifier phrases, longest first, as the end of the text before a time. */
const QUALIFIERS = [...TIME_QUALIFIERS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, kind, window]) => ({ pattern: new RegExp(`(?:^|[^\\p{L}])(${phrase.replace(/ /g, '\\s+')})\\s+$`, 'iu'), kind, window }))

const wordsBefore = (sentence: string, at: number, count: number) =>
  (sentence.slice(Math.max(0, at - 40), at).toLowerCase().match(/[\p{L}]+/gu) ?? []).slice(-count)
const wordAfter = (sentence: string, at: number) => /^\s*([\p{L}]+)/u.exec(sentence.slice(at, at + 30))?.[1].toLowerCase()

/** Minutes either side of a time written without a qualifier: less the finer it is written. */
function rounding(minutes: number, word: boolean): number {
  if (word || minutes % 60 === 0) return TIME_ROUNDING.hour
  return minutes % 5 === 0 ? TIME_ROUNDING.fiveMinutes : TIME_ROUNDING.minute
}

/** The qualifier ending right before `at`, and where it starts. */
function qualifierBefore(sentence: string, at: number): { start: number; kind: Qualifier; window: [number, number] } | undefined {
  const before = sentence.slice(Math.max(0, at - 30), at)
  for (const { pattern, kind, window } of QUALIFIERS) {
    const match = pattern.exec(before)
    if (match) return { start: at - before.length + match.index + match[0].trimEnd().length - match[1].length, kind, window }
  }
  return undefined
}

/** The zone written after a time: "GMT", "(GMT)", "Vorsk time"; "local time" is none. */
function zoneAfter(sentence: string, at: number): string | undefined {
  const after = /^\s*\(?([A-Za-z]+)(?:\s+(time)\b)?/.exec(sentence.slice(at, at + 40))
  if (!after) return undefined
  const [, word, time] = after
  const lower = word.toLowerCase()
  if (time) return LOCAL_TIME_WORDS.has(lower) ? undefined : TIME_ZONES[lower] ?? (/^[A-Z]/.test(word) ? lower : undefined)
  // a zone's letters are written in capitals: "et" and "pt" are words
  return word === word.toUpperCase() && word.length >= 2 ? TIME_ZONES[lower] : undefined
}

/** "won 3:1", "odds of 5:20", "finished in 2:08", "Genesis 1:27": numbers with a colon that are no time of day. */
function notClock(sentence: string, start: number, end: number): boolean {
  const before = wordsBefore(sentence, start, 3)
  if (CLOCK_DURATION_BEFORE.has(before[before.length - 1] ?? '')) return true
  if (before.some((word) => NOT_CLOCK_BEFORE.has(word))) return true
  if (NOT_CLOCK_AFTER.has(wordAfter(sentence, end) ?? '')) return true
  // a book and verse, a model number: a capitalised word right before, not a month, a day or a sentence's first word
  const name = /([A-Z][a-z]+)\s+$/.exec(sentence.slice(Math.max(0, start - 20), start))
  if (name && !/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(name[1])) {
    const first = sentence.slice(0, start).trim() === name[1]
    return !first && zoneAfter(sentence, end) === undefined
  }
  return false
}

/** One day's minutes, min within the day and max past it when the window crosses midnight. */
function onTheClock(min: number, max: number): [number, number] {
  const shift = Math.floor(min / MINUTES_PER_DAY) * MINUTES_PER_DAY
  return [min - shift, max - shift]
}

/** "13 minutes before 3 a.m.", "about 20 minutes after midnight": a time stated as an offset from another. */
const OFFSET_COUNTS: Record<string, number> = {
  ...CLOCK_HOUR_WORDS, a: 1, an: 1, 'half an': 0.5, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50,
}
const OFFSET_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d])((?:(about|around|roughly|some|approximately|nearly|almost|just)\\s+)?(\\d{1,3}|${Object.keys(OFFSET_COUNTS).sort((a, b) => b.length - a.length).join('|')})\\s+(minutes?|hours?)\\s+(before|after|past|to))\\s+$`,
  'iu',
)
const MINUTES_OF = { minute: 1, minutes: 1, hour: 60, hours: 60 } as Record<string, number>
/** Minutes either side of an offset time an "about" allows. */
const OFFSET_ROUNDING = 5

function offsetSpan(sentence: string, coreStart: number, coreEnd: number, minutes: number): TimeSpan | undefined {
  const match = OFFSET_BEFORE.exec(sentence.slice(Math.max(0, coreStart - 50), coreStart))
  if (!match) return undefined
  const [, phrase, hedge, count, unit, direction] = match
  const shift = (OFFSET_COUNTS[count.toLowerCase()] ?? Number(count)) * MINUTES_OF[unit.toLowerCase()] * (/^(?:before|to)$/i.test(direction) ? -1 : 1)
  const value = (minutes + shift + MINUTES_PER_DAY) % MINUTES_PER_DAY
  const slack = hedge ? OFFSET_ROUNDING : rounding(value, false)
  const [min, max] = onTheClock(value - slack, value + slack)
  const start = coreStart - phrase.length - (sentence.slice(0, coreStart).length - sentence.slice(0, coreStart).trimEnd().length)
  const span: TimeSpan = { start, end: coreEnd, text: sentence.slice(start, coreEnd), coreStart: start, coreEnd, value, min, max }
  if (hedge) span.qualifier = 'approx'
  const zone = zoneAfter(sentence, coreEnd)
  if (zone) span.zone = zone
  return span
}

function timeSpan(sentence: string, coreStart: number, coreEnd: number, minutes: number, word: boolean): TimeSpan {
  const offset = offsetSpan(sentence, coreStart, coreEnd, minutes)
  if (offset) return offset
  const qualifier = qualifierBefore(sentence, coreStart)
  const slack = rounding(minutes, word)
  const [min, max] = onTheClock(...((qualifier ? [minutes + qualifier.window[0], minutes + qualifier.window[1]] : [minutes - slack, minutes + slack]) as [number, number]))
  const start = qualifier?.start ?? coreStart
  const span: TimeSpan = { start, end: coreEnd, text: sentence.slice(start, coreEnd), coreStart, coreEnd, value: minutes, min, max }
  if (qualifier) span.qualifier = qualifier.kind
  const zone = zoneAfter(sentence, coreEnd)
  if (zone) span.zone = zone
  return span
}

/** Digits or a word a time is written with: most sentences have none and cost one test. */
const MAY_HOLD_TIME = new RegExp(`\\d|midnight|noon|midday|hours|\\b(?:${Object.keys(CLOCK_HOUR_WORDS).join('|')})\\b`, 'i')

const hourOf = (word: string) => CLOCK_HOUR_WORDS[word.toLowerCase()] ?? Number(word)

/** Minutes after midnight of a spoken time, when the words after it say which half of the day it is in. */
function spokenMinutes([, minuteWord, minuteDigits, direction, hourWord, plainHour]: RegExpMatchArray, after: string): number | undefined {
  const half = DAY_HALF_AFTER.exec(after)?.[1]
  if (!half) return undefined
  const hour = hourOf(hourWord ?? plainHour)
  const past = minuteWord ? CLOCK_MINUTE_WORDS[minuteWord.toLowerCase()] : minuteDigits ? Number(minuteDigits) : 0
  const offset = direction ? past * CLOCK_DIRECTIONS[direction.toLowerCase()] : 0
  const kind = DAY_HALF_WORDS[half.toLowerCase()]
  // "at night": late hours are the evening's, early ones the morning's
  const afternoon = kind === 'pm' || (kind === 'night' && hour >= 6 && hour < 12)
  const minutes = (hour % 12) * 60 + (afternoon ? 720 : 0) + offset
  return (minutes + MINUTES_PER_DAY) % MINUTES_PER_DAY
}

/** Times of day in a sentence, in reading order. */
export function findTimes(sentence: string): TimeSpan[] {
  const text = String(sentence ?? '')
  if (!MAY_HOLD_TIME.test(text)) return []
  const spans: TimeSpan[] = []
  const free = (start: number, end: number) => !spans.some((span) => span.coreStart < end && start < span.coreEnd)
  for (const match of text.matchAll(CLOCK_12)) {
    const [whole, hours, minutes, space, dotted, plain] = match
    const hour = Number(hours)
    if (hour < 1 || hour > 12) continue
    const start = match.index ?? 0
    const marker = dotted ?? plain
    // "at 10 PM" is a time; "the 10 PM" of a prime minister is not: capitals with a space need a preposition
    if (space && marker === marker.toUpperCase() && !minutes && !TIME_PREPOSITIONS.has(wordsBefore(text, start, 1)[0] ?? '')) continue
    const value = (hour % 12) * 60 + (marker.toLowerCase() === 'p' ? 720 : 0) + Number(minutes ?? 0)
    spans.push(timeSpan(text, start, start + whole.length, value, false))
  }
  for (const match of text.matchAll(CLOCK_24)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    if (!free(start, end) || notClock(text, start, end)) continue
    spans.push(timeSpan(text, start, end, Number(match[1]) * 60 + Number(match[2]), false))
  }
  for (const match of text.matchAll(CLOCK_ZONED)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    if (free(start, end)) spans.push(timeSpan(text, start, end, Number(match[1]) * 60 + Number(match[2]), false))
  }
  for (const match of text.matchAll(WORD_TIME)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    // "Midnight Oil": a capitalised time word inside a sentence is a name
    if (!free(start, end) || (/^[A-Z]/.test(match[1]) && text.slice(0, start).trim() !== '')) continue
    spans.push(timeSpan(text, start, end, TIME_WORDS[match[1].toLowerCase()], true))
  }
  for (const match of text.matchAll(SPOKEN_TIME)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    // "rose from five to ten in the morning" is a range, not a time
    const range = /^(?:from|between)$/.test(wordsBefore(text, start, 1)[0] ?? '')
    const minutes = range ? undefined : spokenMinutes(match, text.slice(end))
    if (minutes !== undefined && free(start, end)) spans.push(timeSpan(text, start, end, minutes, false))
  }
  for (const match of text.matchAll(PERIOD)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length
    const end = (match.index ?? 0) + match[0].length
    if (!free(start, end)) continue
    const [min, max] = PERIOD_WINDOWS.get(match[1].toLowerCase().split(/\s+/).slice(1).join(' '))!
    spans.push({ start, end, text: match[1], coreStart: start, coreEnd: end, value: Math.round((min + max) / 2), min, max, qualifier: 'approx' })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** A time as the extraction gold writes it: "T22:00". */
export function clockText(minutes: number): string {
  const day = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
  return `T${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`
}
