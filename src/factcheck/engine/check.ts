/** Claims: text → the sentences that state figures; and the full check of a text against the corpus. */
import type { ClaimCheck, CorpusLookup, Sentence } from './types'
import { analyseText } from './document'
import { compareFigure } from './comparison/compare'
import { claimStatus } from './status/status'

export function extractClaims(text: string, options: { date?: string } = {}): Sentence[] {
  return analyseText(String(text ?? ''), options).filter((sentence) => sentence.figures.length > 0)
}

export async function checkText(text: string, options: { date?: string; lookup: CorpusLookup }): Promise<ClaimCheck> {
  const figures = extractClaims(text, options).flatMap((sentence) => sentence.figures)
  const checks = await Promise.all(
    figures.map(async (figure) => compareFigure(figure, figure.lookupKeys.length ? await options.lookup(figure.lookupKeys) : [])),
  )
  return { status: claimStatus(checks.map((check) => check.status)), figures: checks }
}
