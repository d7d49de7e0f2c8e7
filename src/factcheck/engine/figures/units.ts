/** Units: which words name them, their canonical names, and conversion between units of one family. */
import type { FigureKind } from '../types'

interface UnitInfo {
  unit: string
  kind: FigureKind
}

const TIME: Record<string, string> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', h: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week', wk: 'week', wks: 'week',
  month: 'month', months: 'month',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade',
}

const LENGTH: Record<string, string> = {
  km: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mile', miles: 'mile', metre: 'metre', metres: 'metre', meter: 'metre', meters: 'metre',
}

/** Parts of a document or plan: "20 points", "19–20 provisions". */
const PARTS: Record<string, string> = {
  point: 'point', points: 'point', provision: 'point', provisions: 'point', clause: 'point', clauses: 'point',
  item: 'point', items: 'point', page: 'page', pages: 'page',
}

export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', '£': 'GBP', '€': 'EUR', '₽': 'RUB', '₴': 'UAH', '¥': 'JPY',
}

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  pound: 'GBP', pounds: 'GBP', gbp: 'GBP', sterling: 'GBP',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rub: 'RUB',
  hryvnia: 'UAH', hryvnias: 'UAH', uah: 'UAH',
}

/** Size of each unit in the base unit of its family. */
const SCALE: Record<string, { family: string; size: number }> = {
  second: { family: 'time', size: 1 / 3600 },
  minute: { family: 'time', size: 1 / 60 },
  hour: { family: 'time', size: 1 },
  day: { family: 'time', size: 24 },
  week: { family: 'time', size: 168 },
  month: { family: 'time', size: 730.5 },
  year: { family: 'time', size: 8766 },
  decade: { family: 'time', size: 87660 },
  km: { family: 'length', size: 1 },
  mile: { family: 'length', size: 1.609344 },
  metre: { family: 'length', size: 0.001 },
}

export function currencyWord(word: string): string | undefined {
  return CURRENCY_WORDS[word]
}

/** A single-word unit (time, length, parts of a plan). */
export function wordUnit(word: string): UnitInfo | undefined {
  if (word in TIME) return { unit: TIME[word], kind: 'duration' }
  if (word in LENGTH) return { unit: LENGTH[word], kind: 'quantity' }
  if (word in PARTS) return { unit: PARTS[word], kind: 'count' }
  return undefined
}

/** Converts an interval from one unit to another of the same family; undefined when not comparable. */
export function convertInterval(min: number, max: number, from: string, to: string): [number, number] | undefined {
  if (from === to) return [min, max]
  const a = SCALE[from]
  const b = SCALE[to]
  if (!a || !b || a.family !== b.family) return undefined
  const factor = a.size / b.size
  return [min * factor, max * factor]
}
