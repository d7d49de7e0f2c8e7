'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'

import { reviewQueueUrl } from '../urls'
import './index.scss'

/** The review queue's entry in the admin navigation, styled as Payload's own nav links. */
export function ReviewQueueNavLinkClient() {
  const pathname = usePathname()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const href = reviewQueueUrl(adminRoute)
  const active = pathname === href
  return (
    <Link className="nav__link factcheck-nav-link" href={href} id="nav-review-queue" prefetch={false}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Review queue</span>
    </Link>
  )
}
