/**
 * Synonyms of a measured thing: a claim naming it by another word a careful editor reads as the same thing in
 * any story meets the report; a near word that names another thing does not. Our own invented stories.
 */
import { checkText, createMemoryLookup, extractClaims, type CorpusFigure } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'talvik-01',
    date: '2026-03-04',
    title: 'Talvik Group: revenue up 4.2%',
    text: 'Talvik Group said on Wednesday that its revenue rose 4.2% to €6.3bn last year.',
  },
  {
    key: 'talvik-02',
    date: '2026-03-04',
    title: 'Talvik Group to close two factories',
    text: 'Talvik Group will close two factories. Staff turnover at the group rose to 14%, it said.',
  },
  {
    key: 'orsa-01',
    date: '2026-04-16',
    title: 'Orsa fishing talks end without a deal',
    text: 'Seven-hour talks in Orsa between the fishing ministers of Norway and Sweden ended without a deal on Wednesday.',
  },
]

const corpus: CorpusFigure[] = corpusOf(SOURCES)
const lookup = createMemoryLookup(corpus)
const check = (text: string, context: string, date: string) => checkText(text, { date, context, lookup })
const measureOf = (text: string) => extractClaims(text, { date: '2026-03-05' }).flatMap((s) => s.figures).map((f) => f.measure)

describe("a company's turnover and sales are its revenue", () => {
  const context = 'Talvik Group results'
  it('turnover meets revenue', async () => {
    expect((await check('Talvik turnover climbs to €6.3bn', context, '2026-03-05')).status).toBe('supported')
  })

  it('sales meet revenue', async () => {
    expect((await check('Sales rose to some €6.3 billion last year.', context, '2026-03-05')).status).toBe('supported')
  })

  it('another amount of turnover is not supported (revenue, an amount of an open thing, conflicts only where the words agree)', async () => {
    expect((await check('Talvik turnover climbed to €7.1bn.', context, '2026-03-05')).status).not.toBe('supported')
  })

  it('staff turnover is a rate of leavers, not revenue', () => {
    expect(measureOf('Staff turnover rose 4.2% last year.')).not.toContain('share of the revenue')
    expect(measureOf('Staff turnover rose 4.2% last year.')[0]).toMatch(/turnover rate/)
  })

  it('a sale is one transaction, not revenue: "the sale of the unit raised €6.3bn"', () => {
    expect(measureOf('The sale of the unit raised €6.3bn.')).not.toContain('amount of the revenue')
  })

  it('profit next to revenue stays profit', () => {
    expect(measureOf('The group reported turnover of €6.3bn and net profit of roughly €410m.')).toEqual(['amount of the revenue', 'amount of the net profit'])
  })
})

describe('a plant is a factory', () => {
  it('plants and factories are one measure', () => {
    expect(measureOf('Talvik will close two plants.')).toEqual(measureOf('Talvik will close two factories.'))
  })

  it('a power plant or a nuclear plant is not a factory', () => {
    expect(measureOf('Talvik will close two power plants.')).not.toEqual(measureOf('Talvik will close two factories.'))
    expect(measureOf('Talvik will close two nuclear plants.')).not.toEqual(measureOf('Talvik will close two factories.'))
  })
})

describe('a parley is talks', () => {
  const context = 'Orsa fishing talks'
  it('a seven-hour parley meets seven-hour talks', async () => {
    expect((await check('The seven-hour Orsa parley ended without a deal.', context, '2026-04-16')).status).toBe('supported')
  })

  it('a seven-hour party is not talks', () => {
    expect(measureOf('The seven-hour Orsa party ended at dawn.')).not.toEqual(measureOf('The seven-hour Orsa parley ended without a deal.'))
  })
})

describe('a price tag is a cost', () => {
  it('"carries a price tag of" reads as the cost', () => {
    expect(measureOf('The new line carries a price tag of about €2.2bn.')[0]).toMatch(/cost/)
  })

  it('a tag alone is no cost', () => {
    expect(measureOf('The tag of the new line reads €2.2bn.')[0] ?? '').not.toMatch(/cost/)
  })
})
