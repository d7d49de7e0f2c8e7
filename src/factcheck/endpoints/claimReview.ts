import type { Endpoint } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { articleJsonLd, claimReviewOfVerdict, judgedClaimsOfArticle } from '../services/claimReview'
import { errorResponse, validationErrorResponse } from './errors'
import { body, documented, errorResponses, OPTIONAL_AUTH, parametersOf } from './openapi'
import { articleJsonLdSchema, articleParamsSchema, articleQuerySchema, claimReviewSchema, verdictParamsSchema } from './schemas'

const LD_JSON = 'application/ld+json'
const jsonLd = (data: unknown) => Response.json(data, { headers: { 'Content-Type': LD_JSON } })
const NOT_PUBLIC = 'Unknown verdict, or the verdict, its claim or its article is not published'

/** `GET /api/factcheck/claim-review/:verdictId`: the ClaimReview of one published verdict. */
export function verdictClaimReviewEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  return documented({
    path: '/factcheck/claim-review/:verdictId',
    method: 'get',
    handler: async (req) => {
      const params = verdictParamsSchema.safeParse(req.routeParams)
      if (!params.success) return validationErrorResponse(params.error)
      const review = await claimReviewOfVerdict(req, options, params.data.verdictId)
      return review ? jsonLd(review) : errorResponse(404, `no published fact-check has the verdict id "${params.data.verdictId}"`)
    },
  }, {
    operationId: 'getClaimReview',
    summary: 'The schema.org ClaimReview of a published verdict',
    security: OPTIONAL_AUTH,
    parameters: parametersOf(verdictParamsSchema, 'path'),
    responses: {
      200: { description: 'The ClaimReview', ...body(claimReviewSchema, LD_JSON) },
      ...errorResponses({ 404: NOT_PUBLIC }),
    },
  })
}

/**
 * `GET /api/factcheck/articles/:articleId/claim-review`: the JSON-LD of a published article's page, as the
 * public page embeds it: the NewsArticle with its corrections, and the page's one ClaimReview (if any).
 */
export function articleClaimReviewsEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  const querySchema = articleQuerySchema(Object.keys(options.articles) as [string, ...string[]])
  return documented({
    path: '/factcheck/articles/:articleId/claim-review',
    method: 'get',
    handler: async (req) => {
      const params = articleParamsSchema.safeParse(req.routeParams)
      if (!params.success) return validationErrorResponse(params.error)
      const query = querySchema.safeParse(req.query)
      if (!query.success) return validationErrorResponse(query.error)
      const { articleId } = params.data
      const { collection } = query.data
      const found = await judgedClaimsOfArticle(req, options, collection, articleId)
      return found
        ? jsonLd(articleJsonLd(options, found.article, found.judged))
        : errorResponse(404, `no published article "${articleId}" in "${collection}"`)
    },
  }, {
    operationId: 'getArticleJsonLd',
    summary: "The JSON-LD of a published article's page: its NewsArticle (with corrections) and its one ClaimReview",
    security: OPTIONAL_AUTH,
    parameters: [...parametersOf(articleParamsSchema, 'path'), ...parametersOf(querySchema, 'query')],
    responses: {
      200: {
        description:
          "The NewsArticle, with a correction per verdict that found one of the newsroom's own figures wrong, and the ClaimReview of the first claim (in sentence order) the article attributes to someone else",
        ...body(articleJsonLdSchema, LD_JSON),
      },
      ...errorResponses({ 400: 'Unknown article collection', 404: 'Unknown or unpublished article' }),
    },
  })
}
