/**
 * The corpus import, shared by `npm run corpus -- import`, the bulk endpoint and the admin upload: sources are
 * written in batches, each batch in one transaction with its index rows in multi-row inserts, and one re-check
 * job per batch. Idempotent by key, content hash and engine version: an unchanged source indexed by this engine
 * writes nothing, a changed one (or one indexed by another engine) is re-indexed. A source is written whole or
 * not at all. The re-index of stored sources (`npm run corpus -- reindex`) writes the same way.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'
import type { CorpusFigure } from '../engine'
import type { DocumentId } from './corpusStore'

import { queueRecheck } from '../hooks/indexSource'
import { ENGINE_VERSION } from '../engine'
import { pluginSlugs } from '../options'
import { contentHash, derivedFields, indexRows, isIndexCurrent, isoDay, type SourceContent, sourceFigures } from './corpusIndex'
import { corpusStore } from './corpusStore'

/** Sources per transaction: large enough for multi-row inserts to pay, small enough to hold little memory. */
export const IMPORT_BATCH = 100

export interface ImportItem {
  /** Where the source came from, for the report: a file path, `line 12`, `file.jsonl:3`. */
  origin: string
  source: SourceContent
}

export interface ImportFailure {
  origin: string
  key?: string
  reason: string
}

export interface ImportSummary {
  added: number
  updated: number
  unchanged: number
  failed: ImportFailure[]
  dryRun: boolean
}

export interface ImportProgress {
  done: number
  total: number
}

/** Extraction is CPU work: hand the event loop back now and then, so that a large import holds no request up. */
let lastYield = performance.now()
async function yieldWhenBusy() {
  if (performance.now() - lastYield < 20) return
  await new Promise((resolve) => setImmediate(resolve))
  lastYield = performance.now()
}

type Prepared = ImportItem & {
  hash: string
  existing?: DocumentId
  figures: CorpusFigure[]
  /** A stored source indexed again from its stored fields, which stay as they are. */
  reindex?: boolean
}

/** The stored form of a source's fields (dates as Payload stores them). */
const storedFields = (source: SourceContent) => ({
  key: source.key,
  title: source.title,
  text: source.text,
  publisher: source.publisher ?? null,
  publishedAt: isoDay(source.publishedAt) ? new Date(`${isoDay(source.publishedAt)}T00:00:00.000Z`).toISOString() : null,
  url: source.url ?? null,
})

async function existingSources(req: PayloadRequest, keys: string[]) {
  const { docs } = await req.payload.db.find({
    collection: pluginSlugs(req.payload).sources,
    where: { key: { in: keys } },
    select: { key: true, contentHash: true, indexVersion: true },
    pagination: false,
    limit: 0,
    req,
  })
  const stored = docs as unknown as Array<{ id: DocumentId; key: string; contentHash?: null | string; indexVersion?: null | string }>
  return new Map(stored.map((doc) => [doc.key, doc]))
}

