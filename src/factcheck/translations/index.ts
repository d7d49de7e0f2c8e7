/**
 * The plugin's admin strings in each language it speaks (en.ts, de.ts, fr.ts), merged into Payload's i18n
 * (`config.i18n.translations`) under the `factcheck` namespace. Client components read them with
 * `useFactCheckTranslation().t('factcheck:reviewQueue')`, server components with `factCheckT(i18n)`, fields with
 * `translated('fieldText')`; collection labels and the navigation group are the per-language records of `label()`.
 * Payload shows the admin user's language; a language the host enables and the plugin lacks gets the English strings.
 * A new language is one more file, listed here.
 */
import type { FactCheckT, FactCheckTranslationKey } from './types'

import { de } from './de'
import { en } from './en'
import { fr } from './fr'

export type {
  FactCheckStrings,
  FactCheckT,
  FactCheckTranslationKey,
  FactCheckTranslationKeys,
  PayloadTranslationKeys,
} from './types'

export const translations = {
  en: { factcheck: en },
  de: { factcheck: de },
  fr: { factcheck: fr },
} as const satisfies Record<string, { factcheck: Record<string, string> }>

type Language = keyof typeof translations
const strings = (language: string): Record<string, string> =>
  (translations[language as Language] ?? translations.en).factcheck

/** A label in every language of the plugin, as Payload's static labels take it (`{ en: '…', de: '…' }`). */
export const label = (key: FactCheckTranslationKey): Record<string, string> =>
  Object.fromEntries(Object.keys(translations).map((language) => [language, strings(language)[key]]))

/** A collection's `labels`. */
export const labels = (singular: FactCheckTranslationKey, plural: FactCheckTranslationKey) => ({
  singular: label(singular),
  plural: label(plural),
})

/**
 * A field's label, description or option label in Payload's function form: translated in the admin user's
 * language when Payload renders it, so that a host's own strings (`config.i18n.translations`) apply too.
 */
export const translated =
  (key: FactCheckTranslationKey) =>
  ({ t }: { t: unknown }): string =>
    (t as FactCheckT)(`factcheck:${key}`)

/** The `t` of a Payload i18n object (`req.i18n`, the `i18n` of server props), typed with the plugin's keys. */
export const factCheckT = (i18n: { t: unknown }): FactCheckT => i18n.t as FactCheckT

type Translations = Record<string, Record<string, unknown>>

/**
 * The host's translations with the plugin's namespace added in each language: the plugin's languages and every
 * language the host supports (in English when the plugin lacks it). A string the host sets in its own `factcheck`
 * namespace wins over the plugin's.
 */
export function withTranslations(host: Translations | undefined, supportedLanguages: object = {}): Translations {
  const merged: Translations = { ...host }
  for (const language of new Set([...Object.keys(translations), ...Object.keys(supportedLanguages)])) {
    const own = host?.[language]
    merged[language] = { ...own, factcheck: { ...strings(language), ...(own?.factcheck as object | undefined) } }
  }
  return merged
}
