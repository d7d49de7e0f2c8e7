import type { Sentence } from '../types'
import { tokenizeText } from './tokens'

/** All sentences of a text with their offsets; figures are left empty (see extractClaims). */
export function splitSentences(text: string): Sentence[] {
  return tokenizeText(String(text ?? '')).map(({ text: sentence, start, end }) => ({ text: sentence, start, end, figures: [] }))
}
