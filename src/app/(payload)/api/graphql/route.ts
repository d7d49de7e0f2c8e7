import config from '@payload-config'

import { payloadRoutes } from '../../../../http/routes'

const { graphql } = payloadRoutes(config)

export const POST = graphql.POST
export const OPTIONS = graphql.OPTIONS
