import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * For long loops of database work: SQLite answers synchronously, so `await` alone never lets another request
 * in. The returned function yields to the event loop once `budgetMs` have passed since it last did.
 */
export function eventLoopYielder(budgetMs = 50): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < budgetMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    since = performance.now()
  }
}

/** Rows read and written per database call of `updateWhere`. */
const BATCH = 100

/**
 * Sets plugin bookkeeping fields on every document matching `where`, straight in the database (no hooks, no
 * `updatedAt`), a batch at a time in id order with the event loop served in between: an article's thousands
 * of claims.
 */
export async function updateWhere(req: PayloadRequest, collection: string, where: Where, data: Record<string, unknown>) {
  const pause = eventLoopYielder()
  let after: number | string | undefined
  for (;;) {
    await pause()
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: after === undefined ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      select: {},
      depth: 0,
      req,
    })
    if (docs.length === 0) return
    await req.payload.db.updateMany({ collection, where: { id: { in: docs.map((doc) => doc.id) } }, data, req, returning: false })
    if (docs.length < BATCH) return
    after = docs[docs.length - 1].id
  }
}
