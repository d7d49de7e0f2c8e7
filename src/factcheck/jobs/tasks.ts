import type { Payload, TaskConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { TASK_CHECK_CLAIMS, TASK_RECHECK_MEASURES, TASK_RECONCILE_PUBLIC, TASK_SYNC_ARTICLE } from '../constants'
import { withFactCheckContext } from '../context'
import { type ArticleDocument, articleSentences, markPublicClaims, syncArticleClaims } from '../services/articleClaims'
import { eventLoopYielder } from '../services/batches'
import { toDocumentId } from '../services/documentId'
import { queueClaimChecks } from './queueClaimChecks'
import { sendEmailTask } from './sendEmail'

const retries = { attempts: 5, backoff: { type: 'exponential' as const, delay: 2_000 } }

/** Checks claims; a claim whose check fails makes the job fail, so that it is retried. */
const checkClaimsTask = (options: ResolvedFactCheckOptions): TaskConfig => ({
  slug: TASK_CHECK_CLAIMS,
  label: 'Fact-check: check claims',
  retries,
  inputSchema: [{ name: 'claimIds', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    const ids = (input as { claimIds: string[] }).claimIds
    let checked = 0
    const pause = eventLoopYielder()
    for (const id of ids) {
      await pause()
      try {
        await req.payload.update({
          collection: options.slugs.claims,
          id: toDocumentId(req.payload, options.slugs.claims, id),
          data: {},
          context: withFactCheckContext({ recheck: true, inJob: true }),
          depth: 0,
          req,
        })
        checked++
      } catch (error) {
        // A claim deleted since it was queued needs no check.
        if ((error as { status?: number }).status !== 404) throw error
      }
    }
    return { output: { checked } }
  },
})

/** Brings a long article's claims up to date outside the save (or retries a sync that failed during it). */
const syncArticleTask = (options: ResolvedFactCheckOptions): TaskConfig => ({
  slug: TASK_SYNC_ARTICLE,
  label: 'Fact-check: extract claims from an article',
  retries,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    // The locale of a localized article text (see articleLocale).
    { name: 'locale', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const { collection, id, locale } = input as { collection: string; id: string; locale?: string }
    const config = options.articles[collection]
    if (!config) throw new Error(`"${collection}" is not an article collection of the fact-check plugin`)
    const doc = await req.payload.findByID({
      collection: collection as never,
      id: toDocumentId(req.payload, collection, id),
      draft: true,
      depth: 0,
      disableErrors: true,
      ...(locale && { locale: locale as never, fallbackLocale: false as never }),
      req,
    })
    if (!doc) return { output: { created: 0 } }
    const article = await articleSentences(collection, doc as ArticleDocument, config, locale || undefined)
    const result = await syncArticleClaims(req, collection, { ...article, id: doc.id }, { deferCheck: true })
    await queueClaimChecks(req, options, result.uncheckedIds)
    await markPublicClaims(req, collection, doc.id, config)
    return { output: { created: result.created, removed: result.removed } }
  },
})

/** Keys per query: keeps the OR-list of `contains` filters short on every adapter. */
const KEYS_PER_QUERY = 25

/** After the corpus changed, queues checks of the claims whose figures measure what changed. */
const recheckMeasuresTask = (options: ResolvedFactCheckOptions): TaskConfig => ({
  slug: TASK_RECHECK_MEASURES,
  label: 'Fact-check: re-check claims after a corpus change',
  retries,
  inputSchema: [{ name: 'keys', type: 'json', required: true }],
  handler: async ({ input, req }) => {
    const keys = (input as { keys: string[] }).keys
    const claimIds = new Set<string>()
    for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
      const { docs } = await req.payload.find({
        collection: options.slugs.claims,
        where: { or: keys.slice(start, start + KEYS_PER_QUERY).map((key) => ({ lookupKeys: { contains: `|${key}|` } })) },
        select: { id: true },
        pagination: false,
        depth: 0,
        req,
      })
      for (const claim of docs) claimIds.add(String(claim.id))
    }
    await queueClaimChecks(req, options, [...claimIds])
    return { output: { queued: claimIds.size } }
  },
})

/** Article refs (`<collection>:<id>`) read per page by the reconciliation. */
const REFS_PER_PAGE = 100

/**
 * Makes `publicText` of every article's claims agree with the article's published version again. Run at
 * start-up: a process killed between an article's write and the marking of its claims (no transaction on
 * SQLite) left claims of a published article hidden, or of an unpublished or deleted one public.
 */
const reconcilePublicTask = (options: ResolvedFactCheckOptions): TaskConfig => ({
  slug: TASK_RECONCILE_PUBLIC,
  label: 'Fact-check: reconcile public claims with published articles',
  retries,
  inputSchema: [],
  handler: async ({ req }) => {
    let reconciled = 0
    for (let page = 1; ; page++) {
      const refs = await req.payload.findDistinct({
        collection: options.slugs.claims as never,
        field: 'articleRef',
        where: { articleRef: { exists: true } },
        sort: 'articleRef',
        limit: REFS_PER_PAGE,
        page,
        req,
      })
      for (const { articleRef } of refs.values as Array<{ articleRef?: unknown }>) {
        const ref = String(articleRef ?? '')
        const split = ref.indexOf(':')
        const collection = ref.slice(0, split)
        const config = options.articles[collection]
        if (split < 1 || !config) continue
        // markPublicClaims yields to the event loop while it reads the article (services/slices.ts).
        await markPublicClaims(req, collection, toDocumentId(req.payload, collection, ref.slice(split + 1)), config)
        reconciled++
      }
      if (!refs.hasNextPage) break
    }
    return { output: { reconciled } }
  },
})

/**
 * Queues the reconciliation once per start, unless one is waiting already. A database without its schema
 * yet (migrations still to run) only gets a warning: the start must not fail for it.
 */
export async function queueReconcilePublic(payload: Payload, options: ResolvedFactCheckOptions) {
  try {
    const waiting = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: TASK_RECONCILE_PUBLIC } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (waiting.totalDocs === 0) await payload.jobs.queue({ task: TASK_RECONCILE_PUBLIC, queue: options.queue, input: {} })
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'factcheck: could not queue the reconciliation of public claims at start-up' })
  }
}

export const factCheckTasks = (options: ResolvedFactCheckOptions): TaskConfig[] => [
  checkClaimsTask(options),
  syncArticleTask(options),
  recheckMeasuresTask(options),
  reconcilePublicTask(options),
  sendEmailTask(),
]
