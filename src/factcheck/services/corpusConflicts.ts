import type { Payload, TypedUser } from 'payload'

import type { CorpusConflict, CorpusFigure } from '../engine'

import { pluginSlugs } from '../options'
import { findCorpusConflicts } from '../engine'

/** Index rows the admin panel reads at most: a page view stays bounded however large the archive. */
export const NEWEST_ROWS = 2_000

/**
 * The measures on which the corpus sources disagree. The index holds one row per figure and lookup key,
 * so figures are deduplicated by `figureId` first. Pass `user` to read with that user's access, and `newest`
 * to look only at the index rows of the newest sources.
 */
export async function loadCorpusConflicts(
  payload: Payload,
  { user, newest }: { user?: TypedUser; newest?: number } = {},
): Promise<CorpusConflict[]> {
  const rows = await payload.find({
    collection: pluginSlugs(payload).corpusFigures,
    pagination: false,
    ...(newest ? { sort: '-sourceDate', limit: newest } : {}),
    depth: 0,
    select: { figureId: true, figure: true },
    ...(user ? { overrideAccess: false, user } : {}),
  })
  const figures = new Map(
    (rows.docs as unknown as Array<{ figureId: string; figure: CorpusFigure }>).map((row) => [String(row.figureId), row.figure]),
  )
  return findCorpusConflicts([...figures.values()])
}
