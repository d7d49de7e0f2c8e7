'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ClaimForReview, SourcesByKey } from '../types'

import { articleRefOf } from '../../services/articleRef'
import { claimBadge } from '../claimStatus'
import { fetchSourcesByKey, restJson } from '../rest'
import { DESK_FIELDS, evidenceSourceKeys } from '../types'
import { usePluginSlugs } from '../usePluginSlugs'
import { apiUrl } from '../urls'

/** While some claims are still being checked (long articles, retried failures), look again this often. */
const POLL_MS = 3_000

export interface ArticleClaims {
  claims: ClaimForReview[]
  sources: SourcesByKey
  error?: string
  loading: boolean
}

/**
 * The claims of one article that are still in it, in article order, with their verdicts and the titles of
 * the sources they quote. Reloaded whenever `refreshKey` changes (the document was saved) and polled while
 * any claim is still being checked.
 */
export function useArticleClaims(collection: string | undefined, id: number | string | undefined, refreshKey: unknown): ArticleClaims {
  const {
    config: {
      admin: { user: usersSlug },
      routes: { api: apiRoute },
    },
  } = useConfig()
  const slugs = usePluginSlugs()
  const [state, setState] = useState<ArticleClaims>({ claims: [], sources: {}, loading: true })

  useEffect(() => {
    if (!collection || id === undefined) return
    const abort = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined

    const load = async () => {
      try {
        const query = new URLSearchParams({
          'where[articleRef][equals]': articleRefOf(collection, id),
          'where[inArticle][equals]': 'true',
          sort: 'position',
          limit: '1000',
          depth: '1',
          draft: 'true',
          [`populate[${slugs.verdicts}][rating]`]: 'true',
          [`populate[${slugs.verdicts}][_status]`]: 'true',
        })
        for (const field of ['text', 'status', 'checkError', 'figures', 'reviewed', 'verdict', ...DESK_FIELDS]) query.set(`select[${field}]`, 'true')
        for (const field of ['name', 'email']) query.set(`populate[${usersSlug}][${field}]`, 'true')
        const { docs: claims } = await restJson<{ docs: ClaimForReview[] }>(apiUrl(apiRoute, `/${slugs.claims}`, query), { signal: abort.signal })
        const sources = await fetchSourcesByKey(apiRoute, slugs.sources, evidenceSourceKeys(claims), abort.signal)
        setState({ claims, sources, loading: false })
        if (claims.some((claim) => claimBadge(claim) === 'checking' || claimBadge(claim) === 'error')) {
          timer = setTimeout(load, POLL_MS)
        }
      } catch (error) {
        if (abort.signal.aborted) return
        setState((previous) => ({ ...previous, loading: false, error: (error as Error).message }))
      }
    }
    void load()
    return () => {
      abort.abort()
      clearTimeout(timer)
    }
  }, [apiRoute, collection, id, refreshKey, slugs, usersSlug])

  return state
}
