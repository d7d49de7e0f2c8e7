/** Comparison of a claim figure with corpus figures, statuses, the memory lookup and the precision traps. */
import {
  checkText, claimStatus, compareFigure, createMemoryLookup, extractCorpusFigures, type CorpusFigure,
} from '../../src/factcheck/engine/index.js'
import { onlyFigure, seedLookup } from './helpers.js'

function corpusOf(sources: Record<string, string>): CorpusFigure[] {
  return Object.entries(sources).flatMap(([key, text]) => extractCorpusFigures({ key, text }))
}

const talks = corpusOf({
  a: 'Five hours of talks in Moscow between US envoys and Russian officials ended.',
  b: 'After nearly five hours of discussions between Putin and US envoys, both sides left.',
  c: 'The meeting in Moscow between Putin and the US envoys stretched for more than five hours.',
})

describe('compareFigure', () => {
  test('agreement is overlap of intervals after unit conversion', () => {
    const check = compareFigure(onlyFigure('The Kremlin meeting ran for 300 minutes.'), talks)
    expect(check.status).toBe('supported')
    expect(check.evidence.map((e) => e.source)).toEqual(['a', 'b', 'c'])
  })

  test('a figure that fits no corpus figure conflicts; "more than five" does not stretch to seven', () => {
    for (const text of ['The talks lasted eight hours.', 'The talks lasted seven hours.', 'The talks lasted just one hour.']) {
      expect(compareFigure(onlyFigure(text), talks).status).toBe('conflict')
    }
  })

  test('sources that disagree among themselves make a figure mixed', () => {
    const check = compareFigure(onlyFigure('The talks lasted six hours.'), talks)
    expect(check.status).toBe('mixed')
    expect(check.evidence.map((e) => [e.source, e.relation])).toEqual([
      ['c', 'supports'], ['a', 'conflicts'], ['b', 'conflicts'],
    ])
  })

  test('evidence is one per quote; a quote stating the claimed value in one state supports', () => {
    const plan = corpusOf({ d: 'The earlier 28-point plan was scaled down to 20 points.', e: 'The 28-point plan leaked.' })
    const check = compareFigure(onlyFigure('Witkoff discussed a 28-point plan.'), [...plan, ...plan])
    expect(check.evidence).toHaveLength(2)
    expect(check.evidence.every((e) => e.relation === 'supports')).toBe(true)
    expect(check.status).toBe('supported')
  })

  test('no candidate about the same thing → no_evidence', () => {
    expect(compareFigure(onlyFigure('Ukraine has 20 brigades.'), talks)).toMatchObject({ status: 'no_evidence', evidence: [] })
  })

  test('currencies are kept apart', () => {
    const money = corpusOf({ f: 'Investigators raided his home over a $100 million embezzlement case.' })
    expect(compareFigure(onlyFigure('a $0.1bn embezzlement case'), money).status).toBe('supported')
    expect(compareFigure(onlyFigure('a £100 million embezzlement case'), money).status).toBe('no_evidence')
  })

  test('a share held by the other side is the complement', () => {
    const share = corpusOf({ g: "Forces must leave the remaining 25 per cent of the Donbas still under Kyiv's control." })
    expect(compareFigure(onlyFigure('Russia controls three-quarters of the Donbas.'), share).status).toBe('supported')
    expect(compareFigure(onlyFigure('Russia occupies 25 per cent of the Donbas.'), share).status).toBe('conflict')
  })

  test('a dated claim compares with a year-less corpus date by day of year', () => {
    const date = corpusOf({ h: 'Officials held discussions in Moscow on 2 December.' })
    expect(compareFigure(onlyFigure('The talks were held on 2 December.', '2025-12-20'), date).status).toBe('supported')
    expect(compareFigure(onlyFigure('The talks were held on 5 December.', '2025-12-20'), date).status).toBe('conflict')
  })

  test('the output carries the claim figure and JSON-safe evidence', () => {
    const check = compareFigure(onlyFigure('The talks lasted eight hours.'), talks)
    expect(check).toMatchObject({ text: 'eight hours', value: 8, unit: 'hour', kind: 'duration', measure: 'duration of the talks' })
    expect(JSON.parse(JSON.stringify(check))).toEqual(check)
  })
})

describe('claimStatus: worst wins', () => {
  test.each([
    [['supported', 'conflict'], 'conflict'],
    [['supported', 'mixed', 'no_evidence'], 'mixed'],
    [['no_evidence', 'supported'], 'supported'],
    [['no_evidence'], 'no_evidence'],
    [[], 'no_figures'],
  ] as const)('%j → %s', (statuses, status) => {
    expect(claimStatus([...statuses])).toBe(status)
  })
})

describe('createMemoryLookup', () => {
  test('returns each figure stored under any of the keys once', async () => {
    const lookup = createMemoryLookup(talks)
    expect(await lookup(['duration:talks', 'duration:talks'])).toHaveLength(3)
    expect(await lookup(['count:brigade'])).toEqual([])
  })
})

describe('precision traps against the seeded corpus: a figure about a different thing is never a conflict', () => {
  test.each([
    'Ukraine has mobilised 20 brigades.',
    'The ceasefire would last 25 days.',
    'A two-day NATO meeting in Brussels followed.',
    'Reporters faced a three-hour wait outside the Kremlin.',
    'The envoys flew 4 hours from Florida to Moscow.',
    'Zelensky spent three days in Ireland.',
    'Ukraine has 40 million inhabitants.',
    'The US has given Ukraine $60 billion in aid.',
    'Russian troops advanced 12 kilometres near Pokrovsk.',
    'Twenty journalists waited outside the Kremlin.',
    'Ukrainian and Russian officials talked for eight hours in Istanbul.',
    'Macron talked with Putin for eight hours.',
  ])('%s', async (text) => {
    const check = await checkText(text, { lookup: seedLookup() })
    expect(check.status).not.toBe('conflict')
    expect(check.status).not.toBe('mixed')
  })

  test('"20 brigades" stays no_evidence while the 20-point plan in the same sentence is checked', async () => {
    const check = await checkText('Ukraine has 20 brigades and the revised plan has 20 points.', { lookup: seedLookup() })
    expect(check.figures.map((f) => [f.text, f.status])).toEqual([
      ['20 brigades', 'no_evidence'],
      ['20 points', 'mixed'],
    ])
  })
})

describe('checkText', () => {
  test('text without figures → no_figures', async () => {
    expect(await checkText('Zelenskyy said the revised proposal looks better.', { lookup: seedLookup() })).toEqual({
      status: 'no_figures', figures: [],
    })
  })

  test('relative dates use the publication date', async () => {
    const lookup = createMemoryLookup(corpusOf({ i: 'The talks took place on 3 December 2025.' }))
    const check = await checkText('The talks took place on Wednesday.', { date: '2025-12-04', lookup })
    expect(check.status).toBe('supported')
  })
})
