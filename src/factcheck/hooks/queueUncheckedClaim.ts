import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { factCheckContext } from '../context'
import { queueClaimChecks } from '../jobs/queueClaimChecks'

/** A claim whose check failed goes to the jobs queue (deferred checks are queued in batches by their caller). */
export const queueUncheckedClaim =
  (options: ResolvedFactCheckOptions): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    const flags = factCheckContext(context)
    if (doc.status !== 'unchecked' || flags.inJob || flags.internal || flags.deferCheck) return doc
    await queueClaimChecks(req, options, [String(doc.id)])
    return doc
  }
