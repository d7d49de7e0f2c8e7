import type { FigureCheck } from '../engine/types'
import type { FactCheckT } from '../translations'

/** Wordings shown for one reading: "five hours", or "nearly five hours or more than five hours". */
const WORDINGS_SHOWN = 2

interface Reading {
  min: number
  max: number
  unit: string
  sources: Set<string>
  wordings: Map<string, number>
}

const wordingOf = (reading: Reading, t: FactCheckT) => {
  const wordings = [...reading.wordings.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text)
  const [first, second] = wordings
  const shown = second === undefined ? first : t('factcheck:wordingsOr', { first, second })
  return wordings.length > WORDINGS_SHOWN ? `${shown} …` : shown
}

/**
 * One line of what the corpus says about a figure, in the admin user's language, e.g. "The sources say five hours
 * — 4 sources" (the figures' wordings are the sources' own). Figures whose ranges overlap or touch are one reading
 * ("nearly five hours" and "more than five hours" say the same thing); readings that do not meet are the sources
 * differing.
 */
export function evidenceSummary(figure: Pick<FigureCheck, 'evidence' | 'status'>, t: FactCheckT): string {
  if (figure.evidence.length === 0) return t('factcheck:evidenceNone')
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
  const sources = (count: number) => t('factcheck:evidenceSources', { count })
  const sourceCount = new Set(figure.evidence.map((evidence) => evidence.source)).size
  if (readings.length === 1) return t('factcheck:evidenceAgree', { wording: wordingOf(readings[0], t), sources: sources(sourceCount) })
  const listed = readings.map((reading) => t('factcheck:evidenceReading', { wording: wordingOf(reading, t), sources: sources(reading.sources.size) }))
  return t('factcheck:evidenceDiffer', { readings: listed.join(', ') })
}

/** Engine measure texts are lower case phrases ("duration of the talks"): shown as a label, capitalised. */
export const measureLabel = (measure: string) => (measure ? measure[0].toUpperCase() + measure.slice(1) : '')
