/** Figure extraction: values, number words, fractions, money, ranges, qualifiers, units, dates, ordinals. */
import { extractClaims, splitSentences } from '../../src/factcheck/engine/index.js'
import { figuresOf, onlyFigure } from './helpers.js'

describe('values', () => {
  test.each([
    ['1,200 people protested.', 1200],
    ['He counted 3.5 tonnes of grain.', 3.5],
    ['Twenty journalists waited.', 20],
    ['They sent twenty-five documents.', 25],
    ['They sent one hundred and five documents.', 105],
    ['Ukraine has 40 million inhabitants.', 40e6],
    ['The talks lasted two and a half hours.', 2.5],
    ['The talks lasted 5 and a half hours.', 5.5],
  ])('%s → %d', (text, value) => {
    expect(onlyFigure(text).value).toBe(value)
  })

  test('"one" and "a" are figures only with a unit', () => {
    expect(figuresOf('One Russian aide put it plainly.')).toEqual([])
    expect(figuresOf('One side sees security imperatives.')).toEqual([])
    expect(onlyFigure('The talks lasted one hour.').value).toBe(1)
  })

  test('bare numbers without a unit are not figures', () => {
    expect(figuresOf('Call 1-1-1-1 or 42.')).toEqual([])
  })
})

describe('fractions are shares of a whole', () => {
  test.each([
    ['Ukraine holds half of the Donbas.', 50],
    ['Kyiv controls a quarter of Donbas.', 25],
    ['Russia controls three quarters of the Donbas.', 75],
    ['Russia controls three-quarters of the Donbas.', 75],
    ['Ukraine holds two-thirds of the region.', 200 / 3],
    ['Ukraine holds one third of the region.', 100 / 3],
  ])('%s → %d per cent', (text, value) => {
    const figure = onlyFigure(text)
    expect(figure).toMatchObject({ kind: 'percent', unit: 'percent' })
    expect(figure.value).toBeCloseTo(value)
  })

  test('"half an hour" is half of the unit', () => {
    expect(onlyFigure('The talks lasted half an hour.')).toMatchObject({ value: 0.5, unit: 'hour', kind: 'duration' })
  })
})

describe('money keeps currencies apart', () => {
  test.each([
    ['a $100m embezzlement case', 1e8, 'USD'],
    ['a $100 million embezzlement case', 1e8, 'USD'],
    ['a $0.1bn embezzlement case', 1e8, 'USD'],
    ['a 1.5bn dollars loan', 1.5e9, 'USD'],
    ['a £3.2m fine', 3.2e6, 'GBP'],
    ['a €90 billion loan', 9e10, 'EUR'],
    ['raided over $100m.', 1e8, 'USD'],
  ])('%s', (text, value, unit) => {
    const figure = onlyFigure(text)
    expect(figure).toMatchObject({ kind: 'money', unit })
    expect(figure.value).toBeCloseTo(value)
  })
})

describe('ranges', () => {
  test.each([
    ['reduced to 19–20 points', 19, 20],
    ['reduced to 19-20 points', 19, 20],
    ['reduced to 19 to 20 points', 19, 20],
    ['between 4 and 5 documents', 4, 5],
  ])('%s', (text, min, max) => {
    expect(onlyFigure(`The plan was ${text}.`)).toMatchObject({ min, max })
  })
})

