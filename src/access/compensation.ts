import type { CollectionAfterChangeHook, CollectionSlug, Config } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

const KEY = 'security:created'

type Created = Array<{ collection: string; id: number | string }>

/**
 * Runs first after every write: remembers the documents a request created outside a transaction (SQLite
 * here; without one Payload leaves a Promise of null in req.transactionID), in case it fails later on.
 */
export const rememberCreated: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation === 'create' && (await req.transactionID) == null) {
    const created = ((req.context[KEY] as Created | undefined) ??= [])
    created.push({ collection: collection.slug, id: doc.id })
  }
  return doc
}

/**
 * A request that fails must store nothing. With transactions (PostgreSQL, MongoDB replica sets) Payload
 * rolls the failed write back; without them the documents the request created are deleted again before
 * its error is answered.
 */
export const removeCreatedOnError: AfterErrorHook = async ({ req }) => {
  const created = req.context?.[KEY] as Created | undefined
  if (!created?.length) return
  req.context[KEY] = []
  for (const { collection, id } of created.reverse()) {
    await req.payload
      .delete({ collection: collection as CollectionSlug, id, overrideAccess: true, context: { [KEY]: 'compensation' } })
      .catch((error: unknown) => req.payload.logger.error({ err: error, msg: `could not remove ${collection} ${id} of a failed request` }))
  }
}
