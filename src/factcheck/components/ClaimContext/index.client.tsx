'use client'
import type { UIFieldClientComponent } from 'payload'

import { FieldLabel, Link, useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ClaimForReview, SourcesByKey } from '../types'

import { readArticleLink } from '../../services/articleLink'
import { ClaimCard } from '../ClaimCard'
import { interpolate } from '../interpolate'
import { fetchSourcesByKey, restJson } from '../rest'
import { evidenceSourceKeys } from '../types'
import { usePluginSlugs } from '../usePluginSlugs'
import { apiUrl, documentUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'

type Id = number | string

interface Loaded {
  claim?: ClaimForReview
  sources: SourcesByKey
  error?: string
}

/** On a verdict: the claim it judges, with the corpus evidence and its article, to rate it without leaving. */
export const VerdictClaimField: UIFieldClientComponent = () => {
  const claimId = useFormFields(([fields]) => fields.claim?.value) as Id | null | undefined
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
    getEntityConfig,
  } = useConfig()
  const slugs = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const [loaded, setLoaded] = useState<Loaded>()

  useEffect(() => {
    if (claimId == null) return setLoaded(undefined)
    const abort = new AbortController()
    void (async () => {
      try {
        const query = new URLSearchParams({ depth: '1', draft: 'true' })
        const claim = await restJson<ClaimForReview>(apiUrl(apiRoute, `/${slugs.claims}/${claimId}`, query), { signal: abort.signal })
        setLoaded({ claim, sources: await fetchSourcesByKey(apiRoute, slugs.sources, evidenceSourceKeys([claim]), abort.signal) })
      } catch (error) {
        if (!abort.signal.aborted) setLoaded({ sources: {}, error: (error as Error).message })
      }
    })()
    return () => abort.abort()
  }, [apiRoute, claimId, slugs])

  if (!loaded) return null
  const { claim, error, sources } = loaded
  const article = claim && readArticleLink(claim)
  const titleField = article ? getEntityConfig({ collectionSlug: article.collection })?.admin?.useAsTitle : undefined
  return (
    <div className="field-type factcheck-claim-context">
      <FieldLabel label={t('factcheck:claimAndEvidence')} />
      {error && <p className="factcheck-claim__error">{t('factcheck:couldNotLoadClaim', { error })}</p>}
      {claim && (
        <ClaimCard adminRoute={adminRoute} claim={claim} slugs={slugs} sources={sources} t={t}>
          {article && (
            <span className="factcheck-claim-context__article">
              {interpolate(t('factcheck:inArticle'), {
                article: (
                  <Link href={documentUrl(adminRoute, article.collection, article.id)}>
                    {String((titleField && article.doc?.[titleField]) ?? t('factcheck:itsArticle'))}
                  </Link>
                ),
              })}
              {claim.inArticle === false && ` ${t('factcheck:noLongerInArticle')}`}
            </span>
          )}
        </ClaimCard>
      )}
    </div>
  )
}
