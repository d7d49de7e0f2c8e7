import { t as payloadT } from '@payloadcms/translations'

import { translations, withTranslations } from '../../src/factcheck/translations'

const english = translations.en.factcheck as Record<string, string>
const languages = Object.entries(translations).filter(([language]) => language !== 'en')

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()
/** `claims` of `claims_zero`: the English string a language's extra zero form says in its words. */
const englishFormOf = (key: string) => (key in english ? key : key.replace(/_zero$/, '_other'))

describe('the plugin’s admin strings', () => {
  it('come in English and at least one other language', () => {
    expect(Object.keys(translations)).toEqual(expect.arrayContaining(['en', 'de', 'fr']))
    expect(Object.keys(english).length).toBeGreaterThan(150)
  })

  it.each(languages)('%s has exactly the English keys (plus zero forms of counted ones), none empty', (_language, { factcheck }) => {
    const strings = factcheck as Record<string, string>
    const extra = Object.keys(strings).filter((key) => !(key in english))
    expect(Object.keys(english).filter((key) => !(key in strings))).toEqual([])
    expect(extra.filter((key) => !(key.endsWith('_zero') && key.replace(/_zero$/, '_one') in english))).toEqual([])
    expect(Object.entries(strings).filter(([, text]) => !text.trim())).toEqual([])
  })

  it.each(languages)('%s has the same {{placeholders}} as English in every string', (_language, { factcheck }) => {
    const differing = Object.entries(factcheck as Record<string, string>)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(english[englishFormOf(key)]).join())
      .map(([key]) => key)
    expect(differing).toEqual([])
  })

  it('says every counted string with its count in all its forms', () => {
    const counted = Object.keys(english).filter((key) => key.endsWith('_one')).map((key) => key.replace(/_one$/, ''))
    expect(counted.length).toBeGreaterThan(10)
    for (const [, { factcheck }] of Object.entries(translations)) {
      for (const base of counted) {
        const strings = factcheck as Record<string, string>
        expect([base, strings[`${base}_one`] !== undefined, strings[`${base}_other`] !== undefined]).toEqual([base, true, true])
      }
    }
  })

  it('picks the form by the count through Payload’s own t()', () => {
    const say = (language: keyof typeof translations, count: number) =>
      payloadT({ key: 'factcheck:publishGuardHeading', translations: translations[language], vars: { count } })
    expect([0, 1, 3].map((count) => say('en', count))).toEqual([
      'Publish with 0 open conflicts?',
      'Publish with 1 open conflict?',
      'Publish with 3 open conflicts?',
    ])
    expect([0, 1, 3].map((count) => say('de', count))).toEqual([
      'Mit 0 offenen Widersprüchen veröffentlichen?',
      'Mit 1 offenen Widerspruch veröffentlichen?',
      'Mit 3 offenen Widersprüchen veröffentlichen?',
    ])
    expect([0, 1, 3].map((count) => say('fr', count))).toEqual([
      'Publier avec 0 contradiction non résolue\u00a0?',
      'Publier avec 1 contradiction non résolue\u00a0?',
      'Publier avec 3 contradictions non résolues\u00a0?',
    ])
  })
})

describe('withTranslations', () => {
  it('adds the plugin’s namespace to each of its languages, next to the host’s own strings', () => {
    const merged = withTranslations({ de: { general: { custom: 'Eigen' } } })
    expect(merged.de.general).toEqual({ custom: 'Eigen' })
    expect(merged.de.factcheck).toEqual(translations.de.factcheck)
    expect(merged.fr.factcheck).toEqual(translations.fr.factcheck)
  })

  it('lets the host override one string and keeps the others', () => {
    const merged = withTranslations({ de: { factcheck: { reviewQueue: 'Zu prüfen' } } })
    const german = merged.de.factcheck as Record<string, string>
    expect(german.reviewQueue).toBe('Zu prüfen')
    expect(german.myQueue).toBe(translations.de.factcheck.myQueue)
    expect(Object.keys(german).sort()).toEqual(Object.keys(translations.de.factcheck).sort())
  })

  it('speaks English in a language the host enables and the plugin lacks, unless the host translates it', () => {
    const merged = withTranslations({ es: { factcheck: { reviewQueue: 'Por revisar' } } }, { es: {}, nl: {} })
    expect(merged.nl.factcheck).toEqual(translations.en.factcheck)
    expect((merged.es.factcheck as Record<string, string>).reviewQueue).toBe('Por revisar')
    expect((merged.es.factcheck as Record<string, string>).myQueue).toBe(translations.en.factcheck.myQueue)
  })
})
