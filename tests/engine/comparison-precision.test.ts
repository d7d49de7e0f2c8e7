/**
 * Precision across stories: two stories that share only a generic last word of a name ("… Springs",
 * "… Logistics") or a surname of two different people are different stories, so a different figure in one is
 * never a conflict for a claim about the other. Our own sentences; each story is one source.
 */
import { checkText, createMemoryLookup, type CorpusFigure } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'alder-springs-flood',
    date: '2026-03-02',
    title: 'Alder Springs flood',
    text: 'Floodwater reached the centre of Alder Springs on Sunday. The flood in Alder Springs has killed 14 people, officials said on Monday. About 2,300 residents of Alder Springs were evacuated.',
  },
  {
    key: 'harlow-logistics-results',
    date: '2026-03-03',
    title: 'Harlow Logistics results',
    text: 'Harlow Logistics reported its annual results on Tuesday. Harlow Logistics employs 4,100 people at its depots, the company said. Revenue at Harlow Logistics rose 6% to £820 million.',
  },
  {
    key: 'okafor-court-case',
    date: '2026-03-04',
    title: 'Maria Okafor sentenced',
    text: 'Maria Okafor was sentenced to nine years in prison on Wednesday. Maria Okafor had taken £3 million from the charity, the court heard.',
  },
]

const corpus: CorpusFigure[] = corpusOf(SOURCES)
const lookup = createMemoryLookup(corpus)
const check = (text: string, context: string, date = '2026-03-05') => checkText(text, { date, context, lookup })

describe('no conflict across stories that share a generic name part or a surname', () => {
  it('checks the same story as before: a different toll in Alder Springs is a conflict', async () => {
    const result = await check('The flood in Alder Springs has killed 19 people.', 'Alder Springs flood')
    expect(result.status).toBe('conflict')
  })

  it('a toll in Cedar Springs is not the Alder Springs toll', async () => {
    const result = await check('The flood in Cedar Springs has killed 19 people.', 'Cedar Springs flood')
    expect(result.status).not.toBe('conflict')
    expect(result.status).not.toBe('mixed')
  })

  it("Brevant Logistics' staff are not Harlow Logistics' staff", async () => {
    const result = await check('Brevant Logistics employs 2,900 people at its depots.', 'Brevant Logistics results')
    expect(result.status).not.toBe('conflict')
    expect(result.status).not.toBe('mixed')
  })

  it("Daniel Okafor's sentence is not Maria Okafor's", async () => {
    const result = await check('Daniel Okafor was sentenced to four years in prison.', 'Daniel Okafor sentenced')
    expect(result.status).not.toBe('conflict')
    expect(result.status).not.toBe('mixed')
  })

  it("Daniel Okafor's takings are not Maria Okafor's", async () => {
    const result = await check('Daniel Okafor had taken £1 million from the club.', 'Daniel Okafor court case')
    expect(result.status).not.toBe('conflict')
    expect(result.status).not.toBe('mixed')
  })

  it("Maria Okafor's own sentence still conflicts", async () => {
    const result = await check('Maria Okafor was sentenced to six years in prison.', 'Maria Okafor sentenced')
    expect(result.status).toBe('conflict')
  })
})
