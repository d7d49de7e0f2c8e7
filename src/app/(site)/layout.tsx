import type { Metadata } from 'next'
import type React from 'react'

import './site.css'

export const metadata: Metadata = { title: { template: '%s · Example Newsroom', default: 'Example Newsroom' } }

/** The public site: its own root layout, apart from the admin panel's. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="site">{children}</body>
    </html>
  )
}
