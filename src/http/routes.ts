import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
} from '@payloadcms/next/routes'

import { hardenPayloadCollections } from '../access/harden'
import { maxRequestBytes, withBodyLimit } from './bodyLimit'
import { withGraphQLGuard } from './graphqlGuard'

type Config = Promise<SanitizedConfig>

/**
 * The body limit of a request: MAX_REQUEST_BYTES, or more for an endpoint that declares its own
 * `custom.maxBodyBytes` (a bulk import) and enforces it itself.
 */
function bodyLimitOf(config: Config) {
  let limits: Promise<Map<string, number>> | undefined
  const endpointLimits = async () => {
    const { endpoints, routes } = await config
    return new Map(
      endpoints
        .filter((endpoint) => typeof endpoint.custom?.maxBodyBytes === 'number' && !endpoint.path.includes(':'))
        .map((endpoint) => [`${routes.api}${endpoint.path}`, endpoint.custom!.maxBodyBytes as number]),
    )
  }
  return async (request: Request) => {
    const own = (await (limits ??= endpointLimits())).get(new URL(request.url).pathname)
    return Math.max(maxRequestBytes(), own ?? 0)
  }
}

/**
 * Payload's route handlers as the app serves them (src/app/(payload)/api/ and the test server alike):
 * every one that reads a body reads it through the request size limit, and Payload's own collections get the
 * request checks of the app's (src/access/harden.ts), which its plugins cannot give them.
 */
export function payloadRoutes(incoming: Config) {
  const config = incoming.then(hardenPayloadCollections)
  const limit = bodyLimitOf(config)
  return {
    rest: {
      GET: withBodyLimit(REST_GET(config), limit),
      POST: withBodyLimit(REST_POST(config), limit),
      PATCH: withBodyLimit(REST_PATCH(config), limit),
      // One method-agnostic builder serves every method; the package exports no REST_PUT.
      PUT: withBodyLimit(REST_POST(config), limit),
      DELETE: withBodyLimit(REST_DELETE(config), limit),
      OPTIONS: REST_OPTIONS(config),
    },
    graphql: { POST: withBodyLimit(withGraphQLGuard(GRAPHQL_POST(config)), limit), OPTIONS: REST_OPTIONS(config) },
    graphqlPlayground: { GET: GRAPHQL_PLAYGROUND_GET(config) },
  }
}
