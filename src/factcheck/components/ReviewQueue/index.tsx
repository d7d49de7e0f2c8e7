import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, Link, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'

import { assignedTo, loadReviewQueue, type ReviewQueueGroup, UNREVIEWED_IN_ARTICLE } from '../../services/reviewQueue'
import { sourcesByKey } from '../../services/sources'
import { factCheckT, type FactCheckTranslationKeys } from '../../translations'
import { ClaimEvidence } from '../ClaimEvidence'
import { ClaimStatusBadge } from '../ClaimStatusBadge'
import { ClaimVerdict } from '../ClaimVerdict/index.client'
import { DeskStatePill } from '../DeskState'
import { interpolate } from '../interpolate'
import { MY_QUEUE_PATH } from '../paths'
import { adminSlugs } from '../slugs'
import { evidenceSourceKeys, idOf, userName, verdictOf } from '../types'
import { claimsListUrl, documentUrl, myQueueUrl, reviewQueueUrl } from '../urls'
import './index.scss'

/** The queue's groups (services/reviewQueue.ts), as the admin user's language names them. */
const GROUP_LABELS: Record<ReviewQueueGroup['key'], FactCheckTranslationKeys> = {
  conflict: 'factcheck:queueGroupConflict',
  mixed: 'factcheck:queueGroupMixed',
  other: 'factcheck:queueGroupOther',
}

/**
 * `/admin/review-queue`: the claims still in their articles that no published verdict judges (or whose
 * evidence changed since), conflicts first, then mixed evidence, then the rest, oldest first, each with its
 * desk state, evidence, article and verdict. `/admin/my-queue`: the same, of the claims assigned to the user.
 */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { payload, user } = req
  const { admin: adminRoute } = payload.config.routes
  const slugs = adminSlugs(payload.config)
  // Custom views are public: send visitors to the login, and users without admin access away.
  if (!user) redirect(`${formatAdminURL({ adminRoute, path: '/login' })}?redirect=${encodeURIComponent(reviewQueueUrl(adminRoute))}`)
  if (!permissions.canAccessAdmin) redirect(formatAdminURL({ adminRoute, path: payload.config.admin.routes.unauthorized }))

  const mine = params?.segments?.[0] === MY_QUEUE_PATH.slice(1)
  const t = factCheckT(req.i18n)
  const title = t(mine ? 'factcheck:myQueue' : 'factcheck:reviewQueue')
  const groups = await loadReviewQueue(payload, user, { mine })
  const sources = await sourcesByKey(payload, evidenceSourceKeys(groups.flatMap((group) => group.claims)), user)
  const dateFormat = new Intl.DateTimeFormat(req.i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className="factcheck-queue">
        <header className="factcheck-queue__header">
          <h1>{title}</h1>
          <nav className="factcheck-queue__tabs">
            <Link aria-current={mine ? undefined : 'page'} href={reviewQueueUrl(adminRoute)}>
              {t('factcheck:queueAllClaims')}
            </Link>
            <Link aria-current={mine ? 'page' : undefined} href={myQueueUrl(adminRoute)} id="factcheck-my-queue-tab">
              {t('factcheck:queueAssignedToMe')}
            </Link>
          </nav>
          <p className="factcheck-queue__description">
            {t(mine ? 'factcheck:queueDescriptionMine' : 'factcheck:queueDescription')}{' '}
            <Link href={claimsListUrl(adminRoute, slugs.claims, [...UNREVIEWED_IN_ARTICLE, ...(mine ? [assignedTo(user)] : [])])}>
              {t('factcheck:queueFilterInList')}
            </Link>
          </p>
        </header>
        {groups.map((group) => (
          <section className="factcheck-queue__group" data-queue-group={group.key} key={group.key}>
            <h2>
              {t(GROUP_LABELS[group.key])} <span className="factcheck-queue__count">{group.total}</span>
            </h2>
            {group.claims.length === 0 ? (
              <p className="factcheck-queue__empty">{t('factcheck:queueNothing')}</p>
            ) : (
              <ol className="factcheck-queue__claims">
                {group.claims.map((claim) => (
                  <li className="factcheck-queue__claim" data-claim-id={claim.id} key={claim.id}>
                    <div className="factcheck-queue__claim-head">
                      <ClaimStatusBadge claim={claim} t={t} />
                      <Link href={documentUrl(adminRoute, slugs.claims, claim.id)}>{claim.text}</Link>
                    </div>
                    <div className="factcheck-queue__meta">
                      <DeskStatePill state={claim.deskState} t={t} />
                      <span>{claim.assignee != null ? t('factcheck:assignedTo', { name: userName(claim.assignee) }) : t('factcheck:notAssigned')}</span>
                      {claim.evidenceChanged && <strong>{t('factcheck:queueEvidenceChanged')}</strong>}
                      {claim.articleLink && (
                        <span>
                          {interpolate(t('factcheck:inArticle'), {
                            article: (
                              <Link href={documentUrl(adminRoute, claim.articleLink.collection, claim.articleLink.id)}>
                                {claim.articleTitle ?? t('factcheck:theArticle')}
                              </Link>
                            ),
                          })}
                        </span>
                      )}
                      {claim.createdAt && <span>{t('factcheck:queueFound', { date: dateFormat.format(new Date(claim.createdAt)) })}</span>}
                    </div>
                    {(claim.figures ?? []).some((figure) => figure.evidence.length > 0) && (
                      <details className="factcheck-queue__evidence" open={group.key !== 'other'}>
                        <summary>{t('factcheck:evidence')}</summary>
                        <ClaimEvidence adminRoute={adminRoute} figures={claim.figures ?? []} slugs={slugs} sources={sources} t={t} />
                      </details>
                    )}
                    <ClaimVerdict claimId={claim.id} earlierVerdictId={idOf(claim.earlierVerdict)} verdict={verdictOf(claim)} />
                  </li>
                ))}
              </ol>
            )}
            {group.total > group.claims.length && (
              <p>
                <Link href={claimsListUrl(adminRoute, slugs.claims, [...UNREVIEWED_IN_ARTICLE, group.where, ...(mine ? [assignedTo(user)] : [])])}>
                  {t('factcheck:queueAllInList', { total: group.total })}
                </Link>
              </p>
            )}
          </section>
        ))}
      </Gutter>
    </DefaultTemplate>
  )
}
