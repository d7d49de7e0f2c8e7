import config from '@payload-config'
import '@payloadcms/next/css'

import { payloadRoutes } from '../../../../http/routes'

export const GET = payloadRoutes(config).graphqlPlayground.GET
