import type { CollectionSlug, PayloadRequest, RelationshipField, Where } from 'payload'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { ArticleCollectionOptions } from '../options'

import { MAX_CLAIM_LENGTH } from '../constants'
import { withFactCheckContext } from '../context'
import { pluginSlugs } from '../options'
import { isoDay } from './corpusIndex'
import { articleLinkValue } from './articleLink'
import { articleLocales, fingerprintScope } from './articleLocale'
import { articleRefOf } from './articleRef'
import { eventLoopYielder, updateWhere } from './batches'
import { insertClaims } from './claimStore'
import { claimFingerprint } from './fingerprint'
import { onlyPublished } from './published'
import { claimSentencesInSlices } from './slices'

export interface ArticleDocument {
  id: number | string
  updatedAt?: string
  [field: string]: unknown
}

export interface ArticleSentences {
  articleRef: string
  date?: string
  /** The locale of the text, when the article's rich-text field is localized (see articleLocale). */
  locale?: string
  sentences: string[]
}

/** The article's body as plain text. */
export function articleText(doc: ArticleDocument, config: ArticleCollectionOptions): string {
  const body = doc[config.field]
  return body && typeof body === 'object' ? convertLexicalToPlaintext({ data: body as never }) : String(body ?? '')
}

/** The article's title and text: the story its claims belong to, for the engine's story scoping. */
export function articleContext(doc: ArticleDocument, config: ArticleCollectionOptions): string {
  const title = String(doc[config.titleField ?? 'title'] ?? '')
  return [title, articleText(doc, config)].filter(Boolean).join('\n')
}

/** The article's check-worthy sentences, from its Lexical body, read a slice at a time (see slices.ts). */
export async function articleSentences(
  collection: string,
  doc: ArticleDocument,
  config: ArticleCollectionOptions,
  locale?: string,
): Promise<ArticleSentences> {
  const text = articleText(doc, config)
  const date = isoDay(doc[config.dateField] as string | undefined) ?? isoDay(doc.updatedAt)
  const sentences = await claimSentencesInSlices(text, date)
  return {
    articleRef: articleRefOf(collection, doc.id),
    date,
    locale,
    sentences: [...new Set(sentences.filter((sentence) => sentence.length <= MAX_CLAIM_LENGTH))],
  }
}

/** The claims' `article` relationship as configured: monomorphic with one article collection. */
const articleFieldOf = (payload: PayloadRequest['payload']) =>
  payload.collections[pluginSlugs(payload).claims].config.fields.find(
    (field): field is RelationshipField => field.type === 'relationship' && field.name === 'article',
  )!

/** A unique-index violation, however the adapter words it: another save created the same claim first. */
const isDuplicate = (error: unknown) =>
  /unique|duplicate|E11000|already (exists|registered)/i.test(
    `${(error as Error)?.message} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`,
  )

/**
 * Makes the article's claims match its sentences: one claim per sentence (found again by fingerprint,
 * so its verdict stays), new claims for new sentences, and claims whose sentence is gone kept but marked
 * `inArticle: false`. With `deferCheck`, claims are left unchecked and their ids returned for the jobs queue;
 * the new ones are then written together (claimStore.ts), unless `oneByOne` asks for one Payload create each.
 */
