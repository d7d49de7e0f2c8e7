import type { CollectionBeforeChangeHook } from 'payload'

import { factCheckContext } from '../context'
import { checkClaimText, claimContext } from '../services/checkClaim'
import { isoDay } from '../services/corpusIndex'

const pending = { status: 'unchecked', figures: null, checkedAt: null, checkError: null }

/**
 * Checks a claim when it is created, when its text or date changes, or when asked to re-check.
 * A failing check never fails the save: the claim keeps the error and a job retries it.
 */
export const checkClaimBeforeChange =
  (): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    const flags = factCheckContext(context)
    const text = String(data.text ?? originalDoc?.text ?? '')
    const date = isoDay((data.date ?? originalDoc?.date) as string | undefined)
    const changed =
      operation === 'create' || text !== originalDoc?.text || date !== isoDay(originalDoc?.date as string | undefined)
    if (flags.internal || !(changed || flags.recheck)) {
      // Checker-owned fields are never taken from the request.
      const { status, figures, checkedAt, checkError, lookupKeys, ...rest } = data
      return operation === 'create' ? { ...rest, ...pending } : rest
    }
    if (flags.deferCheck) return { ...data, ...pending }
    try {
      // the article's title and text say which story the claim belongs to
      const context = await claimContext(req, data.articleRef ?? originalDoc?.articleRef)
      return { ...data, ...(await checkClaimText(req, text, date, context)) }
    } catch (error) {
      if (flags.inJob) throw error
      req.payload.logger.error({ err: error, msg: 'factcheck: claim check failed; a job will retry it' })
      return { ...data, ...pending, checkError: (error as Error).message || String(error) }
    }
  }
