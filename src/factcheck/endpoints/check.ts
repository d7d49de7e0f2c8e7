import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { checkText } from '../engine'
import { databaseLookup } from '../services/corpusIndex'
import { errorResponse } from './errors'
import { createRateLimiter } from './rateLimit'
import { checkRequestSchema } from './schemas'

async function readJsonBody(req: PayloadRequest, maxBytes: number): Promise<Response | { body: unknown }> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!/^application\/json\b/i.test(contentType)) {
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

/** `POST /api/factcheck/check`: checks text against the corpus without storing anything. */
export function checkEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  const retryAfter = createRateLimiter(options.api.rateLimit)
  return {
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
      if (!parsed.success) {
        return errorResponse(
          400,
          parsed.error.issues.map((issue) => ({ message: issue.message, path: issue.path.join('.') || undefined })),
        )
      }
      const result = await checkText(parsed.data.text, { date: parsed.data.date, lookup: databaseLookup(req) })
      return Response.json(result)
    },
  }
}
