import config from '@payload-config'
import '@payloadcms/next/css'

import { payloadRoutes } from '../../../../http/routes'

// Every handler reads its body through the request size limit (src/http/bodyLimit.ts).
const { rest } = payloadRoutes(config)

export const GET = rest.GET
export const POST = rest.POST
export const DELETE = rest.DELETE
export const PATCH = rest.PATCH
export const PUT = rest.PUT
export const OPTIONS = rest.OPTIONS
