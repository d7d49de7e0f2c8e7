import type { PayloadRequest } from 'payload'

import type { CorpusFigure, CorpusLookup } from '../engine'

import { CORPUS_FIGURES } from '../constants'
import { extractCorpusFigures } from '../engine'

export interface SourceDocument {
  id: number | string
  key: string
  text: string
  publishedAt?: null | string
}

export const isoDay = (date: null | string | undefined): string | undefined =>
  date ? new Date(date).toISOString().slice(0, 10) : undefined

/** Lookup keys a source's figures are currently indexed under. */
async function indexedKeys(req: PayloadRequest, sourceId: number | string): Promise<string[]> {
  const rows = await req.payload.find({
    collection: CORPUS_FIGURES,
    where: { source: { equals: sourceId } },
    select: { lookupKey: true },
    pagination: false,
    depth: 0,
    req,
  })
  return rows.docs.map((row) => String(row.lookupKey))
}

/**
 * Rebuilds a source's rows of the corpus index. Rows are written with the adapter's create, without
 * collection hooks or access: the index is derived data, and a source has hundreds of rows.
 * Returns the lookup keys the change touched (before and after), to re-check the claims about them.
 */
export async function indexSource(
  req: PayloadRequest,
  source: SourceDocument,
): Promise<{ figureCount: number; touchedKeys: string[] }> {
  const before = await indexedKeys(req, source.id)
  await req.payload.db.deleteMany({ collection: CORPUS_FIGURES, where: { source: { equals: source.id } }, req })
  const figures = extractCorpusFigures({ key: source.key, text: source.text, date: isoDay(source.publishedAt) })
  const after: string[] = []
  for (const [index, figure] of figures.entries()) {
    for (const lookupKey of figure.lookupKeys) {
      after.push(lookupKey)
      await req.payload.db.create({
        collection: CORPUS_FIGURES,
        data: {
          source: source.id,
          sourceKey: source.key,
          lookupKey,
          figureId: `${source.key}#${index}`,
          text: figure.text,
          measure: figure.measure,
          quote: figure.quote,
          figure,
        },
        req,
      })
    }
  }
  return { figureCount: figures.length, touchedKeys: [...new Set([...before, ...after])] }
}

export async function removeSourceFromIndex(req: PayloadRequest, sourceId: number | string): Promise<string[]> {
  const keys = await indexedKeys(req, sourceId)
  await req.payload.db.deleteMany({ collection: CORPUS_FIGURES, where: { source: { equals: sourceId } }, req })
  return [...new Set(keys)]
}

/**
 * The engine's corpus lookup, answered by one indexed query on the corpus index. The query runs outside the
 * request's transaction: a failing Local API call rolls back the transaction it ran in (and PostgreSQL
 * refuses any further statement in it), which would silently undo the article save that a failed check
 * must never fail. The index is derived data that no save writes to, so the transaction adds nothing.
 */
export function databaseLookup(req: PayloadRequest): CorpusLookup {
  return async (keys) => {
    if (keys.length === 0) return []
    const rows = await req.payload.find({
      collection: CORPUS_FIGURES,
      where: { lookupKey: { in: keys } },
      select: { figureId: true, figure: true },
      pagination: false,
      depth: 0,
    })
    const byFigure = new Map<string, CorpusFigure>()
    for (const row of rows.docs) byFigure.set(String(row.figureId), row.figure as unknown as CorpusFigure)
    return [...byFigure.values()]
  }
}
