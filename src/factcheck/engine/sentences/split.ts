import type { Sentence } from '../types.js'
import { tokenizeText } from './tokens.js'

/** All sentences of a text with their offsets; figures are left empty (see extractClaims). */
export function splitSentences(text: string): Sentence[] {
  return tokenizeText(String(text ?? '')).map(({ text: sentence, start, end }) => ({ text: sentence, start, end, figures: [] }))
}
