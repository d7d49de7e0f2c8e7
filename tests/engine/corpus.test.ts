/** Corpus extraction: web debris yields nothing, figures carry their quote and source, corpus conflicts. */
import { extractCorpusFigures, findCorpusConflicts } from '../../src/factcheck/engine/index.js'
import { seedCorpus } from './helpers.js'

const figuresIn = (text: string) => extractCorpusFigures({ key: 'k', text })

describe('web debris yields no figures', () => {
  test.each([
    '(Word count: approximately 3350)',
    '5 min read',
    '4 views',
    'Financial market analysis from 01/01/2026. Market conditions may have changed since publication.',
    'Please enter your name here',
    'Your email address will not be published. Required fields are marked *',
    'Steven Soarez shares 20 years of expertise. Contact us for collaboration opportunities.',
  ])('%s', (line) => {
    expect(figuresIn(`The talks lasted five hours.\n${line}`).map((f) => f.text)).toEqual(['five hours'])
  })

  test.each(['Related Articles', 'More like this', 'Trending', 'Leave a Reply', 'LEAVE A REPLY'])(
    'nothing after "%s"',
    (marker) => {
      const text = `The talks lasted five hours.\n${marker}\nTrump pardons 12 congressmen after 3 days of talks.`
      expect(figuresIn(text).map((f) => f.text)).toEqual(['five hours'])
    },
  )

  test('mojibake bullets are blanked, the text after them is kept', () => {
    const [figure] = figuresIn(' â€¢ Russia received four additional documents.')
    expect(figure.text).toBe('four additional documents')
    expect(figure.quote).toBe('Russia received four additional documents.')
  })
})

describe('extractCorpusFigures', () => {
  test('figures carry source, quote and JSON-safe values; unknown measures are left out', () => {
    const figures = extractCorpusFigures({
      key: 'src',
      text: 'London, UK – December 4, 2025\nThe talks in Moscow lasted at least five hours.',
    })
    expect(figures).toHaveLength(1)
    expect(figures[0]).toMatchObject({ source: 'src', quote: 'The talks in Moscow lasted at least five hours.', sourceDate: '2025-12-04' })
    expect(figures[0].lookupKeys).toEqual(expect.arrayContaining(['duration:talks@*', 'duration:talks@moscow', 'duration:talks@london']))
    expect(figures[0].story).toEqual(['london', 'united kingdom', 'moscow'])
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures)
  })

  test('a title adds to the story; a surname counts for the full name it stands for in the source', () => {
    const [figure] = extractCorpusFigures({
      key: 'src',
      title: 'Ferry sinks off Pelanos',
      text: 'Captain Ana Moreno said the ferry carried 212 passengers. Moreno said the crossing took three hours.',
    })
    expect(figure.story.slice(0, 2)).toEqual(['pelanos', 'ana moreno'])
  })

  test('a dateline dates an undated source', () => {
    const [figure] = extractCorpusFigures({ key: 'src', text: 'London – December 4, 2025\nThe talks ended on Wednesday.' })
    expect(figure.iso).toEqual({ from: '2025-12-03', to: '2025-12-03' })
  })

  test('the seeds yield the figures the notes list, and none from debris', () => {
    const texts = seedCorpus().map((f) => `${f.source.slice(0, 3)} ${f.text}`)
    expect(texts).toEqual(
      expect.arrayContaining([
        '000 Five hours', '000 four more documents', '001 20-point', '001 25 per cent', '001 five-hour',
        '001 nearly four-year-long', '002 nearly five hours', '002 28-point', '002 two weeks ago',
        '002 four additional documents', '003 2 December', '003 February 2022', '003 fourth year',
        '004 more than five hours', '004 roughly 19–20 points', '004 2014', '004 $100 million', '004 fourth year',
      ]),
    )
    expect(texts.filter((t) => /3350|min read|views|01\/01\/2026/.test(t))).toEqual([])
    for (const figure of seedCorpus()) expect(figure.quote.slice(figure.start, figure.end)).toBe(figure.text)
  })
})

describe('findCorpusConflicts', () => {
  const conflicts = findCorpusConflicts(seedCorpus())

  test('reports the revised plan: 20 / roughly 19–20 points against a revised 28-point plan', () => {
    const plan = conflicts.find((c) => c.measure === 'points of the revised plan')
    expect(plan).toBeDefined()
    const sources = new Set(plan!.figures.map((f) => f.source.slice(0, 3)))
    expect(sources).toContain('002')
    expect(sources.has('001') || sources.has('004')).toBe(true)
  })

  test('does not report figures that overlap: five / nearly five / more than five hours', () => {
    expect(conflicts.filter((c) => c.measure.startsWith('duration of the talks'))).toEqual([])
    expect(conflicts).toHaveLength(1)
  })
})
