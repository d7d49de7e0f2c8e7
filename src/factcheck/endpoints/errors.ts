/** Every error of the plugin's endpoints: `{"errors": [{"message", "path"?}]}` with its HTTP status. */
export interface ApiError {
  message: string
  path?: string
}

export function errorResponse(status: number, errors: ApiError[] | string, headers?: HeadersInit): Response {
  const list = typeof errors === 'string' ? [{ message: errors }] : errors
  return Response.json({ errors: list }, { status, headers })
}
