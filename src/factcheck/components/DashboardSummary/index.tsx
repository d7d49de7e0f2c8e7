import type { ServerProps } from 'payload'

import { Link } from '@payloadcms/ui'

import { DESK_STATE_LABELS } from '../../constants'
import { CONFLICT, loadReviewCounts, UNREVIEWED_IN_ARTICLE } from '../../services/reviewQueue'
import { noun } from '../evidenceSummary'
import { adminSlugs } from '../slugs'
import { claimsListUrl, myQueueUrl, reviewQueueUrl } from '../urls'
import './index.scss'

/** Before the dashboard: how many conflicts and claims wait for a verdict, linking to where to work on them. */
export async function DashboardSummary({ payload, user }: ServerProps) {
  if (!user) return null
  const { admin: adminRoute } = payload.config.routes
  const { claims } = adminSlugs(payload.config)
  const { openConflicts, unreviewed, mine, deskStates } = await loadReviewCounts(payload, user)
  const cards = [
    { id: 'open-conflicts', count: openConflicts, label: noun(openConflicts, 'open conflict'), alert: openConflicts > 0, href: claimsListUrl(adminRoute, claims, [...UNREVIEWED_IN_ARTICLE, CONFLICT]) },
    { id: 'unreviewed-claims', count: unreviewed, label: noun(unreviewed, 'unreviewed claim'), alert: false, href: claimsListUrl(adminRoute, claims, UNREVIEWED_IN_ARTICLE) },
  ]
  return (
    <section className="factcheck-dashboard">
      <h2 className="factcheck-dashboard__title">Fact-check review</h2>
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
          <span>{noun(mine, 'claim')} assigned to me</span>
        </Link>
        <Link className="factcheck-dashboard__card factcheck-dashboard__card--queue" href={reviewQueueUrl(adminRoute)}>
          <span>Open the review queue →</span>
        </Link>
      </div>
      <p className="factcheck-dashboard__states" id="factcheck-desk-states">
        On the desk:{' '}
        {Object.entries(deskStates).map(([state, count], index) => (
          <span data-desk-state={state} key={state}>
            {index > 0 && ' · '}
            <Link href={claimsListUrl(adminRoute, claims, [...UNREVIEWED_IN_ARTICLE, { deskState: { equals: state } }])}>
              {count} {DESK_STATE_LABELS[state as keyof typeof DESK_STATE_LABELS].toLowerCase()}
            </Link>
          </span>
        ))}
      </p>
    </section>
  )
}
