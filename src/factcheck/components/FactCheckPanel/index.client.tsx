'use client'
import type { UIFieldClientProps } from 'payload'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useMemo, useRef } from 'react'

import type { FactCheckT } from '../../translations'
import type { ClaimForReview } from '../types'

import { ClaimCard } from '../ClaimCard'
import { ClaimVerdict } from '../ClaimVerdict/index.client'
import { claimBadge, FLAGGED_STATUSES, type FlaggedStatus } from '../claimStatus'
import { idOf, verdictOf } from '../types'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import { usePluginSlugs } from '../usePluginSlugs'
import { useArticleClaims } from './useArticleClaims'
import { useClaimHighlights } from './useClaimHighlights'
import './index.scss'

const flaggedSentences = (claims: ClaimForReview[]) =>
  Object.fromEntries(
    FLAGGED_STATUSES.map((status) => [status, claims.filter((claim) => claim.status === status).map((claim) => claim.text)]),
  ) as Record<FlaggedStatus, string[]>

function summaryOf(claims: ClaimForReview[], t: FactCheckT): string {
  const flagged = claims.filter((claim) => FLAGGED_STATUSES.some((status) => status === claim.status)).length
  const checking = claims.filter((claim) => claimBadge(claim) === 'checking').length
  const parts = [t('factcheck:panelClaims', { count: claims.length })]
  if (flagged) parts.push(t('factcheck:panelFlagged', { count: flagged }))
  if (checking) parts.push(t('factcheck:panelChecking', { count: checking }))
  return parts.join(' · ')
}

/**
 * The fact-check panel of an article: its claims with their status, the corpus quotes behind it and the
 * verdict, refreshed after every save; flagged sentences are highlighted in the article's editor.
 */
export function FactCheckPanelClient({ richTextField }: UIFieldClientProps & { richTextField: string }) {
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const slugs = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const { claims, error, loading, sources } = useArticleClaims(collectionSlug, id, lastUpdateTime)
  const anchor = useRef<HTMLDivElement>(null)
  const flagged = useMemo(() => flaggedSentences(claims), [claims])
  useClaimHighlights(anchor, richTextField, flagged)

  let content: React.ReactNode
  if (id === undefined) content = <p className="factcheck-panel__note">{t('factcheck:saveToCheck')}</p>
  else if (error) content = <p className="factcheck-panel__error">{t('factcheck:couldNotLoadClaims', { error })}</p>
  else if (loading) content = <p className="factcheck-panel__note">{t('factcheck:loadingClaims')}</p>
  else if (claims.length === 0) content = <p className="factcheck-panel__note">{t('factcheck:noFigureSentences')}</p>
  else {
    content = (
      <ol className="factcheck-panel__claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <ClaimCard adminRoute={adminRoute} claim={claim} slugs={slugs} sources={sources} t={t}>
              <ClaimVerdict claimId={claim.id} earlierVerdictId={idOf(claim.earlierVerdict)} verdict={verdictOf(claim)} />
            </ClaimCard>
          </li>
        ))}
      </ol>
    )
  }

  return (
    <div className="field-type factcheck-panel" ref={anchor}>
      <div className="factcheck-panel__header">
        <span className="factcheck-panel__title">{t('factcheck:panelTitle')}</span>
        {claims.length > 0 && <span className="factcheck-panel__summary">{summaryOf(claims, t)}</span>}
      </div>
      {content}
    </div>
  )
}
