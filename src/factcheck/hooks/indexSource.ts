import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { SOURCES, TASK_RECHECK_MEASURES } from '../constants'
import { indexSource, removeSourceFromIndex, type SourceDocument } from '../services/corpusIndex'

async function queueRecheck(req: PayloadRequest, options: ResolvedFactCheckOptions, keys: string[]) {
  if (keys.length === 0) return
  await req.payload.jobs.queue({ task: TASK_RECHECK_MEASURES, queue: options.queue, input: { keys }, req })
}

/** Re-indexes a source whose text changed, then re-checks the claims about the measures it touched. */
export const indexSourceAfterChange =
  (options: ResolvedFactCheckOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const changed =
      operation === 'create' ||
      doc.text !== previousDoc?.text ||
      doc.key !== previousDoc?.key ||
      doc.publishedAt !== previousDoc?.publishedAt
    if (!changed) return doc
    const { figureCount, touchedKeys } = await indexSource(req, doc as SourceDocument)
    // The count is derived data: written straight to the database, without re-running this hook.
    await req.payload.db.updateOne({ collection: SOURCES, id: doc.id, data: { figureCount }, req })
    await queueRecheck(req, options, touchedKeys)
    return { ...doc, figureCount }
  }

/** Runs before the delete: the index rows reference the source and may not outlive it (NOT NULL). */
export const removeSourceIndex =
  (options: ResolvedFactCheckOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await queueRecheck(req, options, await removeSourceFromIndex(req, id))
  }
