import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Evidence, FigureCheck } from '../engine/types'
import type { ResolvedFactCheckOptions } from '../options'

import { factCheckContext } from '../context'
import { pluginSlugs } from '../options'
import { adminLink, articleAuthor, queueEmail } from '../services/notify'

type Id = number | string

/** What a verdict was based on: the claim's status and, per figure, which sources support or contradict it. */
const evidenceFingerprint = (status: unknown, figures: unknown) =>
  JSON.stringify([
    status,
    ((figures as FigureCheck[] | null) ?? []).map((figure) =>
      figure.evidence.map((evidence: Evidence) => `${evidence.relation}:${evidence.source}:${evidence.figure.min}-${evidence.figure.max}`).sort(),
    ),
  ])

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}.%]+/gu, ' ').trim()

/** Figures state the same thing when they measure the same (as the engine names it) with overlapping values. */
const sameFigure = (a: FigureCheck, b: FigureCheck) =>
  a.measure === b.measure && a.unit === b.unit && a.min <= b.max && b.min <= a.max && a.value === b.value

const CANDIDATES = 20

/**
 * The latest published verdict of another claim that states the same figure about the same thing, or the same
 * sentence: the starting point of this claim's review.
 */
async function findEarlierVerdict(req: PayloadRequest, claim: { id?: Id; text: string; figures: FigureCheck[]; lookupKeys: string }) {
  const keys = claim.lookupKeys.split('|').filter(Boolean).slice(0, 5)
  const { docs } = await req.payload.find({
    collection: pluginSlugs(req.payload).claims,
    where: {
      and: [
        { hasPublishedVerdict: { equals: true } },
        ...(claim.id === undefined ? [] : [{ id: { not_equals: claim.id } }]),
        { or: [{ text: { equals: claim.text } }, ...keys.map((key) => ({ lookupKeys: { contains: `|${key}|` } }))] },
      ],
    },
    select: { text: true, figures: true, verdict: true },
    sort: '-updatedAt',
    limit: CANDIDATES,
    depth: 0,
    req,
  })
  const text = normalise(claim.text)
  const match = docs.find(
    (other) =>
      normalise(String(other.text)) === text ||
      claim.figures.some((figure) => ((other.figures as FigureCheck[] | null) ?? []).some((earlier) => sameFigure(figure, earlier))),
  )
  return (match?.verdict as Id | null | undefined) ?? null
}

/**
 * After a check: a reviewed claim whose status or evidence changed goes back to the queue, marked
 * `evidenceChanged`; a claim that states what an earlier verdict judged is linked to it.
 */
export const deskClaimBeforeChange =
  (): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, context }) => {
    if (factCheckContext(context).internal || data.checkedAt === undefined || data.checkedAt === originalDoc?.checkedAt) return data
    if (data.status === 'unchecked') return data
    const result = { ...data }
    if (originalDoc?.hasPublishedVerdict && evidenceFingerprint(data.status, data.figures) !== evidenceFingerprint(originalDoc.status, originalDoc.figures)) {
      Object.assign(result, { evidenceChanged: true, reviewed: false, deskState: 'in_review' })
    }
    if (!originalDoc?.verdict) {
      result.earlierVerdict = await findEarlierVerdict(req, {
        id: originalDoc?.id,
        text: String(data.text ?? ''),
        figures: (data.figures as FigureCheck[] | null) ?? [],
        lookupKeys: String(data.lookupKeys ?? ''),
      })
    }
    return result
  }

/** Tells the article's author when one of its sentences turns out to conflict with the corpus. */
export const notifyConflict =
  (options: ResolvedFactCheckOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc.status !== 'conflict' || previousDoc?.status === 'conflict' || !doc.inArticle) return doc
    const article = await articleAuthor(req, options, doc.articleRef)
    await queueEmail(req, options, {
      to: article?.email,
      subject: `Fact-check: a figure in "${article?.title}" conflicts with the sources`,
      text: [
        `The fact-check found a conflict in your article "${article?.title}":`,
        '',
        `  ${doc.text}`,
        '',
        `The claim, with the sources' quotes: ${adminLink(req, options, options.slugs.claims, doc.id)}`,
      ].join('\n'),
    })
    return doc
  }
