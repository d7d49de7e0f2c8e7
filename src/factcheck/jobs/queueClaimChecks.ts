import type { PayloadRequest } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { TASK_CHECK_CLAIMS } from '../constants'

/** Claims per check job: small enough that a retry repeats little work. */
const BATCH = 50

export async function queueClaimChecks(req: PayloadRequest, options: ResolvedFactCheckOptions, claimIds: string[]) {
  for (let start = 0; start < claimIds.length; start += BATCH) {
    await req.payload.jobs.queue({
      task: TASK_CHECK_CLAIMS,
      queue: options.queue,
      input: { claimIds: claimIds.slice(start, start + BATCH) },
      req,
    })
  }
}
