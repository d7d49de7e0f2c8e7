/** Claims: text → the sentences that state figures; and the full check of a text against the corpus. */
import type { ClaimCheck, ClaimScope, CorpusFigure, CorpusLookup, Evidence, Figure, FigureCheck, Sentence } from './types'
import { analyseDocument, documentStory, measureId } from './document'
import { claimKeys, isValueKey, isWordingKey, linkedStoryKeys } from './corpus/keys'
import { compareFigure } from './comparison/compare'
import { claimStatus, figureStatus } from './status/status'
import { supportByValue } from './comparison/support'
import { supportByComplement } from './comparison/complement'
import { supportByDifference } from './comparison/difference'
import { compareByWording } from './comparison/wording'

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
    story = documentStory(text)
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
      const measureKeys = figure.lookupKeys.filter((key) => !isValueKey(key) && !isWordingKey(key))
      const found = measureKeys.length ? await options.lookup(measureKeys) : []
      const linked = linkedStoryKeys(figure, scope.story, found, measureKeys)
      const candidates = linked.length ? withoutRepeats([...found, ...(await options.lookup(linked))]) : found
      const check = compareFigure(figure, candidates, scope, sentence)
      if (check.status !== 'no_evidence' || check.reason) return check
      const complement = supportByComplement(figure, candidates, scope, sentence)
      if (complement.length) return { ...check, status: 'supported' as const, evidence: complement.slice(0, VALUE_EVIDENCE), reason: 'the rest of the whole, held by another' }
      const difference = supportByDifference(figure, candidates, scope)
      if (difference.length) return { ...check, status: 'supported' as const, evidence: difference, reason: 'the difference between the levels a report gives before and after' }
      // the measure found nothing: the same amount in the story, under other words (a second, rarer lookup)
      const valueKeys = figure.lookupKeys.filter(isValueKey)
      const byValue = valueKeys.length ? orByValue(check, figure, await options.lookup(valueKeys), scope, sentence) : check
      if (byValue.status !== 'no_evidence') return byValue
      // nor by value: a report's clause the claim repeats nearly word for word, with its own amount (a third lookup)
      const wordingKeys = figure.lookupKeys.filter(isWordingKey)
      const byWording = wordingKeys.length ? compareByWording(figure, await options.lookup(wordingKeys), scope, sentence) : undefined
      return byWording ?? byValue
    }),
  )
  const settled = checks.map((check, i) => withoutSiblingsEvidence(check, i, figures, checks))
  return { status: claimStatus(settled.map((check) => check.status)), figures: settled }
}

/** A figure found under two lookups once (a store returns it afresh each time). */
function withoutRepeats(figures: CorpusFigure[]): CorpusFigure[] {
  const seen = new Set<string>()
  return figures.filter((figure) => {
    const key = `${figure.source}\u0000${figure.start}\u0000${figure.quote}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const evidenceKey = (item: Evidence) => `${item.source}\u0000${item.figure.text}\u0000${item.quote}`

/**
 * A sentence stating two amounts of one measure tells two things apart ("Twenty points remain of the original
 * 28-point plan"; "in 2014 it annexed Crimea; in 2022 it declared …"): a report's figure that supports one of them is
 * about that one, and refutes neither.
 */
function withoutSiblingsEvidence(check: FigureCheck, at: number, figures: Array<{ figure: Figure; sentence: string }>, checks: FigureCheck[]): FigureCheck {
  const { figure, sentence } = figures[at]
  const theirs = new Set<string>()
  figures.forEach((other, j) => {
    if (j === at || other.sentence !== sentence || measureId(other.figure) !== measureId(figure)) return
    for (const item of checks[j].evidence) if (item.relation === 'supports') theirs.add(evidenceKey(item))
  })
  if (theirs.size === 0 || !check.evidence.some((item) => item.relation === 'conflicts' && theirs.has(evidenceKey(item)))) return check
  const evidence = check.evidence.filter((item) => item.relation !== 'conflicts' || !theirs.has(evidenceKey(item)))
  // the reason the comparison gave was about the evidence now set aside
  const result: FigureCheck = { ...check, evidence, status: figureStatus(evidence.filter((item) => !item.superseded)) }
  delete result.reason
  return result
}
