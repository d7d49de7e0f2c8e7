/**
 * Extraction score: the figures `findFigures` reads from annotated sentences, against gold quantities
 * (tests/eval/quantities/README.md says how the gold is written and scored). Values and values with
 * units are matched one to one per sentence; dates and times are left out of the headline scores.
 */
import { readFileSync } from 'node:fs'
import { tokenizeText } from '../../factcheck/engine/sentences/tokens'
import { findFigures, type RawFigure } from '../../factcheck/engine/figures/extract'
import { decideDateOrder } from '../../factcheck/engine/figures/dates'
import { clockText } from '../../factcheck/engine/figures/times'

type Value = number | [number, number]

interface GoldQuantity {
  text: string
  value: Value | string
  unit: string | null
  measured?: string
  kind?: 'date' | 'time'
}

interface GoldSentence {
  id: string
  text: string
  quantities: GoldQuantity[]
}

interface Predicted {
  text: string
  start: number
  end: number
  value: Value
  unit: string | null
  /** For dates and times, the value as the gold writes it: a year (2014), an ISO-like day ("2025-05-12", "--05-12"), a time ("T22:00"). */
  date?: number | string
}

export interface Counts {
  truePositives: number
  falsePositives: number
  misses: number
  precision: number
  recall: number
  f1: number
}

export interface ExtractionMiss {
  id: string
  text: string
  /** Gold quantities no prediction matched (value, or value and unit). */
  missed: string[]
  /** Predictions that matched no gold quantity. */
  spurious: string[]
}

export interface ExtractionScore {
  file: string
  sentences: number
  values: Counts
  valuesWithUnits: Counts
  /** Values, counting dates and times like any other quantity (the README's optional "with dates" line). */
  valuesWithDates: Counts
  /** Sentences with a miss or a false positive on values with units. */
  misses: ExtractionMiss[]
}

/**
 * Engine unit names → the gold's symbols, the one place the two vocabularies meet. Units not listed
 * are already written as the gold writes them (km, kg, °C, USD, ...). Counts have no unit.
 */
const GOLD_SYMBOLS: Record<string, string> = {
  millisecond: 'ms', second: 's', minute: 'min', hour: 'h', metre: 'm', mile: 'mi', percent: '%',
  'percentage-point': 'pp', century: 'century',
}

function goldUnit(figure: RawFigure): string | null {
  const unit = figure.stated ? figure.stated.unit : figure.kind === 'count' ? null : figure.unit
  if (unit === null) return null
  return unit
    .split('/')
    .map((part) => GOLD_SYMBOLS[part] ?? part)
    .join('/')
}

/**
 * Ordinals are positions ("its fourth year"), never quantities. Dates written with digits stay in: one
 * that coincides with a gold date or time is dropped when matching (see partOfDate); any other is a false positive.
 */
function predictionsOf(text: string): Predicted[] {
  const dateOrder = decideDateOrder(text)
  return tokenizeText(text).flatMap((sentence) => {
    const offset = sentence.start
    return findFigures(sentence.text, sentence.tokens, undefined, { dateOrder, bare: true })
      // a date written in words ("in March", "on Tuesday") states no number: it is no quantity to score
      .filter((figure) => figure.kind !== 'ordinal' && (figure.kind !== 'date' || /\d/.test(figure.text)))
      .map((figure) => ({
        text: figure.text,
        start: offset + figure.start,
        end: offset + figure.end,
        value: figure.stated?.value ?? figure.value,
        unit: goldUnit(figure),
        date: figure.kind === 'date' ? goldDate(figure) : figure.kind === 'time' ? clockText(figure.value) : undefined,
      }))
  })
}

/** A date figure as the gold writes dates: a whole year as its number, a single day as its ISO day. */
function goldDate(figure: RawFigure): number | string | undefined {
  const iso = figure.iso
  if (!iso) return undefined
  if (iso.from === iso.to) return iso.from
  const year = /^(\d{4})-01-01$/.exec(iso.from)
  return year && iso.to === `${year[1]}-12-31` ? Number(year[1]) : undefined
}

const TOLERANCE = 1e-6

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
}

