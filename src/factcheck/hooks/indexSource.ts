import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { TASK_RECHECK_MEASURES } from '../constants'
import { indexSavedSources, removeSourceFromIndex, type SourceDocument } from '../services/corpusIndex'

/** Queues one re-check of the claims about the given lookup keys (once per batch of sources, not per source). */
export async function queueRecheck(req: PayloadRequest, options: ResolvedFactCheckOptions, keys: string[]) {
  if (keys.length === 0) return
  await req.payload.jobs.queue({ task: TASK_RECHECK_MEASURES, queue: options.queue, input: { keys }, req })
}

/** Re-indexes a source whose content changed, then re-checks the claims about the measures it touched. */
export const indexSourceAfterChange =
  (options: ResolvedFactCheckOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const changed =
      operation === 'create' ||
      (['key', 'title', 'text', 'publisher', 'publishedAt', 'url'] as const).some((field) => doc[field] !== previousDoc?.[field])
    if (!changed) return doc
    const { figureCounts, touchedKeys } = await indexSavedSources(req, [doc as SourceDocument], { created: operation === 'create' })
    await queueRecheck(req, options, touchedKeys)
    return { ...doc, figureCount: figureCounts.get(doc.id) }
  }

/** Runs before the delete: the index rows reference the source and may not outlive it (NOT NULL). */
export const removeSourceIndex =
  (options: ResolvedFactCheckOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await queueRecheck(req, options, await removeSourceFromIndex(req, id))
  }
