/**
 * Story filter: which reports count as the claim's story. A report about one of the claim's people that writes the
 * claim's very figure may support it though it leaves the others out; it never refutes. Our own invented stories.
 */
import { checkText, createMemoryLookup } from '../../src/factcheck/engine/index.js'
import { corpusOf, onlyFigure } from './helpers.js'

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

describe('two cities many stories pass through', () => {
  it('tie no report to the claim\'s story: a dam dispute mentioning Geneva and Washington is not the Vorsk talks', async () => {
    const lookup = createMemoryLookup(
      corpusOf([
        { key: 'vorsk-20', date: '2025-12-03', title: 'Vorsk talks end without a deal', text: 'Harkova met the Dellin envoys in Geneva for five hours. Washington and Geneva both hoped for a deal.' },
        { key: 'korvash-20', date: '2025-12-02', title: 'Korvash dam talks drag on', text: 'After some seven hours of talks in Geneva, the Korvash dam delegations left without a deal, a Washington official said.' },
      ]),
    )
    const result = await checkText('The talks lasted eight hours.', { date: '2025-12-05', context: 'Harkova meets Dellin envoys in Geneva', lookup })
    expect(result.figures[0].evidence.every((e) => e.source === 'vorsk-20')).toBe(true)
    expect(result.status).toBe('conflict')
  })

  it('link no report to the claim\'s story by themselves either', async () => {
    const lookup = createMemoryLookup(
      corpusOf([
        { key: 'vorsk-21', date: '2025-12-03', title: 'Vorsk talks end without a deal', text: 'Harkova met the Dellin envoys for five hours. Officials in Washington and Geneva hoped for a deal.' },
        { key: 'korvash-21', date: '2025-12-02', title: 'Korvash dam talks drag on', text: 'After some seven hours of talks, the Korvash dam delegations left Geneva without a deal, a Washington official said.' },
      ]),
    )
    const result = await checkText('The talks lasted eight hours.', { date: '2025-12-05', context: 'Harkova meets the Dellin envoys', lookup })
    expect(result.figures[0].evidence.map((e) => e.source)).not.toContain('korvash-21')
  })
})

describe('an event the reports measure with other people', () => {
  const lookup = createMemoryLookup(
    corpusOf([
      { key: 'vorsk-30', date: '2025-12-03', title: 'Vorsk talks end without a deal', text: 'Five hours of talks in Vorsk between foreign envoys and local officials ended without a deal. Anneke Vosberg, the regional governor, said she still hoped for progress.' },
      {
        key: 'vorsk-31',
        date: '2025-12-03',
        title: 'Vorsk talks: no deal',
        text: 'The five-hour talks between Harkova and the Dellin envoy Tomas Brandlin ended without a deal in Vorsk. Anneke Vosberg, who governs the region, was not at the table.',
      },
    ]),
  )
  const check = (text: string) => checkText(text, { date: '2025-12-05', context: 'Harkova meets the Dellin envoys in Vorsk', lookup })

  it('is another meeting for a claim about someone none of them names', async () => {
    expect((await check("Anneke Vosberg's meeting with the regional governors lasted three hours.")).status).not.toBe('conflict')
  })

  it('is still refuted for those the reports name, or for no one in particular', async () => {
    expect((await check("Harkova's talks with Brandlin lasted seven hours.")).status).toBe('conflict')
    expect((await check('The Vorsk talks lasted seven hours.')).status).toBe('conflict')
  })
})

describe('another occurrence of an event', () => {
  const lookup = createMemoryLookup(
    corpusOf([
      { key: 'keld-40', date: '2026-02-09', title: 'Keld cholera outbreak grows', text: 'The Keld cholera outbreak has infected 1,240 people, health officials said on Monday.' },
    ]),
  )
  const check = (text: string) => checkText(text, { date: '2026-02-10', context: 'Keld cholera outbreak', lookup })

  it('"a separate outbreak" or "their previous meeting" is evidence of nothing in the story', async () => {
    const separate = await check('A separate outbreak near Keld has infected 300 people.')
    expect(separate.status).toBe('no_evidence')
    expect(separate.figures[0].reason).toMatch(/another occurrence/)
    expect((await check('A separate outbreak near Keld has infected 1,240 people.')).status).toBe('no_evidence')
  })

  it('the story\'s own event is still compared, and "another 300 homes" is no other occurrence', async () => {
    expect((await check('The Keld cholera outbreak has infected 300 people.')).status).toBe('conflict')
    expect(onlyFigure('Another 300 homes were destroyed by the fire.').about.other).toBeUndefined()
  })
})
