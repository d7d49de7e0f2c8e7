/** Source text → corpus figures, each with its quote (the sentence), source key, date and story. */
import type { CorpusFigure } from '../types'
import { blankDebris, endsAsSentence, isCorrectionNotice } from '../sentences/debris'
import { analyseDocument } from '../document'
import { findDates, isoDay } from '../figures/dates'
import { corpusKeys } from './keys'

/** Lines this short that hold a full date are datelines: "London, UK – December 4, 2025". */
const DATELINE_LENGTH = 60
const DATELINE_SEARCH = 12

/** The publication date, when the source does not come with one: its first dateline. */
function datelineOf(text: string): string | undefined {
  const lines = text.split('\n').slice(0, DATELINE_SEARCH)
  for (const line of lines) {
    if (line.trim().length === 0 || line.length > DATELINE_LENGTH) continue
    const full = findDates(line, undefined).find((d) => d.unit === 'day' && d.min === d.max)
    if (full) return isoDay(full.min)
  }
  return undefined
}

export function extractCorpusFigures(source: { key: string; text: string; date?: string; title?: string }): CorpusFigure[] {
  const text = blankDebris(String(source.text ?? ''))
  const date = source.date ?? datelineOf(text)
  const title = source.title ? String(source.title) : undefined
  const { sentences, story } = analyseDocument(text, { date, title })
  return sentences.flatMap((sentence) =>
    (isCorrectionNotice(sentence.text) ? [] : sentence.figures)
      .map((figure) => {
        const corpusFigure: CorpusFigure = { ...figure, lookupKeys: corpusKeys(figure, story), source: source.key, quote: sentence.text, story }
        if (date) corpusFigure.sourceDate = date
        if (title) corpusFigure.title = title
        return corpusFigure
      })
      // a figure of no known measure is still found by its value in a sentence of prose (comparison/support.ts)
      .filter((figure) => figure.lookupKeys.length > 0 && (figure.about.topic !== '' || endsAsSentence(figure.quote))),
  )
}
