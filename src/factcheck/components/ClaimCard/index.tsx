import { Link } from '@payloadcms/ui'
import React from 'react'

import type { PluginSlugs } from '../../options'
import type { FactCheckT } from '../../translations'
import type { ClaimForReview, SourcesByKey } from '../types'

import { ClaimEvidence } from '../ClaimEvidence'
import { ClaimStatusBadge } from '../ClaimStatusBadge'
import { DeskStatePill } from '../DeskState'
import { CLAIM_BADGES, claimBadge } from '../claimStatus'
import { userName } from '../types'
import { documentUrl } from '../urls'
import './index.scss'

/** One claim (in the language of `t`): its status, its text, a failed check's error and the corpus evidence; `children` go last. */
export function ClaimCard({
  adminRoute,
  children,
  claim,
  slugs,
  sources,
  t,
}: {
  adminRoute: string
  children?: React.ReactNode
  claim: ClaimForReview
  slugs: PluginSlugs
  sources: SourcesByKey
  t: FactCheckT
}) {
  return (
    <div className="factcheck-claim" data-claim-id={claim.id} data-claim-status={claimBadge(claim)}>
      <div className="factcheck-claim__head">
        <ClaimStatusBadge claim={claim} t={t} />
        <Link className="factcheck-claim__open" href={documentUrl(adminRoute, slugs.claims, claim.id)}>
          {t('factcheck:openClaim')}
        </Link>
      </div>
      <p className="factcheck-claim__help">{t(`factcheck:${CLAIM_BADGES[claimBadge(claim)].help}`)}</p>
      <p className="factcheck-claim__text">{claim.text}</p>
      {claim.deskState && (
        <div className="factcheck-claim__desk">
          <DeskStatePill state={claim.deskState} t={t} />
          {claim.assignee != null && <span>{t('factcheck:assignedTo', { name: userName(claim.assignee) })}</span>}
          {claim.evidenceChanged && (
            <strong className="factcheck-claim__evidence-changed">{t('factcheck:evidenceChangedReviewAgain')}</strong>
          )}
        </div>
      )}
      {claim.checkError && <p className="factcheck-claim__error">{t('factcheck:claimError', { error: claim.checkError })}</p>}
      <ClaimEvidence adminRoute={adminRoute} figures={claim.figures ?? []} slugs={slugs} sources={sources} t={t} />
      {children}
    </div>
  )
}
