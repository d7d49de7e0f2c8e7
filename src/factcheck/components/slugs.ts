import type { PluginSlugs } from '../options'

import { PLUGIN_OPTIONS_KEY } from '../constants'

/**
 * The slugs of the plugin's collections, as the plugin put them in `admin.custom`: read from the server config
 * (`payload.config`) in server components, from `useConfig().config` in client ones (`usePluginSlugs`).
 */
export function adminSlugs(config: { admin?: { custom?: Record<string, unknown> } }): PluginSlugs {
  const slugs = (config.admin?.custom?.[PLUGIN_OPTIONS_KEY] as { slugs?: PluginSlugs } | undefined)?.slugs
  if (!slugs) throw new Error('the fact-check plugin is not in this Payload config')
  return slugs
}
