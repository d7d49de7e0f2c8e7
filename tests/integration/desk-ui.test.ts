import type { FigureCheck } from '../../src/factcheck/engine/types'

import { CLAIM_BADGES } from '../../src/factcheck/components/claimStatus'
import { evidenceSummary, measureLabel, plural } from '../../src/factcheck/components/evidenceSummary'
import { resolveOptions } from '../../src/factcheck/options'
import { scaleBounds } from '../../src/factcheck/services/ratingScale'

const evidence = (source: string, text: string, value: number, relation: 'supports' | 'conflicts') => ({
  source,
  quote: `The source says ${text}.`,
  figure: { text, value, min: value, max: value, unit: 'hour' },
  relation,
})

describe('the words of the desk', () => {
  it('sums up what the sources say in one line', () => {
    const conflict = {
      status: 'conflict',
      evidence: [evidence('a', 'five hours', 5, 'conflicts'), evidence('b', 'five hours', 5, 'conflicts'), evidence('c', '5 hours', 5, 'conflicts')],
    } as FigureCheck
    expect(evidenceSummary(conflict)).toBe('The sources say five hours or 5 hours — 3 sources')
    const mixed = { status: 'mixed', evidence: [evidence('a', 'five hours', 5, 'conflicts'), evidence('b', 'seven hours', 7, 'supports'), evidence('c', 'five hours', 5, 'conflicts')] } as FigureCheck
    expect(evidenceSummary(mixed)).toBe('The sources differ: five hours (2 sources), seven hours (1 source)')
    expect(evidenceSummary({ status: 'supported', evidence: [evidence('a', 'seven hours', 7, 'supports')] })).toBe('The sources say seven hours — 1 source')
    // Ranges that meet are one reading, in its wordings.
    const nearly = { ...evidence('a', 'nearly five hours', 4.75, 'conflicts'), figure: { text: 'nearly five hours', value: 4.75, min: 4.5, max: 5, unit: 'hour' } }
    const over = { ...evidence('b', 'more than five hours', 5.5, 'conflicts'), figure: { text: 'more than five hours', value: 5.5, min: 5, max: 6, unit: 'hour' } }
    expect(evidenceSummary({ status: 'conflict', evidence: [nearly, over] })).toBe('The sources say nearly five hours or more than five hours — 2 sources')
    expect(evidenceSummary({ status: 'no_evidence', evidence: [] })).toBe('No source states a figure for this.')
  })

  it('pluralises and labels', () => {
    expect(plural(1, 'open conflict')).toBe('1 open conflict')
    expect(plural(2, 'open conflict')).toBe('2 open conflicts')
    expect(measureLabel('duration of the talks')).toBe('Duration of the talks')
  })

  it('explains "No evidence" as neither confirmed nor contradicted', () => {
    expect(CLAIM_BADGES.no_evidence.help).toMatch(/neither confirmed nor contradicted/)
    for (const badge of Object.values(CLAIM_BADGES)) expect(badge.help.length).toBeGreaterThan(10)
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
