import type { ServerProps } from 'payload'

import { Link } from '@payloadcms/ui'

import type { DeskState } from '../../constants'
import { CONFLICT, loadReviewCounts, UNREVIEWED_IN_ARTICLE } from '../../services/reviewQueue'
import { type FactCheckTranslationKey, factCheckT } from '../../translations'
import { adminSlugs } from '../slugs'
import { claimsListUrl, myQueueUrl, reviewQueueUrl } from '../urls'
import './index.scss'

/** "3 in review": the desk's states as counted (English and German say "3 new", French "3 nouvelles"). */
const DESK_STATE_COUNTS: Record<DeskState, FactCheckTranslationKey> = {
  new: 'deskCountNew',
  in_review: 'deskCountInReview',
  second_review: 'deskCountSecondReview',
  published: 'deskCountPublished',
}

/** Before the dashboard: how many conflicts and claims wait for a verdict, linking to where to work on them. */
export async function DashboardSummary({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const { admin: adminRoute } = payload.config.routes
  const { claims } = adminSlugs(payload.config)
  const t = factCheckT(i18n)
  const { openConflicts, unreviewed, mine, deskStates } = await loadReviewCounts(payload, user)
  const cards = [
    { id: 'open-conflicts', count: openConflicts, label: t('factcheck:dashboardOpenConflicts', { count: openConflicts }), alert: openConflicts > 0, href: claimsListUrl(adminRoute, claims, [...UNREVIEWED_IN_ARTICLE, CONFLICT]) },
    { id: 'unreviewed-claims', count: unreviewed, label: t('factcheck:dashboardUnreviewed', { count: unreviewed }), alert: false, href: claimsListUrl(adminRoute, claims, UNREVIEWED_IN_ARTICLE) },
  ]
  return (
    <section className="factcheck-dashboard">
      <h2 className="factcheck-dashboard__title">{t('factcheck:dashboardTitle')}</h2>
      <div className="factcheck-dashboard__cards">
        {cards.map((card) => (
          <Link
            className={`factcheck-dashboard__card${card.alert ? ' factcheck-dashboard__card--alert' : ''}`}
            data-count={card.count} href={card.href} id={`factcheck-${card.id}`} key={card.id}>
            <span className="factcheck-dashboard__count">{card.count}</span>
            <span>{card.label}</span>
          </Link>
        ))}
        <Link className="factcheck-dashboard__card" data-count={mine} href={myQueueUrl(adminRoute)} id="factcheck-my-queue">
          <span className="factcheck-dashboard__count">{mine}</span>
          <span>{t('factcheck:dashboardAssignedToMe', { count: mine })}</span>
        </Link>
        <Link className="factcheck-dashboard__card factcheck-dashboard__card--queue" href={reviewQueueUrl(adminRoute)}>
          <span>{t('factcheck:dashboardOpenQueue')}</span>
        </Link>
      </div>
      <p className="factcheck-dashboard__states" id="factcheck-desk-states">
        {t('factcheck:dashboardOnTheDesk')}{' '}
        {Object.entries(deskStates).map(([state, count], index) => (
          <span data-desk-state={state} key={state}>
            {index > 0 && ' · '}
            <Link href={claimsListUrl(adminRoute, claims, [...UNREVIEWED_IN_ARTICLE, { deskState: { equals: state } }])}>
              {t(`factcheck:${DESK_STATE_COUNTS[state as DeskState]}`, { count })}
            </Link>
          </span>
        ))}
      </p>
    </section>
  )
}
