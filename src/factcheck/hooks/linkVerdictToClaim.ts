import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { withFactCheckContext } from '../context'
import { pluginSlugs } from '../options'
import { deskStateOf } from '../services/deskState'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | undefined)

/**
 * Copies the state of a claim's verdict onto the claim, so claims can be filtered and publicly read by it, and
 * sets its desk state. Publishing the verdict settles an "evidence changed" mark; saving a draft does not.
 */
async function updateClaimReview(req: PayloadRequest, claimId: number | string, { publishedNow = false } = {}) {
  const { claims, verdicts } = pluginSlugs(req.payload)
  const published = await req.payload.find({
    collection: verdicts,
    where: { claim: { equals: claimId }, _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    req,
  })
  const any = await req.payload.find({
    collection: verdicts,
    where: { claim: { equals: claimId } },
    draft: true,
    limit: 1,
    depth: 0,
    req,
  })
  const verdict = any.docs[0]
  const claim = await req.payload.findByID({ collection: claims, id: claimId, depth: 0, select: { assignee: true, evidenceChanged: true }, req })
  const evidenceChanged = !publishedNow && Boolean(claim.evidenceChanged)
  const reviewed = published.totalDocs > 0 && !evidenceChanged
  await req.payload.update({
    collection: claims,
    id: claimId,
    data: {
      verdict: verdict?.id ?? null,
      reviewed,
      hasPublishedVerdict: published.totalDocs > 0,
      evidenceChanged,
      deskState: deskStateOf({
        published: reviewed,
        awaitingApproval: Boolean(verdict?.approvalRequested),
        inReview: Boolean(verdict || claim.assignee),
      }),
    } as never,
    context: withFactCheckContext({ internal: true }),
    req,
  })
}

export const linkVerdictToClaim =
  (): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const claimId = idOf(doc.claim)
    if (claimId !== undefined) await updateClaimReview(req, claimId, { publishedNow: doc._status === 'published' })
    const previousClaimId = idOf(previousDoc?.claim)
    if (previousClaimId !== undefined && previousClaimId !== claimId) await updateClaimReview(req, previousClaimId)
    return doc
  }

export const unlinkVerdictFromClaim =
  (): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const claimId = idOf(doc.claim)
    if (claimId !== undefined) await updateClaimReview(req, claimId)
    return doc
  }
