'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'

import { myQueueUrl, reviewQueueUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import './index.scss'

/** The review queue's and "My queue"'s entries in the admin navigation, styled as Payload's own nav links. */
export function ReviewQueueNavLinkClient() {
  const pathname = usePathname()
  const { t } = useFactCheckTranslation()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const links = [
    { id: 'nav-review-queue', href: reviewQueueUrl(adminRoute), label: t('factcheck:reviewQueue') },
    { id: 'nav-my-queue', href: myQueueUrl(adminRoute), label: t('factcheck:myQueue') },
  ]
  return (
    <div className="factcheck-nav-link">
      {links.map((link) => (
        <Link className="nav__link" href={link.href} id={link.id} key={link.id} prefetch={false}>
          {pathname === link.href && <div className="nav__link-indicator" />}
          <span className="nav__link-label">{link.label}</span>
        </Link>
      ))}
    </div>
  )
}