export async function syncArticleClaims(
  req: PayloadRequest,
  collection: string,
  article: ArticleSentences & { id: number | string },
  { deferCheck = false, oneByOne = false } = {},
): Promise<{ created: number; removed: number; uncheckedIds: string[] }> {
  const { payload } = req
  const { claims } = pluginSlugs(payload)
  const existing = await payload.find({
    collection: claims,
    where: { and: [{ articleRef: { equals: article.articleRef } }, ...inLocale(article.locale)] },
    select: { fingerprint: true, inArticle: true, position: true, date: true },
    pagination: false,
    depth: 0,
    req,
  })
  const byFingerprint = new Map(existing.docs.map((claim) => [String(claim.fingerprint), claim]))
  const current = new Set<string>()
  let created = 0
  const uncheckedIds: string[] = []
  const pause = eventLoopYielder()
  const articleValue = articleLinkValue(articleFieldOf(payload).relationTo, collection, article.id)
  const context = withFactCheckContext({ deferCheck })
  // New claims left unchecked (many of them): written together after the loop (see claimStore.ts).
  const deferred: Array<Record<string, unknown>> = []
  const create = async (data: Record<string, unknown>) => {
    try {
      const claim = await payload.create({ collection: claims, data: data as never, context, req })
      created++
      if (deferCheck) uncheckedIds.push(String(claim.id))
    } catch (error) {
      if (!isDuplicate(error)) throw error
    }
  }
  for (const [position, text] of article.sentences.entries()) {
    await pause()
    const fingerprint = claimFingerprint(fingerprintScope(article.articleRef, article.locale), text)
    current.add(fingerprint)
    const claim = byFingerprint.get(fingerprint)
    if (!claim) {
      const data = {
        text,
        article: articleValue,
        articleRef: article.articleRef,
        ...(article.locale && { locale: article.locale }),
        fingerprint,
        position,
        date: article.date,
        inArticle: true,
        // Public only once a published version of the article states it (markPublicClaims).
        publicText: false,
      }
      if (deferCheck) deferred.push(data)
      else await create(data)
      continue
    }
    const dateChanged = isoDay(claim.date as string | undefined) !== article.date
    if (!claim.inArticle || claim.position !== position || dateChanged) {
      await payload.update({
        collection: claims,
        id: claim.id,
        data: { inArticle: true, position, date: article.date } as never,
        context: withFactCheckContext({ recheck: dateChanged, deferCheck }),
        req,
      })
      if (deferCheck && dateChanged) uncheckedIds.push(String(claim.id))
    }
  }
  if (deferred.length > 0) {
    const ids = oneByOne ? null : await insertClaims(req, deferred, context)
    if (ids) {
      created += ids.size
      uncheckedIds.push(...[...ids.values()].map(String))
    } else {
      for (const data of deferred) {
        await pause()
        await create(data)
      }
    }
  }
  const gone = existing.docs.filter((claim) => claim.inArticle && !current.has(String(claim.fingerprint)))
  for (const claim of gone) {
    await pause()
    await payload.update({
      collection: claims,
      id: claim.id,
      data: { inArticle: false } as never,
      context: withFactCheckContext({ internal: true }),
      req,
    })
  }
  return { created, removed: gone.length, uncheckedIds }
}

/** The article as the public sees it (its published version), or null while it is unpublished or deleted. */
async function publishedArticle(req: PayloadRequest, collection: string, id: number | string, locale?: string) {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, onlyPublished(req.payload, collection)] },
    draft: false,
    ...(locale && { locale: locale as never, fallbackLocale: false as never }),
    depth: 0,
    limit: 1,
    req,
  })
  return (docs[0] as unknown as ArticleDocument | undefined) ?? null
}

/**
 * Claims come from every saved version of an article, drafts too; their text may be shown publicly only
 * while the published version states the sentence. Sets `publicText` of the article's claims accordingly.
 */
export async function markPublicClaims(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  config: ArticleCollectionOptions,
): Promise<void> {
  const articleRef = articleRefOf(collection, id)
  // A localized text is published locale by locale: each locale's claims follow that locale's published text.
  for (const locale of articleLocales(req.payload, collection, config)) {
    const published = await publishedArticle(req, collection, id, locale)
    const scope = fingerprintScope(articleRef, locale)
    const fingerprints = published
      ? (await articleSentences(collection, published, config, locale)).sentences.map((sentence) => claimFingerprint(scope, sentence))
      : []
    const setPublicText = (publicText: boolean, where: Where) =>
      updateWhere(
        req,
        pluginSlugs(req.payload).claims,
        { and: [{ articleRef: { equals: articleRef } }, ...inLocale(locale), { publicText: { not_equals: publicText } }, where] },
        { publicText },
      )
    if (fingerprints.length > 0) {
      await setPublicText(true, { fingerprint: { in: fingerprints } })
      await setPublicText(false, { fingerprint: { not_in: fingerprints } })
    } else {
      await setPublicText(false, {})
    }
  }
}

/** Claims of one locale of a localized text; every claim otherwise. */
const inLocale = (locale?: string): Where[] => (locale ? [{ locale: { equals: locale } }] : [])
