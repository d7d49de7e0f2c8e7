import { extractClaims } from '../engine'

/**
 * Longest piece of text handed to the engine in one synchronous call while extracting an article's claims
 * (about 100 ms of work): between pieces the event loop serves other requests.
 */
export const SLICE_CHARS = 2_000

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The text cut into pieces of at most SLICE_CHARS at paragraph breaks, or at sentence ends inside a longer
 * paragraph (a piece never cuts a paragraph otherwise). Sentences never span paragraphs, and whether a
 * sentence states a figure is decided within the sentence, so the pieces give the same claim sentences.
 */
export function slicesOf(text: string, maxChars = SLICE_CHARS): string[] {
  const units = text
    .split(/\n{2,}/)
    .flatMap((paragraph) => (paragraph.length <= maxChars ? [paragraph] : paragraph.split(/(?<=[.!?])\s+(?=\S)/)))
  const slices: string[] = []
  let current = ''
  for (const unit of units) {
    if (current && current.length + unit.length + 2 > maxChars) {
      slices.push(current)
      current = ''
    }
    current = current ? `${current}\n\n${unit}` : unit
  }
  if (current) slices.push(current)
  return slices
}

/** The sentences of `text` that state figures, extracted a slice at a time, yielding between slices. */
export async function claimSentencesInSlices(text: string, date?: string): Promise<string[]> {
  const sentences: string[] = []
  for (const [index, slice] of slicesOf(text).entries()) {
    if (index > 0) await yieldToEventLoop()
    for (const sentence of extractClaims(slice, { date })) sentences.push(sentence.text.trim())
  }
  return sentences
}
