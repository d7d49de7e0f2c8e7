import type { en } from './en'

type EnglishKey = keyof typeof en

/** `claims` of `claims_one`: a key whose string Payload's `t(key, { count })` picks by the count. */
type PluralBase<K> = K extends `${infer Base}_one` ? Base : never
type StripPlural<K> = K extends `${infer Base}_zero` | `${infer Base}_one` | `${infer Base}_other` ? Base : K

/**
 * A language of the plugin: every English key, no other key, except `<key>_zero` for the counted ones (French counts
 * 0 as singular, and Payload picks `_zero` for 0 when there is one, else `_other`).
 */
export type FactCheckStrings = { [K in EnglishKey]: string } & { [K in `${PluralBase<EnglishKey>}_zero`]?: string }

/** A key of the plugin's strings, as written without the plural suffix (`claims`, not `claims_one`). */
export type FactCheckTranslationKey = StripPlural<EnglishKey>
/** The keys as Payload's `t()` takes them. */
export type FactCheckTranslationKeys = `factcheck:${FactCheckTranslationKey}`
/** Payload's own strings the plugin shows as they are (in every language Payload speaks). */
export type PayloadTranslationKeys = 'general:no' | 'general:yes' | 'version:draft' | 'version:published' | 'version:publishChanges'

/**
 * Payload's `t` narrowed to the plugin's keys: a key that no language has is a type error. `vars` fill the
 * `{{placeholders}}`; a numeric `count` also picks `_one` / `_other` (and `_zero`).
 */
export type FactCheckT = (key: FactCheckTranslationKeys | PayloadTranslationKeys, vars?: Record<string, unknown>) => string
