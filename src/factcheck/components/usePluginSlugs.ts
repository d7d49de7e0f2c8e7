'use client'

import { useConfig } from '@payloadcms/ui'

import type { PluginSlugs } from '../options'

import { adminSlugs } from './slugs'

/** The slugs of the plugin's collections, for client components (REST URLs, admin links, permissions). */
export function usePluginSlugs(): PluginSlugs {
  return adminSlugs(useConfig().config)
}
