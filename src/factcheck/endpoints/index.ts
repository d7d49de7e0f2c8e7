import type { Endpoint } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { checkEndpoint } from './check'
import { articleClaimReviewsEndpoint, verdictClaimReviewEndpoint } from './claimReview'
import { approveEndpoint, assignEndpoint } from './desk'
import { importSourcesEndpoint } from './importSources'
import { openApiEndpoint } from './openapi'

export function factCheckEndpoints(options: ResolvedFactCheckOptions): Endpoint[] {
  const endpoints = [
    checkEndpoint(options),
    verdictClaimReviewEndpoint(options),
    articleClaimReviewsEndpoint(options),
    assignEndpoint(options),
    approveEndpoint(options),
    importSourcesEndpoint(options),
  ]
  return [...endpoints, openApiEndpoint(options, endpoints)]
}
