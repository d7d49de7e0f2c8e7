/** Calls Payload's REST API as the logged-in user; throws with Payload's own error message. */
export async function restJson<T>(url: string, init: { method?: string; json?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: init.json === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
    signal: init.signal,
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const message = body?.errors?.map((error: { message?: string }) => error.message).join('; ')
    throw new Error(message || `${response.status} ${response.statusText}`)
  }
  return body as T
}
