import { z } from 'zod'

/**
 * The schemas of the `/api/factcheck/*` endpoints: the handlers validate with them and the OpenAPI
 * document is generated from them. Request schemas are documented as input, responses as output.
 */
export const requestSchemas = z.registry<{ id: string; description?: string }>()
export const responseSchemas = z.registry<{ id: string; description?: string }>()

/** Longest text one check accepts (characters), the same for the endpoint and the batch command. */
export const MAX_TEXT_LENGTH = 20_000

export const checkRequestSchema = z
  .object({
    text: z
      .string({ error: 'text must be a string' })
      .trim()
      .min(1, 'text must not be empty')
      .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`),
    date: z.iso.date({ error: 'date must be a date as YYYY-MM-DD' }).optional(),
    context: z
      .string({ error: 'context must be a string' })
      .max(MAX_TEXT_LENGTH, `context must be at most ${MAX_TEXT_LENGTH} characters`)
      .optional()
      .describe("The article's title and/or text: which story the claim belongs to"),
  })
  .strict()
  .register(requestSchemas, {
    id: 'CheckRequest',
    description:
      'Text to check against the corpus; date is its publication date, the reference for relative dates and running tallies; ' +
      'context (the article title or text) says which story it is about. Without context, a figure is compared only where the ' +
      'corpus holds a single story for what it measures.',
  })

export type CheckRequest = z.infer<typeof checkRequestSchema>

export const verdictParamsSchema = z.object({
  verdictId: z.string().min(1).describe('ID of a published verdict'),
})

export const articleParamsSchema = z.object({
  articleId: z.string().min(1).describe('ID of a published article'),
})

/** `?collection=` names one of the plugin's article collections; the first one when left out. */
export const articleQuerySchema = (collections: [string, ...string[]]) =>
  z.object({
    collection: z
      .enum(collections, { error: `collection must be one of: ${collections.join(', ')}` })
      .default(collections[0])
      .describe('Slug of the article collection'),
  })

const apiErrorSchema = z.object({
  message: z.string(),
  path: z.string().optional().describe('The request field or parameter the error is about'),
})

export type ApiError = z.infer<typeof apiErrorSchema>

export const errorsSchema = z
  .object({ errors: z.array(apiErrorSchema).min(1) })
  .register(responseSchemas, { id: 'Errors', description: 'Every error response of the endpoints.' })

const numberRange = { value: z.number(), min: z.number(), max: z.number(), unit: z.string() }

const evidenceSchema = z
  .object({
    source: z.string().describe('Key of the corpus source'),
    quote: z.string().describe('The sentence of the source that states the figure'),
    figure: z.object({ text: z.string(), ...numberRange }),
    relation: z.enum(['supports', 'conflicts']),
    sourceDate: z.string().optional().describe('Publication date of the source (YYYY-MM-DD)'),
    superseded: z.boolean().optional().describe('A running tally\'s earlier report, revised by a later one at the claim\'s date'),
  })
  .register(responseSchemas, { id: 'Evidence' })

const figureStatusSchema = z.enum(['conflict', 'mixed', 'supported', 'no_evidence'])

const figureCheckSchema = z
  .object({
    text: z.string().describe('The figure as written, e.g. "eight hours"'),
    ...numberRange,
    kind: z.enum(['count', 'duration', 'percent', 'money', 'date', 'ordinal', 'quantity', 'time']),
    measure: z.string().describe('What the figure measures, e.g. "duration of the talks in Moscow"'),
    status: figureStatusSchema,
    evidence: z.array(evidenceSchema),
    moreEvidence: z.number().int().optional().describe('Evidence items left out: the best and newest few per source are listed'),
    reason: z.string().optional().describe('Why the status is what it is, when the evidence does not show it (e.g. ambiguous)'),
    iso: z.object({ from: z.string(), to: z.string() }).optional().describe('Calendar span of a date figure'),
  })
  .register(responseSchemas, { id: 'FigureCheck' })

export const checkResultSchema = z
  .object({
    status: z.enum([...figureStatusSchema.options, 'no_figures']),
    figures: z.array(figureCheckSchema),
  })
  .register(responseSchemas, { id: 'CheckResult', description: 'The verdict of the checker on each figure of the text.' })

export type CheckResult = z.infer<typeof checkResultSchema>

const organizationSchema = z.object({
  '@type': z.literal('Organization'),
  name: z.string(),
  url: z.url().optional(),
})

const partySchema = z.union([z.object({ '@type': z.literal('Person'), name: z.string() }), organizationSchema])

const isoDay = z.iso.date()

const creativeWorkSchema = z.object({ '@type': z.literal('CreativeWork'), url: z.url(), headline: z.string() })

const claimReviewShape = {
  '@type': z.literal('ClaimReview'),
  claimReviewed: z.string(),
  reviewBody: z.string().optional().describe("The verdict's explanation"),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    ratingValue: z.number().int().optional().describe('Absent for a rating off the scale (e.g. unverifiable)'),
    bestRating: z.number().int(),
    worstRating: z.number().int(),
    name: z.string().describe('The rating as words, e.g. "Inaccurate"'),
    alternateName: z.string().describe('The same words (read by older consumers)'),
  }),
  url: z.url().describe('The claim in the article: the article URL with #claim-<claimId>'),
  author: organizationSchema.describe('The publisher of the fact-check'),
  datePublished: isoDay.describe('When the verdict was first published'),
  dateModified: isoDay.describe('When the verdict was last published'),
  inLanguage: z.string().describe('Language of the article and the fact-check (BCP 47)'),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: partySchema.describe(
      "Who made the claim: its claimant when the article attributes it, else the article's author (the publisher when the author is unknown to the requester)",
    ),
    datePublished: isoDay.optional().describe('Publication date of the article'),
    appearance: creativeWorkSchema,
    firstAppearance: creativeWorkSchema,
  }),
}

export const claimReviewSchema = z
  .object({ '@context': z.literal('https://schema.org'), ...claimReviewShape })
  .register(responseSchemas, { id: 'ClaimReview', description: 'A schema.org ClaimReview (JSON-LD).' })

export type ClaimReview = z.infer<typeof claimReviewSchema>

const claimReviewNodeSchema = z.object(claimReviewShape)
export type ClaimReviewNode = z.infer<typeof claimReviewNodeSchema>

const newsArticleNodeSchema = z.object({
  '@type': z.literal('NewsArticle'),
  headline: z.string(),
  url: z.url(),
  datePublished: isoDay.optional().describe('First publication of the article'),
  dateModified: isoDay.optional().describe('Last change of the article'),
  inLanguage: z.string(),
  author: partySchema,
  publisher: organizationSchema,
  correction: z
    .array(z.object({ '@type': z.literal('CorrectionComment'), text: z.string(), datePublished: isoDay }))
    .optional()
    .describe("Verdicts on the newsroom's own figures that found them wrong"),
})
export type NewsArticleNode = z.infer<typeof newsArticleNodeSchema>

export const articleJsonLdSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@graph': z.union([z.tuple([newsArticleNodeSchema]), z.tuple([newsArticleNodeSchema, claimReviewNodeSchema])]),
  })
  .register(responseSchemas, {
    id: 'ArticleJsonLd',
    description:
      "The JSON-LD of a published article's page: the NewsArticle (with corrections) and at most one ClaimReview, of the first claim the article attributes to someone else.",
  })

export type ArticleJsonLd = z.infer<typeof articleJsonLdSchema>

export const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  })
  .register(responseSchemas, { id: 'OpenApiDocument', description: 'An OpenAPI 3.1 document.' })
