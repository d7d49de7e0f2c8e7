import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { factCheckContext } from '../context'
import { adminLink, articleAuthor, queueEmail } from '../services/notify'
import { ratingOf } from '../services/ratingScale'

export const NEEDS_APPROVAL =
  "This verdict needs a second reviewer's approval before it publishes: ask for a second review, and another reviewer approves it."

/**
 * The desk's rules of publication: with `desk.secondReview`, a verdict publishes only through a second
 * reviewer's approval (the approve endpoint); an approval holds only for the rating and explanation approved;
 * `firstPublishedAt` keeps the first publication (ClaimReview `datePublished`).
 */
export const deskVerdictBeforeChange =
  (options: ResolvedFactCheckOptions): CollectionBeforeChangeHook =>
  ({ data, originalDoc, context }) => {
    const { approving } = factCheckContext(context)
    const result = { ...data }
    const publishing = data._status === 'published'
    const contentChanged = originalDoc && (data.rating !== originalDoc.rating || data.explanation !== originalDoc.explanation)
    if (!approving && contentChanged) Object.assign(result, { approvedBy: null, approvedAt: null })
    if (publishing && options.desk.secondReview && !approving && !(originalDoc?._status === 'published' && !contentChanged)) {
      throw new APIError(NEEDS_APPROVAL, 403, undefined, true)
    }
    if (publishing) {
      result.firstPublishedAt = originalDoc?.firstPublishedAt ?? new Date().toISOString()
      result.approvalRequested = false
    }
    return result
  }

/** Tells the article's author when a verdict on one of its sentences is published. */
export const notifyVerdictPublished =
  (options: ResolvedFactCheckOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc._status !== 'published' || (previousDoc?._status === 'published' && previousDoc.rating === doc.rating)) return doc
    const claimId = doc.claim && typeof doc.claim === 'object' ? doc.claim.id : doc.claim
    const claim = await req.payload.findByID({ collection: options.slugs.claims, id: claimId, depth: 0, disableErrors: true, req })
    if (!claim) return doc
    const article = await articleAuthor(req, options, claim.articleRef)
    const rating = ratingOf(options, doc.rating)?.label ?? String(doc.rating)
    await queueEmail(req, options, {
      to: article?.email,
      subject: `Fact-check: verdict "${rating}" published on "${article?.title}"`,
      text: [
        `A verdict was published on a sentence of your article "${article?.title}":`,
        '',
        `  ${claim.text}`,
        '',
        `Verdict: ${rating}`,
        ...(doc.explanation ? [String(doc.explanation)] : []),
        '',
        `The verdict: ${adminLink(req, options, options.slugs.verdicts, doc.id)}`,
      ].join('\n'),
    })
    return doc
  }
