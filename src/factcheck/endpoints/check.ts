import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { checkText } from '../engine'
import { databaseLookup } from '../services/corpusIndex'
import { errorResponse, hasMediaType, validationErrorResponse } from './errors'
import { createRateLimiter } from './rateLimit'
import { body, documented, errorDoc, errorResponses, type OpenApiOperation, REQUIRED_AUTH } from './openapi'
import { type CheckResult, checkRequestSchema, checkResultSchema } from './schemas'

export async function readJsonBody(req: PayloadRequest, maxBytes: number): Promise<Response | { body: unknown }> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!hasMediaType(contentType, ['application/json'])) {
    return errorResponse(415, `Content-Type must be application/json, got "${contentType || 'none'}"`)
  }
  const declared = Number(req.headers.get('content-length') ?? 0)
  const tooLarge = () => errorResponse(413, `request body is larger than the limit of ${maxBytes} bytes`)
  if (declared > maxBytes) return tooLarge()
  const raw = (await req.text?.()) ?? ''
  if (Buffer.byteLength(raw) > maxBytes) return tooLarge()
  try {
    return { body: JSON.parse(raw) }
  } catch (error) {
    return errorResponse(400, `request body is not valid JSON: ${(error as Error).message}`)
  }
}

const checkOperation = ({ api }: ResolvedFactCheckOptions): OpenApiOperation => ({
  operationId: 'checkText',
  summary: 'Check the figures of a text against the corpus',
  description: `Stores nothing. Staff only; at most ${api.rateLimit.max} requests per user every ${api.rateLimit.windowMs / 1000} s.`,
  security: REQUIRED_AUTH,
  requestBody: { required: true, ...body(checkRequestSchema) },
  responses: {
    200: { description: 'The status of the text and of each of its figures, with the corpus evidence', ...body(checkResultSchema) },
    ...errorResponses({
      400: 'The body is not valid JSON, or a field is missing, of the wrong type or unknown',
      401: 'No valid credentials',
      403: 'The user may not check text',
      413: `The body is larger than ${api.maxBodyBytes} bytes`,
      415: 'The Content-Type is not application/json',
    }),
    429: errorDoc('Too many requests by this user', {
      'Retry-After': { description: 'Seconds until the next request is accepted', schema: { type: 'integer' } },
    }),
  },
})

/** `POST /api/factcheck/check`: checks text against the corpus without storing anything. */
export function checkEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  const retryAfter = createRateLimiter(options.api.rateLimit)
  return documented({
    path: '/factcheck/check',
    method: 'post',
    handler: async (req) => {
      if (!req.user) {
        return errorResponse(401, 'authentication required: log in, or send "Authorization: <users-slug> API-Key <key>"')
      }
      if (!(await options.access.isStaff({ req }))) {
        return errorResponse(403, 'your role may not use the check endpoint')
      }
      const wait = retryAfter(`${req.user.collection}:${req.user.id}`)
      if (wait !== null) {
        return errorResponse(429, `rate limit of ${options.api.rateLimit.max} checks exceeded; retry in ${wait} s`, {
          'Retry-After': String(wait),
        })
      }
      const read = await readJsonBody(req, options.api.maxBodyBytes)
      if (read instanceof Response) return read
      const parsed = checkRequestSchema.safeParse(read.body)
      if (!parsed.success) return validationErrorResponse(parsed.error)
      // Typed as the documented response: a change of the engine's output that the docs miss fails to compile.
      const { text, date, context } = parsed.data
      const result: CheckResult = await checkText(text, { date, context, lookup: databaseLookup(req) })
      return Response.json(result)
    },
  }, checkOperation(options))
}