function sameValue(predicted: Value, gold: Value | string): boolean {
  if (typeof gold === 'string') return false
  if (Array.isArray(predicted) !== Array.isArray(gold)) return false
  if (Array.isArray(predicted) && Array.isArray(gold)) return sameNumber(predicted[0], gold[0]) && sameNumber(predicted[1], gold[1])
  return sameNumber(predicted as number, gold as number)
}

/** Greedy one-to-one matching in gold order; returns the unmatched predictions and gold. */
function match(
  predicted: Predicted[], gold: GoldQuantity[], equal: (p: Predicted, g: GoldQuantity) => boolean,
): { matched: number; spurious: Predicted[]; missed: GoldQuantity[] } {
  const used = new Set<number>()
  const missed: GoldQuantity[] = []
  for (const quantity of gold) {
    const k = predicted.findIndex((p, index) => !used.has(index) && equal(p, quantity))
    if (k < 0) missed.push(quantity)
    else used.add(k)
  }
  return { matched: used.size, spurious: predicted.filter((_, index) => !used.has(index)), missed }
}

/** A prediction that only restates part of a date or time ("2014" of "the 2014 annexation") is neither right nor wrong. */
function partOfDate(prediction: Predicted, dates: GoldQuantity[], sentence: string): boolean {
  return dates.some((date) => {
    const at = sentence.indexOf(date.text)
    const overlaps = at >= 0 && prediction.start < at + date.text.length && at < prediction.end
    const digits = (date.text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)
    const values = Array.isArray(prediction.value) ? prediction.value : [prediction.value]
    return overlaps || values.every((value) => digits.includes(value))
  })
}

function counts(matched: number, spurious: number, missed: number): Counts {
  const precision = matched + spurious ? matched / (matched + spurious) : 1
  const recall = matched + missed ? matched / (matched + missed) : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { truePositives: matched, falsePositives: spurious, misses: missed, precision, recall, f1 }
}

const describe = (q: { text: string; value: Value | string; unit: string | null }) =>
  `${q.text} = ${JSON.stringify(q.value)}${q.unit ? ` ${q.unit}` : ''}`

/** Precision, recall and F1 of one gold file, for values and for values with units, and the sentences missed. */
export function scoreExtraction(file: string): ExtractionScore {
  const sentences: GoldSentence[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
  const totals = { values: [0, 0, 0], units: [0, 0, 0], dates: [0, 0, 0] }
  const misses: ExtractionMiss[] = []
  for (const sentence of sentences) {
    const gold = sentence.quantities.filter((q) => !q.kind)
    const dates = sentence.quantities.filter((q) => q.kind)
    const predicted = predictionsOf(sentence.text)
    const score = (equal: (p: Predicted, g: GoldQuantity) => boolean) => {
      const result = match(predicted, gold, equal)
      const spurious = result.spurious.filter((p) => !partOfDate(p, dates, sentence.text))
      return { ...result, spurious }
    }
    const values = score((p, g) => sameValue(p.value, g.value))
    const units = score((p, g) => sameValue(p.value, g.value) && p.unit === g.unit)
    const withDates = match(predicted, sentence.quantities, (p, g) => (p.date !== undefined ? p.date === g.value : sameValue(p.value, g.value)))
    totals.dates = [totals.dates[0] + withDates.matched, totals.dates[1] + withDates.spurious.length, totals.dates[2] + withDates.missed.length]
    totals.values = [totals.values[0] + values.matched, totals.values[1] + values.spurious.length, totals.values[2] + values.missed.length]
    totals.units = [totals.units[0] + units.matched, totals.units[1] + units.spurious.length, totals.units[2] + units.missed.length]
    if (units.missed.length || units.spurious.length) {
      misses.push({
        id: sentence.id, text: sentence.text, missed: units.missed.map(describe), spurious: units.spurious.map(describe),
      })
    }
  }
  return {
    file,
    sentences: sentences.length,
    values: counts(totals.values[0], totals.values[1], totals.values[2]),
    valuesWithUnits: counts(totals.units[0], totals.units[1], totals.units[2]),
    valuesWithDates: counts(totals.dates[0], totals.dates[1], totals.dates[2]),
    misses,
  }
}