describe('qualifiers as intervals', () => {
  const interval = (text: string) => {
    const { min, max } = onlyFigure(text)
    return { min, max }
  }

  test('"nearly/almost" lies just below', () => {
    for (const text of ['The talks lasted nearly five hours.', 'The talks lasted almost five hours.']) {
      const { min, max } = interval(text)
      expect(max).toBe(5)
      expect(min).toBeGreaterThanOrEqual(4.4)
      expect(min).toBeLessThan(5)
    }
  })

  test('"more than/over" lies above but is bounded', () => {
    for (const text of ['The talks lasted more than five hours.', 'The talks lasted for over five hours.']) {
      const { min, max } = interval(text)
      expect(min).toBe(5)
      expect(max).toBeGreaterThan(5.5)
      expect(max).toBeLessThan(7)
    }
  })

  test('"about/around/roughly/some" widen both sides', () => {
    for (const word of ['about', 'around', 'roughly', 'some']) {
      const { min, max } = interval(`The talks lasted ${word} five hours.`)
      expect(min).toBeLessThan(4.7)
      expect(max).toBeGreaterThan(5.3)
    }
  })

  test('"at least" is open above, "up to" is open below; the bound keeps the rounding of the measure', () => {
    expect(interval('The talks lasted at least five hours.').min).toBeCloseTo(4.75)
    expect(interval('The talks lasted at least five hours.').max).toBeGreaterThan(1e6)
    expect(interval('The talks lasted up to five hours.')).toEqual({ min: 0, max: 5.25 })
    expect(interval('The talks lasted five hours or more.').min).toBeCloseTo(4.75)
    expect(interval('At least 40 people were hurt.')).toMatchObject({ min: 40 })
    expect(interval('Up to 40 people were hurt.')).toEqual({ min: 0, max: 40 })
  })

  test('"just" narrows; plain round figures keep a little rounding; counts are exact', () => {
    const { min, max } = interval('The talks lasted just one hour.')
    expect(min).toBeGreaterThan(0.9)
    expect(max).toBeLessThan(1.1)
    expect(interval('The talks lasted five hours.').min).toBeLessThan(5)
    expect(interval('Russia received four documents.')).toEqual({ min: 4, max: 4 })
  })

  test('a particle is not a qualifier: "handed over 4 documents"', () => {
    expect(interval('The delegation handed over 4 documents.')).toEqual({ min: 4, max: 4 })
  })
})

describe('units', () => {
  test.each([
    ['The meeting ran for 300 minutes.', 'minute', 'duration'],
    ['The talks lasted 5 hrs.', 'hour', 'duration'],
    ['Zelensky spent three days in Ireland.', 'day', 'duration'],
    ['The war has lasted almost four years.', 'year', 'duration'],
    ['Troops advanced 12 kilometres.', 'km', 'quantity'],
    ['Ukraine holds 25 per cent of the Donbas.', 'percent', 'percent'],
    ['Ukraine holds 25 percent of the Donbas.', 'percent', 'percent'],
    ['Ukraine holds 25% of the Donbas.', 'percent', 'percent'],
    ['The plan has 20 points.', 'point', 'count'],
    ['The plan has 20 provisions.', 'point', 'count'],
    ['Russia received four additional documents.', 'document', 'count'],
  ])('%s → %s', (text, unit, kind) => {
    expect(onlyFigure(text)).toMatchObject({ unit, kind })
  })

  test('hyphen compounds carry their unit: "20-point", "five-hour", "four-year-long"', () => {
    expect(onlyFigure('a 20-point plan')).toMatchObject({ value: 20, unit: 'point', text: '20-point' })
    expect(onlyFigure('the five-hour talks')).toMatchObject({ value: 5, unit: 'hour' })
    expect(onlyFigure('the nearly four-year-long war')).toMatchObject({ unit: 'year', max: 4 })
  })
})

describe('dates', () => {
  test('day-first dates resolve against the document date', () => {
    expect(onlyFigure('The talks took place on 2 December.', '2025-12-10')).toMatchObject({
      kind: 'date', unit: 'day', iso: { from: '2025-12-02', to: '2025-12-02' }, text: '2 December',
    })
  })

  test('a year-less date far after the document date belongs to the year before', () => {
    expect(onlyFigure('The talks took place on 2 December.', '2026-01-01').iso).toEqual({ from: '2025-12-02', to: '2025-12-02' })
  })

  test('without a document date a year-less date is a day of year', () => {
    expect(onlyFigure('The talks took place on 2 December.')).toMatchObject({ unit: 'day-of-year', iso: { from: '--12-02' } })
  })

  test('months and years are whole intervals; values are days since 1970', () => {
    const month = onlyFigure('Russia invaded in February 2022.')
    expect(month.iso).toEqual({ from: '2022-02-01', to: '2022-02-28' })
    expect(month.min).toBe(Date.UTC(2022, 1, 1) / 86_400_000)
    expect(onlyFigure('Russia annexed Crimea in 2014.').iso).toEqual({ from: '2014-01-01', to: '2014-12-31' })
  })

  test('weekdays need the document date', () => {
    expect(onlyFigure('The talks concluded on Wednesday.', '2025-12-04').iso?.from).toBe('2025-12-03')
    expect(figuresOf('The talks concluded on Wednesday.')).toEqual([])
  })

  test('times, "midnight" and the modal "may" are not dates', () => {
    // a time of day is a figure of its own kind (times-of-day.test.ts), never a date
    expect(figuresOf('The talks ran well past midnight on Tuesday.')).toMatchObject([{ kind: 'time', text: 'well past midnight' }])
    const plan = onlyFigure('On Tuesday the plan was reduced to roughly 19–20 points.')
    expect(plan).toMatchObject({ kind: 'count', unit: 'point' })
    expect(figuresOf('Russian forces may attempt to push further.')).toEqual([])
  })

  test('a year before a noun qualifies it', () => {
    expect(onlyFigure('Ukraine insists on its 1991 borders.')).toMatchObject({ kind: 'date', iso: { from: '1991-01-01' } })
  })
})

