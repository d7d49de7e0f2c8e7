/**
 * The plugin's admin strings in each language it speaks, merged into Payload's i18n (`config.i18n.translations`)
 * under the `factcheck` namespace: client components read them with `useTranslation().t('factcheck:reviewQueue')`;
 * collection labels and the navigation group use the per-language records of `label()`. Payload shows the admin
 * user's language and falls back to English. A new language is one more entry here.
 */
export const translations = {
  en: {
    factcheck: {
      group: 'Fact-check',
      claim: 'Claim',
      claims: 'Claims',
      verdict: 'Verdict',
      verdicts: 'Verdicts',
      source: 'Source',
      sources: 'Sources',
      corpusFigure: 'Corpus figure',
      corpusFigures: 'Corpus figures',
      deskNote: 'Desk note',
      deskNotes: 'Desk notes',
      reviewQueue: 'Review queue',
      myQueue: 'My queue',
    },
  },
  de: {
    factcheck: {
      group: 'Faktencheck',
      claim: 'Aussage',
      claims: 'Aussagen',
      verdict: 'Bewertung',
      verdicts: 'Bewertungen',
      source: 'Quelle',
      sources: 'Quellen',
      corpusFigure: 'Zahl aus dem Korpus',
      corpusFigures: 'Zahlen aus dem Korpus',
      deskNote: 'Redaktionsnotiz',
      deskNotes: 'Redaktionsnotizen',
      reviewQueue: 'Prüfliste',
      myQueue: 'Meine Prüfliste',
    },
  },
  fr: {
    factcheck: {
      group: 'Vérification',
      claim: 'Affirmation',
      claims: 'Affirmations',
      verdict: 'Verdict',
      verdicts: 'Verdicts',
      source: 'Source',
      sources: 'Sources',
      corpusFigure: 'Chiffre du corpus',
      corpusFigures: 'Chiffres du corpus',
      deskNote: 'Note de la rédaction',
      deskNotes: 'Notes de la rédaction',
      reviewQueue: 'À vérifier',
      myQueue: 'Mes vérifications',
    },
  },
} as const satisfies Record<string, { factcheck: Record<string, string> }>

export type FactCheckTranslationKey = keyof (typeof translations)['en']['factcheck']
/** The keys as Payload's `t()` takes them. */
export type FactCheckTranslationKeys = `factcheck:${FactCheckTranslationKey}`

/** A label in every language of the plugin, as Payload's static labels take it (`{ en: '…', de: '…' }`). */
export const label = (key: FactCheckTranslationKey): Record<string, string> =>
  Object.fromEntries(Object.entries(translations).map(([language, { factcheck }]) => [language, factcheck[key]]))

/** A collection's `labels`. */
export const labels = (singular: FactCheckTranslationKey, plural: FactCheckTranslationKey) => ({
  singular: label(singular),
  plural: label(plural),
})

type Translations = Record<string, Record<string, unknown>>

/** The host's translations with the plugin's namespace added in each language (the host's own keys win). */
export function withTranslations(host: Translations | undefined): Translations {
  const merged: Translations = { ...host }
  for (const [language, strings] of Object.entries(translations)) {
    merged[language] = { ...strings, ...host?.[language] }
  }
  return merged
}