/** Writes one batch in one transaction (SQLite: one atomic batch after the new sources' insert). */
async function writeBatch(req: PayloadRequest, options: ResolvedFactCheckOptions, batch: Prepared[]) {
  const store = corpusStore(req.payload)
  const ownTransaction = await initTransaction(req)
  // On SQLite here Payload leaves `req.transactionID` a promise of null: there is no transaction.
  const inTransaction = Boolean(await req.transactionID)
  const created = batch.filter((item) => item.existing === undefined)
  const changed = batch.filter((item) => item.existing !== undefined)
  let newIds = new Map<string, DocumentId>()
  let indexed = false
  try {
    // Without a transaction, new sources get their hash with their index rows, in the atomic batch: a source
    // left without a hash (by a crash between the two) is re-indexed by the next import.
    const derived = (item: Prepared) => derivedFields(item.hash, item.figures)
    newIds = await store.insertSources(
      req,
      created.map((item) => ({
        ...storedFields(item.source),
        ...(inTransaction ? derived(item) : { contentHash: null, figureCount: null, indexVersion: null }),
      })),
    )
    const changedIds = changed.map((item) => item.existing as DocumentId)
    const keysBefore = await store.keysOf(req, changedIds)
    const idOf = (item: Prepared) => item.existing ?? (newIds.get(item.source.key) as DocumentId)
    const rows = batch.flatMap((item) => indexRows(idOf(item), item.source, item.figures))
    await store.writeBatch(req, {
      clearSources: changedIds,
      rows,
      sourceUpdates: (inTransaction ? changed : batch).map((item) => ({
        id: idOf(item),
        data: { ...(item.existing !== undefined && !item.reindex ? storedFields(item.source) : {}), ...derived(item) },
      })),
    })
    indexed = true
    const touched = [...new Set([...keysBefore, ...rows.map((row) => row.lookupKey)])]
    if (inTransaction) await queueRecheck(req, options, touched)
    else {
      // Without a transaction the sources are stored by now: a failed queueing must not report them as failed.
      await queueRecheck(req, options, touched).catch((error: Error) =>
        req.payload.logger.error(`fact-check: re-check after an import not queued: ${error.message}`),
      )
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else if (newIds.size > 0 && !indexed && !inTransaction) {
      // No transaction (SQLite): take back the sources this batch created.
      await req.payload.db.deleteMany({ collection: pluginSlugs(req.payload).sources, where: { id: { in: [...newIds.values()] } }, req })
    }
    throw error
  }
}

/** A source with its figures, or its failure added to `failed` (thrown when `atomic`). */
async function prepare(item: Omit<Prepared, 'figures'>, failed: ImportFailure[], atomic: boolean): Promise<Prepared | undefined> {
  try {
    return { ...item, figures: sourceFigures(item.source) }
  } catch (error) {
    if (atomic) throw error
    failed.push({ origin: item.origin, key: item.source.key, reason: `extraction failed: ${(error as Error).message}` })
  } finally {
    await yieldWhenBusy()
  }
}

/**
 * Writes a batch of prepared sources; a batch that fails is retried source by source, so that one bad source
 * fails alone (added to `failed`; thrown when `atomic`). Returns the sources written.
 */
async function writePrepared(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  pending: Prepared[],
  failed: ImportFailure[],
  atomic: boolean,
): Promise<Prepared[]> {
  if (pending.length === 0) return []
  try {
    await writeBatch(req, options, pending)
    return pending
  } catch (batchError) {
    if (atomic) throw batchError
    const written: Prepared[] = []
    for (const item of pending) {
      try {
        if (pending.length === 1) throw batchError
        await writeBatch(req, options, [item])
        written.push(item)
      } catch (error) {
        failed.push({ origin: item.origin, key: item.source.key, reason: `not stored: ${(error as Error).message}` })
      }
    }
    return written
  }
}

/** Imports sources. Duplicated keys, extraction failures and write failures are reported per source; the rest is written. */
export async function importSources(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  items: ImportItem[],
  {
    dryRun = false,
    atomic = false,
    onProgress,
  }: {
    dryRun?: boolean
    /** All sources in one transaction; any failure stores nothing and is thrown. */
    atomic?: boolean
    onProgress?: (progress: ImportProgress) => void
  } = {},
): Promise<ImportSummary> {
  const batchSize = atomic ? Math.max(1, items.length) : IMPORT_BATCH
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, failed: [], dryRun }
  const seen = new Map<string, string>()
  const unique: ImportItem[] = []
  for (const item of items) {
    const first = seen.get(item.source.key)
    if (first !== undefined) summary.failed.push({ origin: item.origin, key: item.source.key, reason: `key "${item.source.key}" is also used by ${first}` })
    else {
      seen.set(item.source.key, item.origin)
      unique.push(item)
    }
  }
  const total = unique.length
  let done = 0
  for (let start = 0; start < unique.length; start += batchSize) {
    const part = unique.slice(start, start + batchSize)
    const existing = await existingSources(req, part.map((item) => item.source.key))
    const pending: Prepared[] = []
    for (const item of part) {
      const hash = contentHash(item.source)
      const stored = existing.get(item.source.key)
      if (stored && isIndexCurrent(stored, hash)) {
        summary.unchanged++
        continue
      }
      const prepared = await prepare({ ...item, hash, existing: stored?.id }, summary.failed, atomic)
      if (prepared) pending.push(prepared)
    }
    const written = dryRun ? pending : await writePrepared(req, options, pending, summary.failed, atomic)
    for (const item of written) item.existing === undefined ? summary.added++ : summary.updated++
    done += part.length
    onProgress?.({ done, total })
  }
  return summary
}

