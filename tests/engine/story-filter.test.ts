/**
 * Story filter: which reports count as the claim's story. A report about one of the claim's people that writes the
 * claim's very figure may support it though it leaves the others out; it never refutes. Our own invented stories.
 */
import { checkText, createMemoryLookup } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'marvenia-01',
    date: '2026-03-05',
    title: 'Marvenia talks stall as Halvard Ostmark holds firm',
    text:
      'Prime Minister Halvard Ostmark rejected the border proposal on Wednesday. ' +
      'A new round of talks on 3 March ended without a breakthrough, officials said. ' +
      'Halvard Ostmark told reporters that Marvenia would not give up its claim. ' +
      'Ostmark is expected to travel to Brussels next week.',
  },
  {
    key: 'keldane-01',
    date: '2026-03-05',
    title: 'Ysolde Kaldor defends Keldane budget',
    text:
      'Premier Ysolde Kaldor defended the budget on Wednesday. ' +
      'Talks between Ysolde Kaldor and Oren Blaise on 3 March ended without a deal, officials said. ' +
      'Ysolde Kaldor said the budget would pass.',
  },
]
const lookup = createMemoryLookup(corpusOf(SOURCES))
const check = (text: string, date = '2026-03-05') => checkText(text, { date, lookup })

describe('a report naming only some of the claim\'s people', () => {
  it('supports the date it writes when it is about one of them', async () => {
    const result = await check('Ostmark met the envoys Pellerin and Dussault two days ago.')
    expect(result.status).toBe('supported')
  })
  it('never refutes: another date is no conflict', async () => {
    const result = await check('Ostmark met the envoys Pellerin and Dussault four days ago.')
    expect(result.status).toBe('no_evidence')
  })
  it('does not tie a figure whose sentence names someone else too', async () => {
    const result = await check('Kaldor met the envoys Pellerin and Dussault two days ago.')
    expect(result.status).toBe('no_evidence')
  })
  it('does not tie a claim whose people it names none of', async () => {
    const result = await check('Brekkan met the envoys Pellerin and Dussault two days ago.')
    expect(result.status).toBe('no_evidence')
  })
})
