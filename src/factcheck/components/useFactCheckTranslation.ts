'use client'
import { useTranslation } from '@payloadcms/ui'

import type { FactCheckT } from '../translations'

/** Payload's translation of the admin user's language in client components, its `t` typed with the plugin's keys. */
export function useFactCheckTranslation() {
  const { i18n, t } = useTranslation()
  return { i18n, t: t as unknown as FactCheckT }
}
