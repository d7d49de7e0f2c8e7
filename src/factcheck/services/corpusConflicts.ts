import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { CorpusConflict, CorpusFigure } from '../engine'

import { CORPUS_FIGURES } from '../constants'
import { findCorpusConflicts } from '../engine'

/**
 * The measures on which the corpus sources disagree. The index holds one row per figure and lookup key,
 * so figures are deduplicated by `figureId` first. Pass `user` to read with that user's access.
 */
export async function loadCorpusConflicts(payload: Payload, { user }: { user?: TypedUser } = {}): Promise<CorpusConflict[]> {
  const rows = await payload.find({
    collection: CORPUS_FIGURES as CollectionSlug,
    pagination: false,
    depth: 0,
    select: { figureId: true, figure: true },
    ...(user ? { overrideAccess: false, user } : {}),
  })
  const figures = new Map(
    (rows.docs as unknown as Array<{ figureId: string; figure: CorpusFigure }>).map((row) => [String(row.figureId), row.figure]),
  )
  return findCorpusConflicts([...figures.values()])
}
