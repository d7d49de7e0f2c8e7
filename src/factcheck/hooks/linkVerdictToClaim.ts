import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { CLAIMS, VERDICTS } from '../constants'
import { withFactCheckContext } from '../context'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | undefined)

/** Copies the state of a claim's verdict onto the claim, so claims can be filtered and publicly read by it. */
async function updateClaimReview(req: PayloadRequest, claimId: number | string) {
  const published = await req.payload.find({
    collection: VERDICTS,
    where: { claim: { equals: claimId }, _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    req,
  })
  const any = await req.payload.find({
    collection: VERDICTS,
    where: { claim: { equals: claimId } },
    draft: true,
    limit: 1,
    depth: 0,
    req,
  })
  const verdict = any.docs[0]
  await req.payload.update({
    collection: CLAIMS,
    id: claimId,
    data: {
      verdict: verdict?.id ?? null,
      reviewed: published.totalDocs > 0,
      hasPublishedVerdict: published.totalDocs > 0,
    } as never,
    context: withFactCheckContext({ internal: true }),
    req,
  })
}

export const linkVerdictToClaim =
  (): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const claimId = idOf(doc.claim)
    if (claimId !== undefined) await updateClaimReview(req, claimId)
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
