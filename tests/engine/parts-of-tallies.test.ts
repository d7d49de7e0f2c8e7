/**
 * A count a report states as a part of the running count before it ("143 structures destroyed, 97 of them homes",
 * "including 97 homes") is of that count's measure. Checked both ways on our own invented story.
 */
import { checkText, createMemoryLookup } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'varnholt-01',
    date: '2026-07-14',
    title: 'Varnholt wildfire destroys 143 structures',
    text:
      'The Varnholt Ridge fire has destroyed 143 structures, 97 of them homes, the county fire service said on Monday.\n\n' +
      'At least 11 people have died, four of them firefighters, and 2,300 residents remain under evacuation orders.',
  },
  {
    key: 'varnholt-02',
    date: '2026-07-15',
    title: 'Varnholt fire: damage spreads',
    text: 'Inspectors say the Varnholt Ridge fire damaged 260 buildings, including 180 houses, before crews held its eastern edge.',
  },
]

const lookup = createMemoryLookup(corpusOf(SOURCES))
const check = (text: string) => checkText(text, { date: '2026-07-16', context: 'Varnholt Ridge fire', lookup })

describe('a part of a running count', () => {
  it('"97 of them homes" are homes destroyed: a claim of them is supported, one of another number refuted', async () => {
    expect((await check('Ninety-seven homes were lost to the Varnholt Ridge fire.')).status).toBe('supported')
    const wrong = await check('The Varnholt Ridge fire destroyed 120 homes.')
    expect(wrong.status).toBe('conflict')
    expect(wrong.figures[0].evidence.some((e) => e.relation === 'conflicts' && e.figure.text.includes('97'))).toBe(true)
  })

  it('"including 180 houses" is houses damaged', async () => {
    expect((await check('The fire damaged 180 houses in Varnholt Ridge.')).status).toBe('supported')
  })

  it('the part is never taken for the whole, nor the whole for the part', async () => {
    // 97 homes among 143 structures: a claim of 143 structures stands, and the homes do not refute it
    expect((await check('The Varnholt Ridge fire has destroyed 143 structures.')).status).toBe('supported')
    // "four of them firefighters" is a part of the toll of another class: never the toll
    const toll = await check('Four people have died in the Varnholt Ridge fire.')
    expect(toll.status).not.toBe('supported')
    expect(toll.figures[0].evidence.every((e) => !e.figure.text.startsWith('four'))).toBe(true)
  })
})
