import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // Next 16's dev server blocks its HMR socket for 127.0.0.1 unless allowed.
  allowedDevOrigins: ['127.0.0.1'],
  // The example app has no front page of its own: the newsroom works in the admin panel.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
