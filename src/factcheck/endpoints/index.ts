import type { Endpoint } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { checkEndpoint } from './check'

export const factCheckEndpoints = (options: ResolvedFactCheckOptions): Endpoint[] => [checkEndpoint(options)]
