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

import { withBodyLimit } from './bodyLimit'

type Config = Promise<SanitizedConfig>

/**
 * Payload's route handlers as the app serves them (src/app/(payload)/api/ and the test server alike):
 * every one that reads a body reads it through the request size limit.
 */
export function payloadRoutes(config: Config) {
  return {
    rest: {
      GET: withBodyLimit(REST_GET(config)),
      POST: withBodyLimit(REST_POST(config)),
      PATCH: withBodyLimit(REST_PATCH(config)),
      // One method-agnostic builder serves every method; the package exports no REST_PUT.
      PUT: withBodyLimit(REST_POST(config)),
      DELETE: withBodyLimit(REST_DELETE(config)),
      OPTIONS: REST_OPTIONS(config),
    },
    graphql: { POST: withBodyLimit(GRAPHQL_POST(config)), OPTIONS: REST_OPTIONS(config) },
    graphqlPlayground: { GET: GRAPHQL_PLAYGROUND_GET(config) },
  }
}
