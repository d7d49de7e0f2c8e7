import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'
import type { ClaimReview as SchemaClaimReview, NewsArticle as SchemaNewsArticle, WithContext } from 'schema-dts'

import type { ArticleJsonLd, ClaimReview, ClaimReviewNode, NewsArticleNode } from '../endpoints/schemas'
import type { ResolvedFactCheckOptions } from '../options'

import { PUBLIC_CLAIM } from '../collections/claims'
import { articleRefOf } from './articleRef'
import { isoDay } from './corpusIndex'
import { toDocumentId } from './documentId'
import { onlyPublished } from './published'
import { ratingOf, scaleBounds } from './ratingScale'

type Id = number | string
type Doc = { id: Id } & Record<string, unknown>
type Party = ClaimReview['itemReviewed']['author']

/** What the JSON-LD says about the article a claim appears in. */
export interface PublishedArticle {
  id: Id
  url: string
  headline: string
  datePublished?: string
  dateModified?: string
  author: Party
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

/** The fields a URL pattern names: `/articles/{slug}` → `slug`. */
const urlFields = (pattern: string) => [...pattern.matchAll(/\{(\w+)\}/g)].map(([, field]) => field)

function publicUrl(options: ResolvedFactCheckOptions, pattern: string, doc: Doc): string {
  const path = pattern.replace(/\{(\w+)\}/g, (_, field: string) => encodeURIComponent(String(doc[field] ?? '')))
  return `${options.siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

/** The collection and ID of a claim's article, from its `articleRef` (`<collection>:<id>`), whatever the link's shape. */
function articleOf(req: PayloadRequest, claim: Doc | undefined): { collection: string; id: Id } | undefined {
  const ref = typeof claim?.articleRef === 'string' ? claim.articleRef : ''
  const separator = ref.indexOf(':')
  if (separator < 0) return undefined
  const collection = ref.slice(0, separator)
  return { collection, id: toDocumentId(req.payload, collection, ref.slice(separator + 1)) }
}

export async function findPublishedArticle(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  collection: string,
  id: Id,
): Promise<PublishedArticle | null> {
  const { authorField, dateField, urlPattern } = options.articles[collection]
  const titleField =
    options.articles[collection].titleField ?? req.payload.collections[collection as CollectionSlug].config.admin.useAsTitle ?? 'id'
  const fields = [titleField, ...urlFields(urlPattern), authorField, dateField, 'updatedAt']
  const select = Object.fromEntries(fields.filter((field) => field !== 'id').map((field) => [field, true as const]))
  // The author is named by the `userNameField` of the article's author relationship; depth 1 populates it only
  // when the requester may read it.
  const [doc] = await findPublic(req, collection, { id: { equals: id } }, select, 1)
  if (!doc) return null
  const authorName = (doc[authorField] as Doc | null | undefined)?.[options.userNameField]
  return {
    id: doc.id,
    url: publicUrl(options, urlPattern, doc),
    headline: String(doc[titleField] ?? ''),
    datePublished: isoDay(doc[dateField] as string | undefined),
    dateModified: isoDay(doc.updatedAt as string | undefined),
    author: typeof authorName === 'string' && authorName ? { '@type': 'Person', name: authorName } : publisherOf(options),
  }
}

/** Who made the claim: its claimant when the article attributes it, else the article's author. */
function claimantOf(claim: Doc, article: PublishedArticle): Party {
  const claimant = claim.claimant as { name?: null | string; type?: null | string } | null | undefined
  if (!claimant?.name) return article.author
  return { '@type': claimant.type === 'Organization' ? 'Organization' : 'Person', name: claimant.name }
}

/** A claim is attributed when the article reports someone else's words: only those get a ClaimReview on the page. */
const isAttributed = (claim: Doc) => Boolean((claim.claimant as { name?: null | string } | null | undefined)?.name)

function claimReviewNode(options: ResolvedFactCheckOptions, verdict: Doc, claim: Doc, article: PublishedArticle): ClaimReviewNode {
  const rating = ratingOf(options, verdict.rating)
  const label = rating?.label ?? String(verdict.rating)
  const { best, worst } = scaleBounds(options)
  const appearance = { '@type': 'CreativeWork', url: article.url, headline: article.headline } as const
  // Saving a draft leaves a verdict's main document alone: its updatedAt is its last publication.
  const lastPublished = isoDay(verdict.updatedAt as string)!
  return {
    '@type': 'ClaimReview',
    claimReviewed: String(claim.text),
    ...(typeof verdict.explanation === 'string' && verdict.explanation.trim() ? { reviewBody: verdict.explanation.trim() } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating?.ratingValue ?? undefined,
      bestRating: best,
      worstRating: worst,
      name: label,
      alternateName: label,
    },
    url: `${article.url}#claim-${claim.id}`,
    author: publisherOf(options),
    datePublished: isoDay(verdict.firstPublishedAt as string | undefined) ?? lastPublished,
    dateModified: lastPublished,
    inLanguage: options.inLanguage,
    itemReviewed: {
      '@type': 'Claim',
      author: claimantOf(claim, article),
      datePublished: article.datePublished,
      appearance,
      firstAppearance: appearance,
    },
  }
}

