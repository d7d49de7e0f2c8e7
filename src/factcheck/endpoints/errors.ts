import type { z } from 'zod'

import type { ApiError } from './schemas'

/** Every error of the plugin's endpoints: `{"errors": [{"message", "path"?}]}` with its HTTP status. */
export function errorResponse(status: number, errors: ApiError[] | string, headers?: HeadersInit): Response {
  const list = typeof errors === 'string' ? [{ message: errors }] : errors
  return Response.json({ errors: list }, { status, headers })
}

const issueErrors = (issue: z.core.$ZodIssue): ApiError[] =>
  // An unknown field is an error of that field, not of the whole object.
  issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ message: `unknown field "${key}"`, path: [...issue.path, key].join('.') }))
    : [{ message: issue.message, path: issue.path.join('.') || undefined }]

/** 400 naming each invalid field or parameter. */
export const validationErrorResponse = (error: z.ZodError): Response =>
  errorResponse(400, error.issues.flatMap(issueErrors))

/**
 * Whether the request's Content-Type is one of `accepted`: its media type exactly (parameters such as
 * `charset` aside), so that `application/json-patch+json` is not taken for `application/json`.
 */
export function hasMediaType(contentType: string | null, accepted: string[]): boolean {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase()
  return accepted.includes(mediaType)
}
