import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { TASK_SYNC_ARTICLE } from '../constants'
import { factCheckContext } from '../context'
import { pluginSlugs } from '../options'
import { type ArticleDocument, articleSentences, articleText, markPublicClaims, syncArticleClaims } from '../services/articleClaims'
import { articleLocale } from '../services/articleLocale'
import { articleRefOf } from '../services/articleRef'
import { updateWhere } from '../services/batches'
import { queueClaimChecks } from '../jobs/queueClaimChecks'

/**
 * After an article is saved (draft or published), brings its claims up to date. Short articles are
 * checked during the save; those with many claims are checked in the jobs queue, and long ones are read
 * there too. A failure is queued for a retry and
 * does not fail the save, unless it ended the save's transaction.
 */
export const syncArticleClaimsAfterChange =
  (collection: string, options: ResolvedFactCheckOptions): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (factCheckContext(context).internal) return doc
    const config = options.articles[collection]
    // A localized text: the save carries the request's locale, and only that locale's claims are brought up to date.
    const locale = articleLocale(req.payload, collection, config, req.locale)
    const queueSync = () =>
      req.payload.jobs.queue({
        task: TASK_SYNC_ARTICLE,
        queue: options.queue,
        input: { collection, id: String(doc.id), ...(locale && { locale }) },
        req,
      })
    // Without transactions (SQLite here) Payload leaves a Promise of null in req.transactionID.
    const transactionID = req.transactionID instanceof Promise ? undefined : req.transactionID
    try {
      // Long articles: reading and storing their claims is the jobs queue's work, and the save answers at once.
      if (articleText(doc as ArticleDocument, config).length > options.inlineTextLimit) {
        await queueSync()
        return doc
      }
      const article = await articleSentences(collection, doc as ArticleDocument, config, locale)
      // Many claims: created now (so the panel shows them as being checked) and checked in the queue.
      const deferCheck = article.sentences.length > options.inlineCheckLimit
      const { uncheckedIds } = await syncArticleClaims(req, collection, { ...article, id: doc.id }, { deferCheck })
      await queueClaimChecks(req, options, uncheckedIds)
      await markPublicClaims(req, collection, doc.id, config)
    } catch (error) {
      // A failed Local API write rolls back the transaction it ran in, the save's: answering with a success
      // would report data that is gone, so the save fails instead.
      if (transactionID && req.transactionID !== transactionID) throw error
      req.payload.logger.error({ err: error, msg: `factcheck: claim sync of ${collection} ${doc.id} failed; queued` })
      await queueSync().catch((queueError: unknown) =>
        req.payload.logger.error({ err: queueError, msg: 'factcheck: could not queue the claim sync' }),
      )
    }
    return doc
  }

/** Claims outlive their article (verdicts are never lost); they are only marked as no longer in it, nor public. */
export const markClaimsOfDeletedArticle =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await updateWhere(req, pluginSlugs(req.payload).claims, { articleRef: { equals: articleRefOf(collection, doc.id) } }, { inArticle: false, publicText: false })
    return doc
  }