describe('ordinals', () => {
  test('"entering its fourth year" is the fourth year of the war', () => {
    expect(onlyFigure('The war is entering its fourth year.')).toMatchObject({ kind: 'ordinal', unit: 'year-of-war', min: 4, max: 4 })
  })

  test('"approaches its fourth year" allows the third', () => {
    expect(onlyFigure('The conflict approaches its fourth year.')).toMatchObject({ min: 3, max: 4, unit: 'year-of-war' })
  })

  test('"Second World War" is not an ordinal figure', () => {
    expect(figuresOf('It is the largest conflict in Europe since the Second World War.')).toEqual([])
  })
})

describe('change patterns give each figure its own state', () => {
  test('"cut from 28 to 20 points": original 28, revised 20', () => {
    const [before, after] = figuresOf('The plan was cut from 28 to 20 points.')
    expect(before).toMatchObject({ value: 28, unit: 'point', about: { version: 'original' } })
    expect(after).toMatchObject({ value: 20, unit: 'point', about: { version: 'revised' } })
  })

  test('"scaled down to 20 points" and "reduced to roughly 19–20" are the new state', () => {
    const [earlier, scaled] = figuresOf('It was a revised version of an earlier 28-point plan, scaled down to 20 points.')
    expect(earlier.about.version).toBe('original')
    expect(scaled.about.version).toBe('revised')
    expect(onlyFigure('This plan, now reduced to roughly 19–20 points, was streamlined.').about.version).toBe('revised')
  })
})

describe('relative spans', () => {
  test('"two weeks ago" and "two weeks before the talks" are 14 days before an event', () => {
    const ago = onlyFigure('The plan leaked two weeks ago.')
    const before = onlyFigure('The plan leaked two weeks before the talks.')
    for (const figure of [ago, before]) {
      expect(figure).toMatchObject({ kind: 'duration', unit: 'day', value: 14, lookupKeys: ['lead:leak@*'] })
    }
    expect(onlyFigure('They walked away five hours later.').about.dimension).toBe('lag')
  })
})

describe('sentences and offsets', () => {
  test('splitSentences keeps offsets into the text and splits lines', () => {
    const text = 'Headline without stop\nThe talks lasted five hours. They ended late.'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['Headline without stop', 'The talks lasted five hours.', 'They ended late.'])
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text)
      expect(s.figures).toEqual([])
    }
  })

  test('figure offsets point at the figure text within its sentence', () => {
    const text = 'Intro. After nearly five hours of talks, the US handed over four additional documents and a $100m offer on 2 December.'
    for (const sentence of extractClaims(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
      for (const figure of sentence.figures) expect(sentence.text.slice(figure.start, figure.end)).toBe(figure.text)
    }
    expect(extractClaims(text)[0].figures.map((f) => f.text)).toEqual([
      'nearly five hours', 'four additional documents', '$100m', '2 December',
    ])
  })

  test('extractClaims keeps only sentences with figures', () => {
    expect(extractClaims('The Kremlin described the talks as constructive. The talks lasted five hours.')).toHaveLength(1)
  })
})
