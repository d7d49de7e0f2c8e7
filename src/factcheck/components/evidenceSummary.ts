import type { FigureCheck } from '../engine/types'

/** The noun for a count: "source" for 1, "sources" otherwise. */
export const noun = (count: number, singular: string, pluralForm = `${singular}s`) => (count === 1 ? singular : pluralForm)

/** "1 source", "4 sources". */
export const plural = (count: number, singular: string, pluralForm?: string) => `${count} ${noun(count, singular, pluralForm)}`

/** Wordings shown for one reading: "five hours", or "nearly five hours or more than five hours". */
const WORDINGS_SHOWN = 2

interface Reading {
  min: number
  max: number
  unit: string
  sources: Set<string>
  wordings: Map<string, number>
}

const wordingOf = (reading: Reading) => {
  const wordings = [...reading.wordings.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text)
  return wordings.slice(0, WORDINGS_SHOWN).join(' or ') + (wordings.length > WORDINGS_SHOWN ? ' …' : '')
}

/**
 * One line of what the corpus says about a figure, e.g. "The sources say five hours — 4 sources". Figures whose
 * ranges overlap or touch are one reading ("nearly five hours" and "more than five hours" say the same thing);
 * readings that do not meet are the sources differing.
 */
export function evidenceSummary(figure: Pick<FigureCheck, 'evidence' | 'status'>): string {
  if (figure.evidence.length === 0) return 'No source states a figure for this.'
  const readings: Reading[] = []
  const ordered = [...figure.evidence].sort((a, b) => a.figure.min - b.figure.min)
  for (const { figure: stated, source } of ordered) {
    const reading = readings.find((candidate) => candidate.unit === stated.unit && stated.min <= candidate.max && candidate.min <= stated.max)
    if (reading) {
      reading.min = Math.min(reading.min, stated.min)
      reading.max = Math.max(reading.max, stated.max)
    }
    const target = reading ?? { min: stated.min, max: stated.max, unit: stated.unit, sources: new Set<string>(), wordings: new Map<string, number>() }
    if (!reading) readings.push(target)
    target.sources.add(source)
    target.wordings.set(stated.text, (target.wordings.get(stated.text) ?? 0) + 1)
  }
  readings.sort((a, b) => b.sources.size - a.sources.size)
  const sourceCount = new Set(figure.evidence.map((evidence) => evidence.source)).size
  if (readings.length === 1) return `The sources say ${wordingOf(readings[0])} — ${plural(sourceCount, 'source')}`
  return `The sources differ: ${readings.map((reading) => `${wordingOf(reading)} (${plural(reading.sources.size, 'source')})`).join(', ')}`
}

/** Engine measure texts are lower case phrases ("duration of the talks"): shown as a label, capitalised. */
export const measureLabel = (measure: string) => (measure ? measure[0].toUpperCase() + measure.slice(1) : '')
