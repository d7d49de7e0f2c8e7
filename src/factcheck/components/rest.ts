import type { SourcesByKey } from './types'

import { apiUrl } from './urls'

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

/** Titles and ids of the corpus sources with the given keys (the quotes name their sources by key). */
export async function fetchSourcesByKey(apiRoute: string, sourcesSlug: string, keys: string[], signal?: AbortSignal): Promise<SourcesByKey> {
  if (keys.length === 0) return {}
  const query = new URLSearchParams({
    'where[key][in]': keys.join(','),
    'select[key]': 'true',
    'select[title]': 'true',
    depth: '0',
    limit: String(keys.length),
  })
  const { docs } = await restJson<{ docs: Array<{ id: number | string; key: string; title: string }> }>(
    apiUrl(apiRoute, `/${sourcesSlug}`, query),
    { signal },
  )
  return Object.fromEntries(docs.map((source) => [source.key, { id: source.id, title: source.title }]))
}
