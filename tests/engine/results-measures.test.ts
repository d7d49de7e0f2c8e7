/**
 * Company results: several measures share a name (operating profit, profit after tax), figures are stated to
 * several digits, a forecast sits beside the result, and the year's change is stated with the level. Each rule is
 * checked both ways. Our own invented story.
 */
import { checkText, createMemoryLookup, extractClaims } from '../../src/factcheck/engine/index.js'
import { corpusOf, figuresOf, onlyFigure } from './helpers.js'

const SOURCES = [
  {
    key: 'kestrel-01',
    date: '2026-02-26',
    title: 'Kestrel Foods profit jumps as snack sales surge',
    text:
      'Kestrel Foods said revenue rose 8% to €2.64bn last year. ' +
      'Operating profit climbed to €301m. Profit after tax came in at €212m for 2025. ' +
      'The group will cut 900 jobs and its market value has fallen to about €1.9bn. ' +
      'The Lisbon-based group has promised investors a profit after tax of €240m to €260m this year.',
  },
  {
    key: 'kestrel-02',
    date: '2026-02-26',
    title: 'Kestrel Foods beats forecasts',
    text:
      'Kestrel Foods, the Lisbon snack maker, reported annual revenue of €2.64bn, up 8%, and an interim dividend of 9 cents a share. ' +
      'Net profit rose to €212m from €188m a year earlier.',
  },
]

const lookup = createMemoryLookup(corpusOf(SOURCES))
const CONTEXT = 'Kestrel Foods results'
const check = (text: string, date = '2026-02-27') => checkText(text, { date, context: CONTEXT, lookup })

describe('an amount stated to more digits is held to them', () => {
  it('"€2.64bn" is not supported by "€2.5bn" wording: a different revenue conflicts', async () => {
    expect((await check('Kestrel Foods revenue was €2.81bn last year.')).status).toBe('conflict')
  })

  it('a rounding of the same amount still supports it', async () => {
    expect((await check('Kestrel Foods revenue was €2.6bn last year.')).status).toBe('supported')
  })

  it('a number written in words keeps the usual rounding', () => {
    const figure = onlyFigure('The talks lasted five hours.')
    expect(figure.min).toBeCloseTo(4.75)
    expect(figure.max).toBeCloseTo(5.25)
  })

  it('"€2.64bn" allows only its own rounding', () => {
    const figure = onlyFigure('Kestrel Foods revenue was €2.64bn.')
    expect(figure.max - figure.min).toBeLessThan(0.03 * figure.value)
  })
})

describe('a measure is not another of the same name', () => {
  it('operating profit and profit after tax are variants of profit', () => {
    expect(onlyFigure('Operating profit climbed to €301m.').about).toMatchObject({ topic: 'profit', variant: 'operating' })
    expect(onlyFigure('Profit after tax came in at €212m.').about).toMatchObject({ topic: 'profit', variant: 'net' })
    expect(onlyFigure('Net profit was €212m.').about).toMatchObject({ topic: 'profit', variant: 'net' })
  })

  it('a profit of no stated kind is neither refuted by the operating profit nor by the forecast', async () => {
    const result = await check('Kestrel Foods made a profit of €212m last year.')
    expect(result.status).toBe('supported')
  })

  it('the same variant with another amount still conflicts', async () => {
    expect((await check('Kestrel Foods operating profit was €340m last year.')).status).toBe('conflict')
  })

  it('a dividend of another kind is not the interim dividend', async () => {
    expect((await check('Kestrel Foods will pay a final dividend of 12 cents a share.')).status).not.toBe('conflict')
    expect((await check('Kestrel Foods will pay an interim dividend of 12 cents a share.')).status).toBe('conflict')
  })
})

describe('sentences and levels around results', () => {
  it('a stop after a scale glued to a number ends the sentence', () => {
    const sentences = extractClaims('Operating profit climbed to €301m. Net profit was €212m.')
    expect(sentences.map((s) => s.text)).toEqual(['Operating profit climbed to €301m.', 'Net profit was €212m.'])
    expect(sentences[1].figures[0].about.entities).toEqual([])
  })

  it('a level stated with its change is the period\'s result, refuted by a report of the day before', async () => {
    const result = await check('Kestrel Foods revenue rose 8% to €2.81bn.')
    const revenue = result.figures.find((figure) => figure.unit === 'EUR')!
    expect(revenue.status).toBe('conflict')
  })

  it('a level reached since a report is still not refuted by it', async () => {
    const result = await check('Kestrel Foods revenue has grown to €2.81bn.', '2026-09-01')
    expect(result.status).not.toBe('conflict')
  })
})

