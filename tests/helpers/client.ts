import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export interface Credentials {
  token?: string
  apiKey?: string
}

export interface ApiResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

/** One HTTP request to the test server; JSON in, JSON (or text) out. `signal` bounds how long it may take. */
export async function request<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  {
    auth,
    json,
    headers = {},
    body,
    signal,
  }: { auth?: Credentials; json?: unknown; headers?: Record<string, string>; body?: string | Uint8Array<ArrayBuffer>; signal?: AbortSignal } = {},
): Promise<ApiResponse<T>> {
  const allHeaders: Record<string, string> = { ...headers }
  if (auth?.token) allHeaders.authorization = `JWT ${auth.token}`
  if (auth?.apiKey) allHeaders.authorization = `users API-Key ${auth.apiKey}`
  if (json !== undefined) allHeaders['content-type'] ??= 'application/json'
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: allHeaders,
    body: json !== undefined ? JSON.stringify(json) : body,
    signal,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // Not JSON: the raw text is the body.
  }
  return { status: response.status, headers: response.headers, body: parsed as T }
}

export const PASSWORD = 'test-password-1'

/** Creates a user with the given roles (Local API) and logs in over HTTP. */
export async function userWithRoles(
  payload: Payload,
  baseUrl: string,
  roles: Role[],
  { apiKey }: { apiKey?: string } = {},
): Promise<Credentials & { id: number | string; email: string }> {
  const email = `${roles.join('-') || 'nobody'}-${Math.random().toString(36).slice(2, 8)}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles, ...(apiKey ? { enableAPIKey: true, apiKey } : {}) } as never,
  })
  const login = await request(baseUrl, 'POST', '/api/users/login', { json: { email, password: PASSWORD } })
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
  return { id: user.id, email, token: login.body.token, apiKey }
}
