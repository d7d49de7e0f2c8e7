import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { ResolvedFactCheckOptions } from '../options'

import { errorsSchema, openApiDocumentSchema, requestSchemas, responseSchemas } from './schemas'

/** An OpenAPI 3.1 Operation Object. */
export type OpenApiOperation = Record<string, unknown>

type JsonSchema = Record<string, unknown>

/** Endpoints document themselves in `custom.openapi`, next to the handler and the schemas it validates with. */
export const documented = (endpoint: Endpoint, operation: OpenApiOperation): Endpoint => ({
  ...endpoint,
  custom: { ...endpoint.custom, openapi: operation },
})

function refTo(schema: z.ZodType): JsonSchema {
  const id = (responseSchemas.get(schema) ?? requestSchemas.get(schema))?.id
  if (!id) throw new Error('openapi: the schema is not registered in requestSchemas or responseSchemas')
  return { $ref: `#/components/schemas/${id}` }
}

/** A request or response body of the schema. */
export const body = (schema: z.ZodType, mediaType = 'application/json') => ({
  content: { [mediaType]: { schema: refTo(schema) } },
})

/** A JSON error response. */
export const errorDoc = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers && { headers }),
  ...body(errorsSchema),
})

/** JSON error responses, by status code. */
export const errorResponses = (descriptions: Record<number, string>) =>
  Object.fromEntries(Object.entries(descriptions).map(([status, description]) => [status, errorDoc(description)]))

/** Path or query parameters, one per property of the object schema that validates them. */
export function parametersOf(schema: z.ZodObject, location: 'path' | 'query') {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, JsonSchema>
    required?: string[]
  }
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: location,
    required: location === 'path' || required.includes(name),
    description,
    schema: propertySchema,
  }))
}

/** Public endpoints take credentials too; they never show more than published data. */
export const OPTIONAL_AUTH = [{}, { bearerAuth: [] }, { apiKeyAuth: [] }]
export const REQUIRED_AUTH = [{ bearerAuth: [] }, { apiKeyAuth: [] }]

function componentSchemas(): Record<string, JsonSchema> {
  const convert = (registry: typeof requestSchemas, io: 'input' | 'output') => {
    const { schemas } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      uri: (id) => `#/components/schemas/${id}`,
    })
    // OpenAPI 3.1 declares the dialect once (jsonSchemaDialect); an $id with a fragment is not valid JSON Schema.
    return Object.fromEntries(Object.entries(schemas).map(([id, { $id, $schema, ...schema }]) => [id, schema]))
  }
  return { ...convert(requestSchemas, 'input'), ...convert(responseSchemas, 'output') }
}

/** Payload's `/factcheck/claim-review/:verdictId` is OpenAPI's `/factcheck/claim-review/{verdictId}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')

function pathsOf(endpoints: Endpoint[]) {
  const paths: Record<string, Record<string, OpenApiOperation>> = {}
  for (const { path, method, custom } of endpoints) {
    if (custom?.openapi) (paths[openApiPath(path)] ??= {})[method] = custom.openapi
  }
  return paths
}

const openApiOperation: OpenApiOperation = {
  operationId: 'getOpenApiDocument',
  summary: 'This OpenAPI document',
  security: OPTIONAL_AUTH,
  responses: { 200: { description: 'The OpenAPI 3.1 document', ...body(openApiDocumentSchema) } },
}

/** `GET /api/factcheck/openapi.json`: the OpenAPI 3.1 document of the plugin's endpoints, this one included. */
export function openApiEndpoint(options: ResolvedFactCheckOptions, endpoints: Endpoint[]): Endpoint {
  const components = {
    schemas: componentSchemas(),
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: `The token of POST /api/${options.usersCollection}/login ("Authorization: JWT <token>" works too).`,
      },
      apiKeyAuth: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: `A user's API key, sent as "Authorization: ${options.usersCollection} API-Key <key>".`,
      },
    },
  }
  const endpoint = documented(
    {
      path: '/factcheck/openapi.json',
      method: 'get',
      handler: (req) => {
        const { serverURL, routes } = req.payload.config
        const origin = serverURL || new URL(req.url ?? '/', 'http://localhost').origin
        return Response.json({
          openapi: '3.1.0',
          jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
          info: {
            title: `${options.publisher.name}: fact-check API`,
            version: '1.0.0',
            description:
              'Check text against the reference corpus, and read published fact-checks as schema.org ClaimReview. ' +
              'Every error is `{"errors": [{"message", "path"?}]}`.',
          },
          servers: [{ url: `${origin}${routes.api}` }],
          paths,
          components,
        })
      },
    },
    openApiOperation,
  )
  const paths = pathsOf([...endpoints, endpoint])
  return endpoint
}
