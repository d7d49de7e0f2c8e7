import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

import type { ClaimReview } from '../endpoints/schemas'
import type { ResolvedFactCheckOptions } from '../options'

import { PUBLIC_CLAIM } from '../collections/claims'
import { CLAIMS, VERDICTS } from '../constants'
import { articleRefOf } from './articleRef'
import { isoDay } from './corpusIndex'
import { onlyPublished } from './published'
import { ratingOf } from './ratingScale'

type Id = number | string
type Doc = { id: Id } & Record<string, unknown>

/** What a ClaimReview says about the article a claim appears in. */
interface PublishedArticle {
  id: Id
  url: string
  headline: string
  datePublished?: string
  author: ClaimReview['itemReviewed']['author']
}

const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as Doc).id : (value as Id | undefined)

/**
 * Reads as the requester, so that access control applies, and only published documents: ClaimReviews
 * are public data and never show a draft, whoever asks.
 */
async function findPublic(req: PayloadRequest, collection: string, where: Where, select: SelectType, depth = 0) {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { and: [where, onlyPublished(req.payload, collection)] },
    select,
    depth,
    draft: false,
    overrideAccess: false,
    user: req.user,
    pagination: false,
    req,
  })
  return docs as unknown as Doc[]
}

const publisherOf = (options: ResolvedFactCheckOptions) =>
  ({ '@type': 'Organization', name: options.publisher.name, url: options.publisher.url }) as const

function publicUrl(options: ResolvedFactCheckOptions, pattern: string, doc: Doc): string {
  const path = pattern.replace(/\{(slug|id)\}/g, (_, field: string) => encodeURIComponent(String(doc[field] ?? '')))
  return `${options.siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

async function findPublishedArticle(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  collection: string,
  id: Id,
): Promise<PublishedArticle | null> {
  const { dateField, urlPattern } = options.articles[collection]
  const titleField = req.payload.collections[collection as CollectionSlug].config.admin.useAsTitle ?? 'id'
  const select = Object.fromEntries([titleField, 'slug', 'author', dateField].map((field) => [field, true as const]))
  // The author is the article's `author` relationship, by its `name`; depth 1 populates it only when
  // the requester may read it.
  const [doc] = await findPublic(req, collection, { id: { equals: id } }, select, 1)
  if (!doc) return null
  const authorName = (doc.author as Doc | null | undefined)?.name
  return {
    id: doc.id,
    url: publicUrl(options, urlPattern, doc),
    headline: String(doc[titleField] ?? ''),
    datePublished: isoDay(doc[dateField] as string | undefined),
    author: typeof authorName === 'string' && authorName ? { '@type': 'Person', name: authorName } : publisherOf(options),
  }
}

function claimReview(options: ResolvedFactCheckOptions, verdict: Doc, claim: Doc, article: PublishedArticle): ClaimReview {
  const rating = ratingOf(options, verdict.rating)
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: String(claim.text),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating?.ratingValue ?? undefined,
      bestRating: 5,
      worstRating: 1,
      alternateName: rating?.label ?? String(verdict.rating),
    },
    url: `${article.url}#claim-${claim.id}`,
    author: publisherOf(options),
    // Saving a draft leaves a verdict's main document alone: its updatedAt is its last publication.
    datePublished: isoDay(verdict.updatedAt as string)!,
    itemReviewed: {
      '@type': 'Claim',
      author: article.author,
      datePublished: article.datePublished,
      appearance: { '@type': 'CreativeWork', url: article.url, headline: article.headline },
    },
  }
}

const verdictFields = { claim: true, rating: true, updatedAt: true } as const
const claimFields = { text: true, article: true } as const

/** The ClaimReview of a published verdict, or null when the verdict, its claim or its article is not public. */
export async function claimReviewOfVerdict(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  verdictId: string,
): Promise<ClaimReview | null> {
  const [verdict] = await findPublic(req, VERDICTS, { id: { equals: verdictId } }, verdictFields)
  const claimId = idOf(verdict?.claim)
  if (claimId === undefined) return null
  const [claim] = await findPublic(req, CLAIMS, { and: [{ id: { equals: claimId } }, PUBLIC_CLAIM] }, claimFields)
  const article = claim?.article as { relationTo: string; value: unknown } | null | undefined
  const articleId = idOf(article?.value)
  // Claims entered by hand appear in no article: there is nothing to review publicly.
  if (!article || articleId === undefined || !options.articles[article.relationTo]) return null
  const published = await findPublishedArticle(req, options, article.relationTo, articleId)
  return published && claimReview(options, verdict, claim, published)
}

/** The ClaimReviews of a published article's claims with published verdicts; null when the article is not public. */
export async function claimReviewsOfArticle(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  collection: string,
  articleId: string,
): Promise<ClaimReview[] | null> {
  const article = await findPublishedArticle(req, options, collection, articleId)
  if (!article) return null
  const claims = await findPublic(
    req,
    CLAIMS,
    { and: [{ articleRef: { equals: articleRefOf(collection, article.id) } }, PUBLIC_CLAIM] },
    { ...claimFields, position: true },
  )
  if (claims.length === 0) return []
  const verdicts = await findPublic(req, VERDICTS, { claim: { in: claims.map((claim) => claim.id) } }, verdictFields)
  const verdictOf = new Map(verdicts.map((verdict) => [idOf(verdict.claim), verdict]))
  return claims
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .flatMap((claim) => {
      const verdict = verdictOf.get(claim.id)
      return verdict ? [claimReview(options, verdict, claim, article)] : []
    })
}
