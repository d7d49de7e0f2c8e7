import type { FigureCheck } from '../../src/factcheck/engine/types'
import type { FactCheckT } from '../../src/factcheck/translations'

import { t as payloadT } from '@payloadcms/translations'

import { CLAIM_BADGES } from '../../src/factcheck/components/claimStatus'
import { evidenceSummary, measureLabel } from '../../src/factcheck/components/evidenceSummary'
import { translations } from '../../src/factcheck/translations'
import { resolveOptions } from '../../src/factcheck/options'
import { scaleBounds } from '../../src/factcheck/services/ratingScale'

const evidence = (source: string, text: string, value: number, relation: 'supports' | 'conflicts') => ({
  source,
  quote: `The source says ${text}.`,
  figure: { text, value, min: value, max: value, unit: 'hour' },
  relation,
})

/** Payload's own `t` over the plugin's strings in one language. */
const translator =
  (language: keyof typeof translations): FactCheckT =>
  (key, vars) =>
    payloadT({ key, translations: translations[language], vars })
const english = translator('en')

describe('the words of the desk', () => {
  it('sums up what the sources say in one line', () => {
    const conflict = {
      status: 'conflict',
      evidence: [evidence('a', 'five hours', 5, 'conflicts'), evidence('b', 'five hours', 5, 'conflicts'), evidence('c', '5 hours', 5, 'conflicts')],
    } as FigureCheck
    expect(evidenceSummary(conflict, english)).toBe('The sources say five hours or 5 hours — 3 sources')
    const mixed = { status: 'mixed', evidence: [evidence('a', 'five hours', 5, 'conflicts'), evidence('b', 'seven hours', 7, 'supports'), evidence('c', 'five hours', 5, 'conflicts')] } as FigureCheck
    expect(evidenceSummary(mixed, english)).toBe('The sources differ: five hours (2 sources), seven hours (1 source)')
    expect(evidenceSummary({ status: 'supported', evidence: [evidence('a', 'seven hours', 7, 'supports')] }, english)).toBe('The sources say seven hours — 1 source')
    // Ranges that meet are one reading, in its wordings.
    const nearly = { ...evidence('a', 'nearly five hours', 4.75, 'conflicts'), figure: { text: 'nearly five hours', value: 4.75, min: 4.5, max: 5, unit: 'hour' } }
    const over = { ...evidence('b', 'more than five hours', 5.5, 'conflicts'), figure: { text: 'more than five hours', value: 5.5, min: 5, max: 6, unit: 'hour' } }
    expect(evidenceSummary({ status: 'conflict', evidence: [nearly, over] }, english)).toBe('The sources say nearly five hours or more than five hours — 2 sources')
    expect(evidenceSummary({ status: 'no_evidence', evidence: [] }, english)).toBe('No source states a figure for this.')
  })

  it('pluralises and labels', () => {
    expect(english('factcheck:publishGuardHeading', { count: 1 })).toBe('Publish with 1 open conflict?')
    expect(english('factcheck:publishGuardHeading', { count: 2 })).toBe('Publish with 2 open conflicts?')
    expect(measureLabel('duration of the talks')).toBe('Duration of the talks')
  })

  it('explains "No evidence" as neither confirmed nor contradicted', () => {
    expect(english(`factcheck:${CLAIM_BADGES.no_evidence.help}`)).toMatch(/neither confirmed nor contradicted/)
    for (const badge of Object.values(CLAIM_BADGES)) expect(english(`factcheck:${badge.help}`).length).toBeGreaterThan(10)
  })
})

describe('the words of the desk in German and French', () => {
  const mixed = {
    status: 'mixed',
    evidence: [evidence('a', 'fünf Stunden', 5, 'conflicts'), evidence('b', 'sieben Stunden', 7, 'supports'), evidence('c', 'fünf Stunden', 5, 'conflicts')],
  } as FigureCheck

  it('sums up what the sources say in the language of the desk, the figures as the sources write them', () => {
    expect(evidenceSummary(mixed, translator('de'))).toBe('Die Quellen weichen ab: fünf Stunden (2 Quellen), sieben Stunden (1 Quelle)')
    expect(evidenceSummary(mixed, translator('fr'))).toBe('Les sources divergent\u00a0: fünf Stunden (2 sources), sieben Stunden (1 source)')
    expect(evidenceSummary({ status: 'no_evidence', evidence: [] }, translator('de'))).toBe('Keine Quelle nennt hierzu eine Zahl.')
  })

  it('counts as each language does: French 0 and 1 singular, German 0 plural', () => {
    const fr = translator('fr')
    const de = translator('de')
    expect([0, 1, 2].map((count) => fr('factcheck:corpusDisagree', { count }))).toEqual([
      'Les sources divergent sur 0 grandeur',
      'Les sources divergent sur 1 grandeur',
      'Les sources divergent sur 2 grandeurs',
    ])
    expect([0, 1, 2].map((count) => de('factcheck:corpusDisagree', { count }))).toEqual([
      'Die Quellen widersprechen sich bei 0 Messgrößen',
      'Die Quellen widersprechen sich bei 1 Messgröße',
      'Die Quellen widersprechen sich bei 2 Messgrößen',
    ])
  })
})

describe('the rating scale option', () => {
  it('defaults to the six-step scale, best first, unverifiable off the scale', () => {
    const { ratingScale } = resolveOptions({})
    expect(ratingScale.map((rating) => [rating.value, rating.ratingValue])).toEqual([
      ['accurate', 5],
      ['mostly-accurate', 4],
      ['conflicting-sources', 3],
      ['misleading', 2],
      ['inaccurate', 1],
      ['unverifiable', null],
    ])
    expect(scaleBounds({ ratingScale })).toEqual({ best: 5, worst: 1 })
  })

  it('takes a newsroom scale: labels, order, ratingValue and colour', () => {
    const ratingScale = [
      { value: 'true', label: 'True', ratingValue: 3, colour: '#0a0' },
      { value: 'half-true', label: 'Half true', ratingValue: 2, colour: '#fa0' },
      { value: 'false', label: 'False', ratingValue: 1, colour: '#c00', corrects: true },
    ]
    const resolved = resolveOptions({ ratingScale })
    expect(resolved.ratingScale[2]).toEqual({ value: 'false', label: 'False', ratingValue: 1, colour: '#c00', corrects: true })
    expect(resolved.ratingScale[0].corrects).toBe(false)
    expect(scaleBounds(resolved)).toEqual({ best: 3, worst: 1 })
  })

  it('names what is wrong with a scale', () => {
    const invalid = (ratingScale: unknown) => () => resolveOptions({ ratingScale })
    expect(invalid([])).toThrow(/ratingScale/)
    expect(invalid([{ value: 'Not A Slug', label: 'x', ratingValue: 1, colour: '#000' }])).toThrow(/ratingScale\.0\.value: expected a slug/)
    expect(invalid([{ value: 'a', label: 'A', ratingValue: 1, colour: 'red' }])).toThrow(/ratingScale\.0\.colour: expected a hex colour/)
    const twice = { value: 'a', label: 'A', ratingValue: 1, colour: '#000' }
    expect(invalid([twice, twice])).toThrow(/rating values must be unique/)
    expect(invalid([{ ...twice, ratingValue: null }])).toThrow(/at least one rating needs a ratingValue/)
    expect(() => resolveOptions({ ratingScale: [twice], desk: { secondReview: 'yes' } })).toThrow(/desk\.secondReview/)
  })
})