const withContext = <T extends object>(node: T) => ({ '@context': 'https://schema.org' as const, ...node })

const verdictFields = { claim: true, rating: true, explanation: true, firstPublishedAt: true, updatedAt: true } as const
const claimFields = { text: true, claimant: true, articleRef: true } as const

/** The ClaimReview of a published verdict, or null when the verdict, its claim or its article is not public. */
export async function claimReviewOfVerdict(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  verdictId: string,
): Promise<ClaimReview | null> {
  const [verdict] = await findPublic(req, options.slugs.verdicts, { id: { equals: verdictId } }, verdictFields)
  const claimId = idOf(verdict?.claim)
  if (claimId === undefined) return null
  const [claim] = await findPublic(req, options.slugs.claims, { and: [{ id: { equals: claimId } }, PUBLIC_CLAIM] }, claimFields)
  const article = articleOf(req, claim)
  // Claims entered by hand appear in no article: there is nothing to review publicly.
  if (!article || !options.articles[article.collection]) return null
  const published = await findPublishedArticle(req, options, article.collection, article.id)
  return published && withContext(claimReviewNode(options, verdict, claim, published))
}

/** A published claim of the article with its published verdict, in sentence order. */
export interface JudgedClaim {
  claim: Doc
  verdict: Doc
}

/** The article's public claims that published verdicts judge, in sentence order; null when the article is not public. */
export async function judgedClaimsOfArticle(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  collection: string,
  articleId: Id,
): Promise<{ article: PublishedArticle; judged: JudgedClaim[] } | null> {
  const article = await findPublishedArticle(req, options, collection, articleId)
  if (!article) return null
  const claims = await findPublic(
    req,
    options.slugs.claims,
    { and: [{ articleRef: { equals: articleRefOf(collection, article.id) } }, PUBLIC_CLAIM] },
    { ...claimFields, position: true },
  )
  if (claims.length === 0) return { article, judged: [] }
  const verdicts = await findPublic(req, options.slugs.verdicts, { claim: { in: claims.map((claim) => claim.id) } }, verdictFields)
  const verdictOf = new Map(verdicts.map((verdict) => [String(idOf(verdict.claim)), verdict]))
  const judged = claims
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .flatMap((claim) => {
      const verdict = verdictOf.get(String(claim.id))
      return verdict ? [{ claim, verdict }] : []
    })
  return { article, judged }
}

/**
 * The JSON-LD of a published article's page: the article as a NewsArticle, whose `correction`s are the
 * verdicts on the newsroom's own figures rated as wrong, and at most one ClaimReview (Google reads one per
 * page): that of the first claim, in sentence order, the article attributes to someone else.
 */
export function articleJsonLd(options: ResolvedFactCheckOptions, article: PublishedArticle, judged: JudgedClaim[]): ArticleJsonLd {
  const corrections = judged
    .filter(({ claim, verdict }) => !isAttributed(claim) && ratingOf(options, verdict.rating)?.corrects)
    .map(({ claim, verdict }) => ({
      '@type': 'CorrectionComment' as const,
      text: [`“${String(claim.text)}”`, `${ratingOf(options, verdict.rating)!.label}.`, verdict.explanation]
        .filter((part) => typeof part === 'string' && part.trim())
        .join(' '),
      datePublished: isoDay(verdict.firstPublishedAt as string | undefined) ?? isoDay(verdict.updatedAt as string)!,
    }))
  const newsArticle: NewsArticleNode = {
    '@type': 'NewsArticle',
    headline: article.headline,
    url: article.url,
    ...(article.datePublished ? { datePublished: article.datePublished } : {}),
    ...(article.dateModified ? { dateModified: article.dateModified } : {}),
    inLanguage: options.inLanguage,
    author: article.author,
    publisher: publisherOf(options),
    ...(corrections.length ? { correction: corrections } : {}),
  }
  const attributed = judged.find(({ claim }) => isAttributed(claim))
  const graph: ArticleJsonLd['@graph'] = attributed
    ? [newsArticle, claimReviewNode(options, attributed.verdict, attributed.claim, article)]
    : [newsArticle]
  return { '@context': 'https://schema.org', '@graph': graph }
}

// The documented shapes are schema.org's: checked against schema-dts at compile time.
export type CheckedClaimReview = ClaimReview extends WithContext<SchemaClaimReview> ? true : never
export type CheckedNewsArticle = NewsArticleNode extends SchemaNewsArticle ? true : never
const typesMatchSchemaOrg: [CheckedClaimReview, CheckedNewsArticle] = [true, true]
void typesMatchSchemaOrg
