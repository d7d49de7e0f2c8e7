import type { CollectionSlug, Payload } from 'payload'

import type { ArticleCollectionOptions } from '../options'

/**
 * The locale of an article's checked text when its rich-text field is localized: each locale's text has its own
 * claims (they carry the locale), so saving one locale never marks another locale's claims as gone. Undefined for a
 * field that is not localized (or an app without localization): the claims then carry no locale.
 */
export function articleLocale(
  payload: Payload,
  collection: string,
  config: ArticleCollectionOptions,
  requested?: null | string,
): string | undefined {
  const { localization } = payload.config
  if (!localization) return undefined
  const field = payload.collections[collection as CollectionSlug].config.flattenedFields.find((candidate) => candidate.name === config.field)
  if (!field || !('localized' in field) || !field.localized) return undefined
  return requested && requested !== 'all' ? requested : localization.defaultLocale
}

/** Every locale of the app whose text a localized article field may hold. */
export function articleLocales(payload: Payload, collection: string, config: ArticleCollectionOptions): Array<string | undefined> {
  const { localization } = payload.config
  if (!localization || articleLocale(payload, collection, config) === undefined) return [undefined]
  return localization.localeCodes
}

/** The scope of a claim's fingerprint: its article, and its locale when the article's text is localized. */
export const fingerprintScope = (articleRef: string, locale?: string) => (locale ? `${articleRef}@${locale}` : articleRef)
