import type { PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { CorpusFigure, CorpusLookup } from '../engine'
import type { DocumentId, IndexRow } from './corpusStore'

import { ENGINE_VERSION, extractCorpusFigures, LIMIT_PER_KEY } from '../engine'
import { corpusStore } from './corpusStore'

export const isoDay = (date: null | string | undefined): string | undefined =>
  date ? new Date(date).toISOString().slice(0, 10) : undefined

/** What decides whether a stored source is still what its file says: every field a source is written from. */
export interface SourceContent {
  key: string
  title: string
  text: string
  publisher?: null | string
  publishedAt?: null | string
  url?: null | string
}

/** A stored source. */
export interface SourceDocument extends SourceContent {
  id: DocumentId
}

export function contentHash(source: SourceContent): string {
  const fields = [source.key, source.title, source.text, source.publisher ?? '', isoDay(source.publishedAt) ?? '', source.url ?? '']
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex')
}

/** The fields the index derives from a source: written with its index rows, never by a request. */
export const derivedFields = (hash: string, figures: CorpusFigure[]) => ({
  contentHash: hash,
  figureCount: figures.length,
  indexVersion: ENGINE_VERSION,
})

/** A stored source still indexed as the current engine would index this content. */
export const isIndexCurrent = (stored: { contentHash?: null | string; indexVersion?: null | string }, hash: string) =>
  stored.contentHash === hash && stored.indexVersion === ENGINE_VERSION

/** A source's figures (the engine's text work: pure, no database). */
export function sourceFigures(source: SourceContent): CorpusFigure[] {
  return extractCorpusFigures({
    key: source.key,
    text: source.text,
    date: isoDay(source.publishedAt),
    title: source.title,
  })
}

/** The index rows of a source's figures: one per figure and lookup key. */
export function indexRows(sourceId: DocumentId, source: SourceContent, figures: CorpusFigure[]): IndexRow[] {
  const publishedDay = isoDay(source.publishedAt)
  return figures.flatMap((figure, index) =>
    figure.lookupKeys.map((lookupKey) => ({
      source: sourceId,
      sourceKey: source.key,
      lookupKey,
      sourceDate: figure.sourceDate ?? publishedDay ?? '',
      figureId: `${source.key}#${index}`,
      text: figure.text,
      measure: figure.measure,
      quote: figure.quote,
      figure,
    })),
  )
}

/**
 * Re-indexes sources that were saved through Payload (the admin's one-source save): their rows are replaced
 * and their derived fields (figure count, content hash, index version) written in one batch. A created source
 * has no rows yet, so nothing is read or deleted first. Returns the lookup keys the change touched (before and
 * after), to re-check the claims about them.
 */
export async function indexSavedSources(
  req: PayloadRequest,
  sources: SourceDocument[],
  { created }: { created: boolean },
): Promise<{ figureCounts: Map<DocumentId, number>; touchedKeys: string[] }> {
  const store = corpusStore(req.payload)
  const before = created ? [] : await store.keysOf(req, sources.map((source) => source.id))
  const rows: IndexRow[] = []
  const figureCounts = new Map<DocumentId, number>()
  const sourceUpdates = sources.map((source) => {
    const figures = sourceFigures(source)
    rows.push(...indexRows(source.id, source, figures))
    figureCounts.set(source.id, figures.length)
    return { id: source.id, data: derivedFields(contentHash(source), figures) }
  })
  await store.writeBatch(req, { clearSources: created ? [] : sources.map((source) => source.id), rows, sourceUpdates })
  return { figureCounts, touchedKeys: [...new Set([...before, ...rows.map((row) => row.lookupKey)])] }
}

export async function removeSourceFromIndex(req: PayloadRequest, sourceId: DocumentId): Promise<string[]> {
  const store = corpusStore(req.payload)
  const keys = await store.keysOf(req, [sourceId])
  await store.writeBatch(req, { clearSources: [sourceId], rows: [], sourceUpdates: [] })
  return keys
}

/**
 * The engine's corpus lookup: per key, the newest LIMIT_PER_KEY rows through the compound index
 * (lookupKey, sourceDate), reading two columns; figures found under several keys are kept once. It runs
 * outside the request's transaction: a failing query inside a transaction rolls it back (and PostgreSQL refuses
 * any further statement in it), which would undo the article save that a failed check must never fail. The
 * index is derived data that no save writes to, so the transaction adds nothing.
 */
export function databaseLookup(req: Pick<PayloadRequest, 'payload'>, limitPerKey = LIMIT_PER_KEY): CorpusLookup {
  const store = corpusStore(req.payload)
  return async (keys) => {
    if (keys.length === 0) return []
    const byFigure = new Map<string, CorpusFigure>()
    for (const row of await store.lookup([...new Set(keys)], limitPerKey)) {
      if (!byFigure.has(row.figureId)) byFigure.set(row.figureId, row.figure as CorpusFigure)
    }
    return [...byFigure.values()]
  }
}