describe('the levels of a change', () => {
  it('the level a change left and the level it reached are told apart', () => {
    const [reached, left] = figuresOf('Net profit rose to €212m from €188m a year earlier.')
    expect([reached.about.stage, left.about.stage]).toEqual(['to', 'from'])
    // the scale glued to the first amount is no noun of the second, and "a year earlier" is no rate
    expect(left.about).toMatchObject({ topic: 'profit', variant: 'net' })
    expect(onlyFigure('Kestrel cut its commission to 15%.').about.stage).toBe('to')
    // a currency sign between "from" and the amount
    expect(figuresOf('Shares slumped from $48.20 to $39.75.').map((f) => f.about.stage)).toEqual(['from', 'to'])
  })

  it('a claim of the level reached is not supported by the level left', async () => {
    const result = await check('Kestrel Foods net profit rose 13% to €188m.')
    const profit = result.figures.find((figure) => figure.unit === 'EUR')!
    expect(profit.status).toBe('conflict')
  })

  it('the level left does not refute a claim about the level reached, nor the other way round', async () => {
    expect((await check('Kestrel Foods net profit was €212m last year.')).status).toBe('supported')
    expect((await check('Kestrel Foods net profit rose from €188m.')).status).toBe('supported')
  })
})

describe('news names for company measures', () => {
  it('the bottom line is the net profit, market capitalisation the market value', () => {
    expect(onlyFigure("Kestrel's bottom line was €212m.").about).toMatchObject({ topic: 'profit', variant: 'net' })
    expect(onlyFigure('Its market capitalisation is €1.9bn.').about.topic).toBe('market value')
    expect(onlyFigure('The group has a market value of €1.9bn.').about.topic).toBe('market value')
  })

  it('jobs cut are a measure of their own, not jobs created', async () => {
    expect(onlyFigure('The company will shed 900 jobs.').about.topic).toBe('job-cuts')
    expect(onlyFigure('About 900 jobs will go.').about.topic).toBe('job-cuts')
    expect(onlyFigure('The plant will create 900 jobs.').about.topic).not.toBe('job-cuts')
    expect((await check('Kestrel Foods will axe 1,200 jobs.')).status).toBe('conflict')
    expect((await check('Kestrel Foods will create 1,200 jobs.')).status).not.toBe('conflict')
  })
})

describe('moves of a share price or a result', () => {
  const MOVES = corpusOf([
    { key: 'wrenfold-01', date: '2026-04-02', title: 'Wrenfold shares jump on results', text: 'Wrenfold shares closed up 6.4% in Oslo after the results. Revenue rose 3.1% to €840m, helped by higher prices.' },
    { key: 'wrenfold-02', date: '2026-04-20', title: 'Wrenfold shares slide', text: 'Wrenfold shares fell 8.5% in Oslo, erasing the gains made after the results.' },
  ])
  const moves = createMemoryLookup(MOVES)
  const checkMove = (text: string) => checkText(text, { date: '2026-04-21', context: 'Wrenfold results', lookup: moves })

  it('a rise and a fall are two moves, not one misreported', async () => {
    expect((await checkMove('Wrenfold shares rose 6.4% after the results.')).status).toBe('supported')
    expect((await checkMove('Wrenfold shares rose 5% after the results.')).status).toBe('conflict')
    expect((await checkMove('Wrenfold shares fell 6.4% after the results.')).status).not.toBe('conflict')
    // nor is the same amount in the other direction a support, by measure or by value
    expect((await checkMove('Wrenfold shares fell 6.4% after the results.')).status).not.toBe('supported')
  })

  it('a change is the changing verb\'s, whatever verb stands near it', async () => {
    const figure = onlyFigure('Revenue rose 3.1% to €840m, helped by higher prices.'.replace(' to €840m', ''))
    expect([figure.about.verb, figure.about.direction]).toEqual([undefined, 'up'])
    // on the day of the report (later, another period's change may be meant)
    const sameDay = await checkText('Wrenfold revenue rose 5% last year.', { date: '2026-04-02', context: 'Wrenfold results', lookup: moves })
    expect(sameDay.status).toBe('conflict')
  })
})
