'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { RatingOption } from '../../options'

import { restJson } from '../rest'
import { usePluginSlugs } from '../usePluginSlugs'
import { interpolate } from '../interpolate'
import { apiUrl, documentUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'

type Id = number | string

export interface EarlierVerdictInfo {
  id: Id
  rating: string
  explanation?: null | string
  date?: string
  articleTitle?: string
}

/** The earlier verdict's rating, explanation, first publication and the article of its claim. */
export function useEarlierVerdict(verdictId: Id | null | undefined): EarlierVerdictInfo | undefined {
  const {
    config: {
      routes: { api: apiRoute },
    },
    getEntityConfig,
  } = useConfig()
  const slugs = usePluginSlugs()
  const [info, setInfo] = useState<EarlierVerdictInfo>()
  useEffect(() => {
    if (verdictId == null) return
    const abort = new AbortController()
    void (async () => {
      const query = new URLSearchParams({ depth: '0' })
      const verdict = await restJson<{ id: Id; rating: string; explanation?: string; firstPublishedAt?: string; updatedAt: string; claim: Id }>(
        apiUrl(apiRoute, `/${slugs.verdicts}/${verdictId}`, query),
        { signal: abort.signal },
      )
      const claim = await restJson<{ article?: unknown; articleRef?: string }>(
        apiUrl(apiRoute, `/${slugs.claims}/${verdict.claim}`, new URLSearchParams({ depth: '1', 'select[article]': 'true', 'select[articleRef]': 'true' })),
        { signal: abort.signal },
      )
      // The article link is an ID or document, or `{ relationTo, value }` with several article collections.
      const link = claim.article as { relationTo?: string; value?: unknown } | null | undefined
      const doc = (link && typeof link === 'object' && 'relationTo' in link ? link.value : link) as Record<string, unknown> | undefined
      const collection = claim.articleRef?.slice(0, claim.articleRef.indexOf(':'))
      const titleField = collection ? getEntityConfig({ collectionSlug: collection })?.admin?.useAsTitle : undefined
      const title = titleField && doc && typeof doc === 'object' ? doc[titleField] : undefined
      setInfo({
        id: verdict.id,
        rating: verdict.rating,
        explanation: verdict.explanation,
        date: verdict.firstPublishedAt ?? verdict.updatedAt,
        articleTitle: title == null ? undefined : String(title),
      })
    })().catch(() => {})
    return () => abort.abort()
  }, [apiRoute, getEntityConfig, slugs, verdictId])
  return info
}

/** "Judged before: Inaccurate, 12 Nov 2026, in 'Talks end without a deal'", linking to that verdict. */
export function EarlierVerdictNote({ info }: { info: EarlierVerdictInfo }) {
  const {
    config: {
      routes: { admin: adminRoute },
    },
    getEntityConfig,
  } = useConfig()
  const { verdicts } = usePluginSlugs()
  const { i18n, t } = useFactCheckTranslation()
  const scale = getEntityConfig({ collectionSlug: verdicts })?.admin?.custom?.factcheckRatingScale as RatingOption[] | undefined
  const label = scale?.find((rating) => rating.value === info.rating)?.label ?? info.rating
  const date = info.date ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(info.date)) : undefined
  return (
    <span className="factcheck-earlier-verdict">
      {interpolate(t('factcheck:judgedBefore'), {
        rating: (
          <Link href={documentUrl(adminRoute, verdicts, info.id)}>
            <strong>{label}</strong>
          </Link>
        ),
      })}
      {date && t('factcheck:judgedBeforeOn', { date })}
      {info.articleTitle && t('factcheck:judgedBeforeIn', { article: info.articleTitle })}
    </span>
  )
}
