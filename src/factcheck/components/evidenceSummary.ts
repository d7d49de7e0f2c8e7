import type { FigureCheck } from '../engine/types'

/** The noun for a count: "source" for 1, "sources" otherwise. */
export const noun = (count: number, singular: string, pluralForm = `${singular}s`) => (count === 1 ? singular : pluralForm)

/** "1 source", "4 sources". */
export const plural = (count: number, singular: string, pluralForm?: string) => `${count} ${noun(count, singular, pluralForm)}`

/**
 * One line of what the corpus says about a figure, e.g. "The sources say five hours — 4 sources". Figures are
 * grouped by their range of values, so "about five hours" and "five hours" count as one reading.
 */
export function evidenceSummary(figure: Pick<FigureCheck, 'evidence' | 'status'>): string {
  if (figure.evidence.length === 0) return 'No source states a figure for this.'
  const readings = new Map<string, { text: string; sources: Set<string>; conflicts: boolean }>()
  for (const evidence of figure.evidence) {
    const key = `${evidence.figure.min}|${evidence.figure.max}|${evidence.figure.unit}`
    const reading = readings.get(key) ?? { text: evidence.figure.text, sources: new Set(), conflicts: evidence.relation === 'conflicts' }
    reading.sources.add(evidence.source)
    readings.set(key, reading)
  }
  const ordered = [...readings.values()].sort((a, b) => b.sources.size - a.sources.size)
  const sourceCount = new Set(figure.evidence.map((evidence) => evidence.source)).size
  if (ordered.length === 1) return `The sources say ${ordered[0].text} — ${plural(sourceCount, 'source')}`
  return `The sources differ: ${ordered.map((reading) => `${reading.text} (${plural(reading.sources.size, 'source')})`).join(', ')}`
}

/** Engine measure texts are lower case phrases ("duration of the talks"): shown as a label, capitalised. */
export const measureLabel = (measure: string) => (measure ? measure[0].toUpperCase() + measure.slice(1) : '')
