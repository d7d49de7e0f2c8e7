/**
 * Support recall: a claim stating what a report states, in other words, is supported; the same wording about
 * another period, story or thing is not. Each rule is checked both ways. Our own invented stories.
 */
import { checkText, createMemoryLookup, extractCorpusFigures, type CorpusFigure } from '../../src/factcheck/engine/index.js'

const SOURCES = [
  {
    key: 'ostrava-01',
    date: '2026-02-20',
    title: 'Marvik Foods results: profit slides as costs bite',
    text:
      'Marvik Foods said on Thursday that its net profit fell to €214m from €260m a year earlier. ' +
      'Revenue rose 2.4% to €3.9bn, the Prague-based group said.',
  },
]

const corpus: CorpusFigure[] = SOURCES.flatMap(({ key, date, title, text }) => extractCorpusFigures({ key, text, date, title }))
const lookup = createMemoryLookup(corpus)
const CONTEXT = 'Marvik Foods cuts jobs after a difficult year'
const check = (text: string, date = '2026-02-21') => checkText(text, { date, context: CONTEXT, lookup })

describe('a figure of a report with no date in its sentence is about the period the report covers', () => {
  it('a year that ended weeks before an annual report is the year the report is about', async () => {
    const result = await check("Marvik Foods' net profit fell to €214m in 2025.")
    expect(result.status).toBe('supported')
  })

  it('a year long before the report is another year', async () => {
    const result = await check("Marvik Foods' net profit fell to €214m in 2023.")
    expect(result.status).toBe('no_evidence')
  })
})
