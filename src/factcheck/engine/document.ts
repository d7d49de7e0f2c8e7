/**
 * Text → sentences with measured figures. Shared by claims and corpus sources: both are documents
 * whose later sentences lean on earlier ones for context.
 */
import type { Figure, Sentence } from './types'
import { tokenizeText, type TokenizedSentence } from './sentences/tokens'
import { findFigures } from './figures/extract'
import { parseIsoDate } from './figures/dates'
import { describeMeasure } from './measures/measure'
import { sentenceContext } from './measures/context'

interface AnalysedSentence {
  sentence: Sentence
  paragraph: number
  places: string[]
}

/** Versioned figures consulted per key when giving a versionless figure its version. */
const TWIN_REACH = 20

function measureSentence(tokenized: TokenizedSentence, reference: Date | undefined): AnalysedSentence {
  const raw = findFigures(tokenized.text, tokenized.tokens, reference)
  const context = sentenceContext(tokenized.tokens)
  const figures = raw.map((figure) => {
    const { about, measure, lookupKeys, unit } = describeMeasure(context, figure)
    const result: Figure = {
      text: figure.text, value: figure.value, min: figure.min, max: figure.max, unit, kind: figure.kind,
      measure, lookupKeys, start: figure.start, end: figure.end, about,
    }
    if (figure.iso) result.iso = figure.iso
    if (figure.qualifier) result.qualifier = figure.qualifier
    return result
  })
  const places = [...context.sentenceEntities().places]
  return {
    sentence: { text: tokenized.text, start: tokenized.start, end: tokenized.end, figures },
    paragraph: tokenized.paragraph,
    places,
  }
}

/** "… concluded in Moscow. After nearly five hours of discussions …": a figure naming no place takes the previous sentence's. */
function carryPlaces(analysed: AnalysedSentence[]): void {
  analysed.forEach((current, k) => {
    const previous = analysed[k - 1]
    if (!previous || previous.paragraph !== current.paragraph || previous.places.length === 0) return
    for (const figure of current.sentence.figures) {
      if (figure.about.places.length === 0) figure.about.places = [...previous.places].sort()
    }
  })
}

/**
 * "the updated plan, roughly 19–20 points" … "its 19–20 provisions": a versionless figure takes the
 * version of an overlapping figure on the same key in the same document.
 */
function carryVersions(figures: Figure[]): void {
  const versioned = new Map<string, Figure[]>()
  for (const figure of figures) {
    if (!figure.about.version || !figure.lookupKeys.length) continue
    const list = versioned.get(figure.lookupKeys[0]) ?? []
    if (list.length < TWIN_REACH) versioned.set(figure.lookupKeys[0], [...list, figure])
  }
  for (const figure of figures) {
    if (figure.about.version || !figure.lookupKeys.length) continue
    const twin = versioned
      .get(figure.lookupKeys[0])
      ?.find((other) => other.unit === figure.unit && other.min <= figure.max && figure.min <= other.max)
    if (twin) figure.about.version = twin.about.version
  }
}

export function analyseText(text: string, options: { date?: string } = {}): Sentence[] {
  const reference = parseIsoDate(options.date)
  const analysed = tokenizeText(text).map((sentence) => measureSentence(sentence, reference))
  carryPlaces(analysed)
  const sentences = analysed.map((a) => a.sentence)
  carryVersions(sentences.flatMap((s) => s.figures))
  return sentences
}
