import type { FigureCheck } from '../../src/factcheck/engine/types'

import { CLAIM_BADGES } from '../../src/factcheck/components/claimStatus'
import { evidenceSummary, measureLabel, plural } from '../../src/factcheck/components/evidenceSummary'

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
    expect(evidenceSummary(conflict)).toBe('The sources say five hours — 3 sources')
    const mixed = { status: 'mixed', evidence: [evidence('a', 'five hours', 5, 'conflicts'), evidence('b', 'seven hours', 7, 'supports'), evidence('c', 'five hours', 5, 'conflicts')] } as FigureCheck
    expect(evidenceSummary(mixed)).toBe('The sources differ: five hours (2 sources), seven hours (1 source)')
    expect(evidenceSummary({ status: 'supported', evidence: [evidence('a', 'seven hours', 7, 'supports')] })).toBe('The sources say seven hours — 1 source')
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