export interface ReindexSummary {
  reindexed: number
  /** Sources already indexed by this engine (none with `all`). */
  upToDate: number
  failed: ImportFailure[]
}

/** Sources indexed by another engine version, or by none (a crash between a source's insert and its index). */
export const indexedByAnotherEngine: Where = {
  or: [{ indexVersion: { not_equals: ENGINE_VERSION } }, { indexVersion: { exists: false } }],
}

/**
 * Re-extracts the figures of stored sources from their stored fields (no files needed): those indexed by another
 * engine version, as after an upgrade, or with `all` every source. Written like an import: batches of
 * IMPORT_BATCH sources, each in one transaction with one re-check job for the claims whose evidence may change;
 * the sources' own fields stay as they are.
 */
export async function reindexSources(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  { all = false, onProgress }: { all?: boolean; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ReindexSummary> {
  const collection = pluginSlugs(req.payload).sources
  const selection: Where = all ? {} : indexedByAnotherEngine
  const { totalDocs: sources } = await req.payload.db.count({ collection, req })
  const { totalDocs: total } = all ? { totalDocs: sources } : await req.payload.db.count({ collection, where: selection, req })
  const summary: ReindexSummary = { reindexed: 0, upToDate: sources - total, failed: [] }
  let done = 0
  let after: DocumentId | undefined
  // Pages by id: a re-indexed source leaves the selection, so an offset would skip the sources behind it.
  for (;;) {
    const { docs } = await req.payload.db.find({
      collection,
      where: after === undefined ? selection : { and: [selection, { id: { greater_than: after } }] },
      select: { key: true, title: true, text: true, publisher: true, publishedAt: true, url: true },
      sort: 'id',
      limit: IMPORT_BATCH,
      pagination: false,
      req,
    })
    const stored = docs as unknown as Array<SourceContent & { id: DocumentId }>
    if (stored.length === 0) break
    after = stored[stored.length - 1].id
    const pending: Prepared[] = []
    for (const { id, ...source } of stored) {
      const item = { origin: `${collection}/${id}`, source, hash: contentHash(source), existing: id, reindex: true }
      const prepared = await prepare(item, summary.failed, false)
      if (prepared) pending.push(prepared)
    }
    summary.reindexed += (await writePrepared(req, options, pending, summary.failed, false)).length
    done += stored.length
    onProgress?.({ done, total: Math.max(done, total) })
  }
  return summary
}

/**
 * At start-up: one warning when sources were indexed by another engine version (after an upgrade), naming the
 * command that rebuilds them. No re-index here: a newsroom's archive can take long to read again.
 */
export async function warnOfOutdatedIndex(payload: Payload) {
  try {
    const { totalDocs } = await payload.db.count({ collection: pluginSlugs(payload).sources, where: indexedByAnotherEngine })
    if (totalDocs > 0) {
      payload.logger.warn(
        `fact-check: ${totalDocs} ${totalDocs === 1 ? 'source was' : 'sources were'} indexed by another engine version ` +
          `and checks read their old figures: run \`npm run corpus -- reindex\``,
      )
    }
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'fact-check: could not count the sources indexed by another engine version' })
  }
}

/** Removes a source by key, through Payload (with the user's access), so that its index and claims follow. */
export async function removeSourceByKey(req: PayloadRequest, key: string): Promise<boolean> {
  const { docs, errors } = await req.payload.delete({
    collection: pluginSlugs(req.payload).sources,
    where: { key: { equals: key } },
    req,
    depth: 0,
  })
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('; '))
  return docs.length > 0
}
