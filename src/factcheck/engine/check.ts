/** Claims: text → the sentences that state figures; and the full check of a text against the corpus. */
import type { ClaimCheck, ClaimScope, CorpusFigure, CorpusLookup, Figure, FigureCheck, Sentence } from './types'
import { analyseDocument } from './document'
import { claimKeys, isValueKey } from './corpus/keys'
import { compareFigure } from './comparison/compare'
import { claimStatus } from './status/status'
import { supportByValue } from './comparison/support'

export interface ClaimOptions {
  /** ISO day of the article or claim: the reference for relative dates and running tallies. */
  date?: string
  /** The article's title and/or text: which story the claim belongs to. */
  context?: string
}

/** The part of a context read for its story: the title and the lead say what it is about. */
const CONTEXT_LENGTH = 4000
const CONTEXT_CACHE_SIZE = 32
const contextCache = new Map<string, string[]>()

/** Salient entities of a context; an article's claims share one context, so it is analysed once. */
function contextStory(context: string | undefined): string[] | undefined {
  const text = String(context ?? '').slice(0, CONTEXT_LENGTH)
  if (!text.trim()) return undefined
  let story = contextCache.get(text)
  if (!story) {
    story = analyseDocument(text).story
    if (contextCache.size >= CONTEXT_CACHE_SIZE) contextCache.delete(contextCache.keys().next().value!)
    contextCache.set(text, story)
  }
  return story
}

function analyseClaims(text: string, options: ClaimOptions): { sentences: Sentence[]; scope: ClaimScope } {
  const { sentences, story } = analyseDocument(String(text ?? ''), { date: options.date })
  // a text of several sentences is its own context when none is given
  const scope: ClaimScope = { story: contextStory(options.context) ?? (sentences.length > 1 ? story : []) }
  if (options.date) scope.date = options.date
  const context = String(options.context ?? '').slice(0, CONTEXT_LENGTH).toLowerCase()
  if (context.trim()) scope.text = context
  const claims = sentences.filter((sentence) => sentence.figures.length > 0)
  for (const figure of claims.flatMap((s) => s.figures)) figure.lookupKeys = claimKeys(figure, scope.story)
  return { sentences: claims, scope }
}

export function extractClaims(text: string, options: ClaimOptions = {}): Sentence[] {
  return analyseClaims(text, options).sentences
}

/** Evidence items of support by value kept at most. */
const VALUE_EVIDENCE = 4

/** A figure the measure left without evidence may still be supported by the same amount in its story (comparison/support.ts). */
function orByValue(check: FigureCheck, figure: Figure, candidates: CorpusFigure[], scope: ClaimScope, sentence: string): FigureCheck {
  if (check.status !== 'no_evidence' || check.reason) return check
  const evidence = supportByValue(figure, candidates, scope, sentence)
  if (evidence.length === 0) return check
  const kept = evidence.slice(0, VALUE_EVIDENCE)
  const result: FigureCheck = { ...check, status: 'supported', evidence: kept, reason: 'the same amount in a report of the same story, in other words' }
  if (evidence.length > kept.length) result.moreEvidence = evidence.length - kept.length
  return result
}

export async function checkText(text: string, options: ClaimOptions & { lookup: CorpusLookup }): Promise<ClaimCheck> {
  const { sentences, scope } = analyseClaims(text, options)
  const figures = sentences.flatMap((sentence) => sentence.figures.map((figure) => ({ figure, sentence: sentence.text })))
  const checks = await Promise.all(
    figures.map(async ({ figure, sentence }) => {
      const measureKeys = figure.lookupKeys.filter((key) => !isValueKey(key))
      const check = compareFigure(figure, measureKeys.length ? await options.lookup(measureKeys) : [], scope, sentence)
      if (check.status !== 'no_evidence' || check.reason) return check
      // the measure found nothing: the same amount in the story, under other words (a second, rarer lookup)
      const valueKeys = figure.lookupKeys.filter(isValueKey)
      return valueKeys.length ? orByValue(check, figure, await options.lookup(valueKeys), scope, sentence) : check
    }),
  )
  return { status: claimStatus(checks.map((check) => check.status)), figures: checks }
}
