/**
 * Open-domain figure extraction: every form news writes a quantity in, the stated value and unit kept
 * as written, and the numbers that are not figures (names, years as labels, codes). Sentences are our own.
 */
import { tokenizeText } from '../../src/factcheck/engine/sentences/tokens.js'
import { findFigures, type RawFigure } from '../../src/factcheck/engine/figures/extract.js'
import { convertInterval } from '../../src/factcheck/engine/figures/units.js'
import { decideDateOrder, type DateOrder } from '../../src/factcheck/engine/figures/dates.js'
import { analyseText } from '../../src/factcheck/engine/document.js'
import { figuresOf } from './helpers.js'

function figures(text: string, options: { dateOrder?: DateOrder; date?: string } = {}): RawFigure[] {
  const reference = options.date ? new Date(`${options.date}T12:00:00Z`) : undefined
  return tokenizeText(text).flatMap((s) => findFigures(s.text, s.tokens, reference, { dateOrder: options.dateOrder, bare: true }))
}

/** Value and unit as written, the way the extraction gold states them. */
function stated(text: string): Array<[RawFigure['stated'] extends infer S ? S extends { value: infer V } ? V : never : never, string | null]> {
  return figures(text)
    .filter((f) => f.kind !== 'date' && f.kind !== 'ordinal')
    .map((f) => [f.stated!.value, f.stated!.unit])
}

function only(text: string): RawFigure {
  const found = figures(text)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('scale words, with and without currency', () => {
  test.each([
    ['The port handled 1.5bn tonnes of cargo.', 1.5e9, 't'],
    ['Organisers expect 3m visitors this summer.', 3e6, null],
    ['The band sold 20k tickets in an hour.', 2e4, null],
    ['The merger is worth $4.2 billion.', 4.2e9, 'USD'],
    ['The council was fined £3.2m.', 3.2e6, 'GBP'],
    ['The region has 2.5 million residents.', 2.5e6, null],
    ['Investors lost €750,000 in the scheme.', 7.5e5, 'EUR'],
    ['The studio spent A$12m on the film.', 1.2e7, 'AUD'],
    ['The rocket produces 7.5m lb of thrust.', 7.5e6, 'lb'],
    ['A dozen volunteers cleared the path.', 12, null],
    ['Half a million homes lost power.', 5e5, null],
    ['A quarter of a million fans watched.', 2.5e5, null],
    ['Half a dozen lorries overturned.', 6, null],
    ['The state set aside Rs 2,500 crore.', 2.5e10, 'INR'],
  ])('%s', (text, value, unit) => {
    const [first] = stated(text)
    expect(first[0]).toBeCloseTo(value as number)
    expect(first[1]).toBe(unit)
  })

  test('"to 1.5m" after "1.2m barrels" repeats the scale', () => {
    expect(stated('Output rose from 1.2m barrels a day to 1.5m.')).toEqual([[1.2e6, 'bbl/day'], [1.5e6, null]])
  })

  test('"3m" alone is three metres, "3m people" three million', () => {
    expect(stated('The wall is 3m high.')).toEqual([[3, 'metre']])
    expect(stated('Some 3m people voted.')).toEqual([[3e6, null]])
    expect(stated('The floods left 2m homeless.')).toEqual([[2e6, null]])
    expect(stated('A 2m high fence went up.')).toEqual([[2, 'metre']])
  })
})

describe('glued and symbol units convert through the units library', () => {
  test.each([
    ['The tablet ships with 64GB of storage.', 64, 'GB', 'MB', 64_000],
    ['Runners finished the 5km loop.', 5, 'km', 'mile', 3.10686],
    ['The afternoon reached 30°C.', 30, '°C', '°F', 86],
    ['The estate covers 250 hectares.', 250, 'ha', 'km2', 2.5],
    ['Crews recovered 40 tonnes of debris.', 40, 't', 'kg', 40_000],
    ['The quota is capped at 580,000 t.', 580_000, 't', 'kg', 5.8e8],
    ['The tank holds 1,200 litres.', 1200, 'L', 'm3', 1.2],
    ['Gusts reached 110 km/h overnight.', 110, 'km/h', 'mph', 68.3508],
    ['The probe travels at 17 km/s.', 17, 'km/s', 'km/h', 61_200],
    ['The plant generated 3 GWh last week.', 3, 'GWh', 'MWh', 3000],
    ['The lake spans 12 square miles.', 12, 'mi2', 'km2', 31.0799],
  ])('%s', (text, value, unit, other, converted) => {
    const figure = figures(text).find((f) => f.kind !== 'date')!
    expect(figure.stated).toEqual({ value, unit })
    expect(figure.unit).toBe(unit)
    const [low] = convertInterval(figure.value, figure.value, figure.unit, other)!
    expect(low).toBeCloseTo(converted, 2)
  })

  test('units of different dimensions never convert', () => {
    expect(convertInterval(1, 2, 'km', 'kg')).toBeUndefined()
    expect(convertInterval(1, 2, 'USD', 'EUR')).toBeUndefined()
    expect(convertInterval(1, 2, 'hour', 'minute')).toEqual([60, 120])
  })

  test('a percentage is a unit, a multiple is x, points that score are points', () => {
    expect(stated('Turnout fell 12% on the previous vote.')).toEqual([[12, 'percent']])
    expect(stated('Rents rose 2.5 percentage points.')).toEqual([[2.5, 'percentage-point']])
    expect(stated('Demand grew threefold in a decade.')).toEqual([[3, 'x'], [1, 'decade']])
    expect(stated('Profits were three times higher than forecast.')).toEqual([[3, 'x']])
    expect(stated('The bid values the club at 15 times earnings.')).toEqual([[15, 'x']])
    expect(stated('Homes cost 9.1 times average pay.')).toEqual([[9.1, 'x']])
    expect(stated('The committee met four times.')).toEqual([[4, null]])
    expect(stated('The index closed 85 points lower.')).toEqual([[85, 'point']])
    expect(stated('She holds a six-point lead.')).toEqual([[6, 'point']])
    expect(stated('The union tabled a 12-point charter.')).toEqual([[12, null]])
  })
})

describe('negative numbers only where the sign is written', () => {
  test.each([
    ['Overnight the pass fell to -4°C.', -4, '°C'],
    ['The reading was minus 3 degrees Celsius.', -3, '°C'],
    ['Output changed by −2.5% in the quarter.', -2.5, 'percent'],
  ])('%s', (text, value, unit) => {
    const figure = figures(text).find((f) => f.kind !== 'date')!
    expect(figure.stated).toEqual({ value, unit })
    expect(figure.min).toBeLessThanOrEqual(figure.max)
  })

  test('"below zero" makes a temperature negative; "degrees" alone keep no scale', () => {
    expect(stated('It was six degrees below zero at dawn.')).toEqual([[-6, 'degree']])
  })

  test('a fall in words stays positive; "plus or minus" is a margin', () => {
    expect(stated('Sales fell 3% in the spring.')).toEqual([[3, 'percent']])
    expect(stated('The margin of error is plus or minus 3 points.')).toEqual([[3, 'point']])
  })
})

describe('ranges are one figure; changes are two', () => {
  test.each([
    ['Forecasters expect 19–20 storms.', [19, 20], null],
    ['Each team fields between 4 and 5 drivers.', [4, 5], null],
    ['The queue stretched from 10 to 12 km.', [10, 12], 'km'],
    ['The hike covers 10-12 km of ridge.', [10, 12], 'km'],
    ['Repairs take 4 to 5 hours.', [4, 5], 'hour'],
    ['The repair bill is $3m-$4m.', [3e6, 4e6], 'USD'],
    ['Estimates run between $2bn and $2.5bn.', [2e9, 2.5e9], 'USD'],
    ['Seats sold for between 40m and 45m won.', [4e7, 4.5e7], 'KRW'],
    ['Nights on the plateau drop to −20°C to −15°C.', [-20, -15], '°C'],
    ['Between five and seven days of rain are due.', [5, 7], 'day'],
  ])('%s', (text, value, unit) => {
    const found = stated(text)
    expect(found).toHaveLength(1)
    expect(found[0][0]).toEqual(value)
    expect(found[0][1]).toBe(unit)
  })

  test('"rose from 40 to 47" is two figures, the before and after of a change', () => {
    const [before, after] = figures('The toll rose from 40 to 47 overnight.')
    expect(before).toMatchObject({ value: 40, role: 'before', bare: true })
    expect(after).toMatchObject({ value: 47, role: 'after', bare: true })
    expect(stated('Claims climbed by 8k to 231,000.')).toEqual([[8000, null], [231_000, null]])
    expect(stated('Fares rose in both years, from 2.5% to 3.25%.')).toEqual([[2.5, 'percent'], [3.25, 'percent']])
    expect(figures('Grants were raised from £5,000 to £7,500.').map((f) => f.role)).toEqual(['before', 'after'])
  })

  test('a change written with its verb alone is two figures too', () => {
    expect(stated('Diesel rose $2 to $91 a barrel.')).toEqual([[2, 'USD/bbl'], [91, 'USD/bbl']])
    expect(stated('Their shares slid 8% to 212p.')).toEqual([[8, 'percent'], [212, 'p']])
  })

  test('a score is one figure per side', () => {
    expect(stated('The visitors won 3-1 in extra time.')).toEqual([[3, null], [1, null]])
  })
})

describe('fractions, shares and vague amounts', () => {
  test.each([
    ['Two-thirds of members backed the deal.', 2 / 3],
    ['Half of the orchards flooded.', 0.5],
    ['A quarter of the fleet is idle.', 0.25],
    ['Three-quarters of the staff walked out.', 0.75],
    ['One in five buses runs late.', 0.2],
    ['Applications fell by a third.', 1 / 3],
    ['Nearly half the seats were empty.', 0.5],
    ['Roughly 1/3 of the trains were cancelled.', 1 / 3],
    ['The motion needs a two-thirds majority.', 2 / 3],
  ])('%s → a share, no unit', (text, value) => {
    const figure = only(text)
    expect(figure.kind).toBe('percent')
    expect(figure.value).toBeCloseTo(value * 100)
    expect(figure.stated!.value).toBeCloseTo(value)
    expect(figure.stated!.unit).toBeNull()
  })

  test('"half an hour" and "1½ hours" are amounts of time', () => {
    expect(only('The ferry was delayed half an hour.').stated).toEqual({ value: 0.5, unit: 'hour' })
    expect(only('The ferry was delayed 1½ hours.').stated).toEqual({ value: 1.5, unit: 'hour' })
  })

  test.each([
    ['Dozens of shops closed early.', 24, 99],
    ['Scores of fans waited outside.', 40, 199],
    ['Tens of thousands marched on Sunday.', 20_000, 99_999],
    ['Hundreds were evacuated overnight.', 200, 999],
    ['Hundreds of thousands lost power.', 200_000, 999_999],
  ])('%s is an interval stated by its lowest reading', (text, low, high) => {
    const figure = figures(text).find((f) => f.kind !== 'date')!
    expect(figure).toMatchObject({ value: low, min: low, max: high })
    expect(figure.stated).toEqual({ value: low, unit: null })
  })

  test('"hundreds of millions of dollars" is money', () => {
    expect(only('Hundreds of millions of dollars left the fund.')).toMatchObject({ kind: 'money', unit: 'USD', value: 2e8 })
  })
})

describe('compound amounts are one figure in the smallest unit', () => {
  test.each([
    ['The siege lasted four hours and 50 minutes.', 290, 'minute'],
    ['The crossing took 2 hours 15 minutes.', 135, 'minute'],
    ['The winner is 5ft 10in tall.', 70, 'in'],
    ['The appeal took two years and three months.', 27, 'month'],
    ['The winner finished in 2 hours, 5 minutes and 30 seconds.', 7530, 'second'],
    ['The foal weighed 7lb 8oz.', 120, 'oz'],
  ])('%s', (text, value, unit) => {
    const figure = only(text)
    expect(figure.stated!.value).toBeCloseTo(value)
    expect(figure.stated!.unit).toBe(unit)
    expect(figure.unit).toBe(unit)
  })

  test('two amounts of money joined by "and" stay two figures', () => {
    expect(stated('The club paid $1.2m and its rival $900,000.')).toEqual([[1.2e6, 'USD'], [9e5, 'USD']])
  })
})

describe('rates and ages', () => {
  test('a rate keeps both units', () => {
    expect(stated('Cleaners earn £12.50 an hour.')).toEqual([[12.5, 'GBP/hour']])
    expect(stated('The district has 300 people per square kilometre.')).toEqual([[300, '/km2']])
    expect(stated('Burglaries reached 80,000 a year.')).toEqual([[80_000, '/year']])
    expect(stated('Petrol rose from $3.10 to $3.85 a gallon.')).toEqual([[3.1, 'USD/gal'], [3.85, 'USD/gal']])
    expect(stated('The field yields 1.2 million barrels of crude a day.')).toEqual([[1.2e6, 'bbl/day']])
  })

  test('a rate may be written with hyphens, and "a month earlier" is no rate', () => {
    expect(stated('Tenants pay a £900-a-month charge.')).toEqual([[900, 'GBP/month']])
    expect(stated('Prices grew 2.1%, after 2.4% a month earlier.')).toEqual([[2.1, 'percent'], [2.4, 'percent'], [1, 'month']])
  })

  test('points score, except the points of a document', () => {
    expect(stated('The striker scored 31 points.')).toEqual([[31, 'point']])
    expect(stated('The draft was trimmed from 30 to 24 points.')).toEqual([[30, null], [24, null]])
  })

  test('"a fortnight before" is 14 days before', () => {
    expect(only('The plan leaked a fortnight before the vote.')).toMatchObject({ kind: 'duration', unit: 'day', value: 14, relative: 'lead' })
  })

  test('ages are years', () => {
    expect(stated('A 34-year-old driver was arrested.')).toEqual([[34, 'year']])
    expect(stated('The founder, aged 74, stepped down.')).toEqual([[74, 'year']])
    expect(stated('The club trains girls aged 11 to 16.')).toEqual([[[11, 16], 'year']])
    expect(stated('The coach, Ellis, 52, resigned.')).toEqual([[52, 'year']])
    expect(stated('Maria Okafor is 48.')).toEqual([[48, 'year']])
    expect(stated('The toll was 48.')).toEqual([[48, null]])
  })
})

describe('bare numbers are figures waiting for an anchor', () => {
  test.each([
    ['The toll rose to 47 on Friday.', 47],
    ['It is a city of 20,000.', 20_000],
    ['Officials said 47 were killed.', 47],
  ])('%s', (text, value) => {
    const figure = figures(text).find((f) => f.kind !== 'date')!
    expect(figure).toMatchObject({ value, kind: 'count', unit: '', bare: true, stated: { value, unit: null } })
  })

  test('a number listed after a code is a code', () => {
    expect(figures('Call 1-1-1-1 or 42.')).toEqual([])
  })

  test('a bare number compared with an amount takes its unit', () => {
    expect(stated('The flat measures 820 square feet, down from 910 in 2019.')).toEqual([[820, 'ft2'], [910, 'ft2']])
    expect(stated('The firm has 4,000 staff, up from 3,200.')).toEqual([[4000, null], [3200, null]])
  })

  test('"a 20,000-strong workforce" is a count', () => {
    expect(stated('The 20,000-strong workforce walked out.')).toEqual([[20_000, null]])
  })

  test('they are returned only on request', () => {
    const [sentence] = tokenizeText('The toll rose to 47.')
    expect(findFigures(sentence.text, sentence.tokens)).toEqual([])
  })

  test('"one" is a figure only with a unit', () => {
    expect(figures('One of the pilots spoke first.')).toEqual([])
  })
})

describe('words around a number', () => {
  test('"a score of points" is twenty points', () => {
    expect(only('The list was cut to a score of points.')).toMatchObject({ value: 20, kind: 'count', unit: 'point' })
  })

  test('a hyphenated amount of money', () => {
    expect(only('Police opened a 40-million-dollar fraud case.')).toMatchObject({ value: 4e7, kind: 'money', unit: 'USD' })
  })

  test('a count after a country name is a count; the head of a noun compound is counted', () => {
    expect(only('The mission handed Chile four extra reports.')).toMatchObject({ value: 4, unit: 'report' })
    expect(only('The war has cost Peru 2 million lives.')).toMatchObject({ value: 2e6, unit: 'life' })
    expect(only('Some 3,000 vaccine doses arrived.')).toMatchObject({ value: 3000, unit: 'dose' })
  })

  test('an ordinal may have modifiers before its noun, and "a second term" is no second of time', () => {
    expect(only('It was their fourth national league title.')).toMatchObject({ kind: 'ordinal', value: 4, unit: 'title' })
    expect(only('She won a second consecutive term.')).toMatchObject({ kind: 'ordinal', value: 2, unit: 'term' })
    expect(only('The hearing lasted an hour and a half.').stated).toEqual({ value: 1.5, unit: 'hour' })
    expect(only('The trial ran for three years and a half.').stated).toEqual({ value: 3.5, unit: 'year' })
  })
})

describe('years and names are not counts', () => {
  test.each([
    ['The 2014 annexation was condemned.'],
    ['The bridge opened in 2019.'],
    ['Sales peaked in fiscal 2021.'],
  ])('%s → a date', (text) => {
    expect(only(text).kind).toBe('date')
  })

  test('an older year needs its preposition; "a total of 1885 runners" is a count', () => {
    expect(only('The mill was founded in 1885.').kind).toBe('date')
    expect(only('A total of 1885 runners finished.')).toMatchObject({ kind: 'count', value: 1885 })
  })

  test('years and numbers glued to a prefix', () => {
    expect(only('Demand peaked in mid-2024.')).toMatchObject({ kind: 'date', iso: { from: '2024-01-01', to: '2024-12-31' } })
    expect(only('A magnitude-6 tremor followed.')).toMatchObject({ value: 6, bare: true })
    expect(stated('A magnitude-7.1 quake shook the coast.')).toEqual([[7.1, null]])
  })

  test('"2000 soldiers" is a count', () => {
    expect(only('Some 2000 soldiers crossed the border.')).toMatchObject({ kind: 'count', value: 2000, unit: 'soldier' })
  })

  test('"the 2024-25 season" is a span of years', () => {
    expect(only('Ticket prices rise for the 2024-25 season.')).toMatchObject({ kind: 'date', iso: { from: '2024-01-01', to: '2025-12-31' } })
  })

  test.each([
    'The Boeing 737 was grounded.',
    'Traffic backed up along Route 66.',
    'Apollo 11 landed on the Moon.',
    'COVID-19 cases fell.',
    'The G7 met in the mountains.',
    'Officials invoked Article 5 after the attack.',
    'The airline ran Flight 370 daily.',
    'The iPhone 15 sold out.',
    'The 7-Eleven chain opened a store.',
    'Shares in 3M fell.',
    'Call the hotline on 0800 555 111.',
    'Police closed junctions 7 and 15 overnight.',
    'The 737 Max returned to service.',
    'Dial 999 or 112 in an emergency.',
    'Engineers planned for a 1-in-100-year storm.',
    'The survey counted 5.7 cases per 100,000 adults.',
  ])('%s', (text) => {
    const numbers = figures(text).filter((f) => f.kind !== 'date').map((f) => f.value)
    expect(numbers.filter((v) => [737, 66, 11, 19, 7, 5, 370, 15, 3, 800, 555, 111, 100_000, 999, 112, 1].includes(v))).toEqual([])
  })

  test('page furniture and times of day are not figures', () => {
    expect(figures('5 min read')).toEqual([])
    // a time of day is a time (times-of-day.test.ts), never a count of 7
    expect(figures('The doors open at 7 p.m. sharp.')).toMatchObject([{ kind: 'time', value: 19 * 60, text: '7 p.m.' }])
  })
})

describe('US and UK date orders, decided per document', () => {
  test('"Aug. 10" is 10 August in any document, never August 2010', () => {
    for (const dateOrder of ['US', 'GB'] as const) {
      expect(figures('The storm hit on Aug. 10.', { dateOrder })[0].iso).toEqual({ from: '--08-10', to: '--08-10' })
      const [date] = figures('The storm hit on Aug. 10.', { dateOrder, date: '2025-09-01' })
      expect(date.iso).toEqual({ from: '2025-08-10', to: '2025-08-10' })
    }
  })

  test('numeric dates follow the document order', () => {
    expect(figures('The vote is on 08/10/2025.', { dateOrder: 'US' })[0].iso?.from).toBe('2025-08-10')
    expect(figures('The vote is on 08/10/2025.', { dateOrder: 'GB' })[0].iso?.from).toBe('2025-10-08')
  })

  test('explicit formats, the dateline and the locale decide the order', () => {
    expect(decideDateOrder('WASHINGTON, Aug. 10, 2025 — The vote is on 08/10.')).toBe('US')
    expect(decideDateOrder('London, 10 August 2025\nThe vote is on 08/10.')).toBe('GB')
    expect(decideDateOrder('The vote was held on 25/03/2025, and results came on 04/04/2025.')).toBe('GB')
    expect(decideDateOrder('The vote was held on 03/25/2025.')).toBe('US')
    expect(decideDateOrder('The vote is on 08/10/2025.', { locale: 'en-US' })).toBe('US')
    expect(decideDateOrder('The vote is on 08/10/2025.', { locale: 'en-GB' })).toBe('GB')
  })
})

describe('the date order reaches the analysis of a whole document', () => {
  const dayOf = (sentences: ReturnType<typeof analyseText>) =>
    sentences.flatMap((sentence) => sentence.figures).find((figure) => figure.kind === 'date' && /\//.test(figure.text))?.iso?.from

  test('a dateline written month first makes 03/04/2025 the 4th of March', () => {
    const text = 'DENVER, Aug. 10, 2025\nThe council first met on 03/04/2025 to approve the budget.'
    expect(dayOf(analyseText(text))).toBe('2025-03-04')
  })

  test('a body written day first makes it the 3rd of April; the locale decides when the text does not', () => {
    expect(dayOf(analyseText('Leeds, 10 August 2025\nThe council first met on 03/04/2025 to approve the budget.'))).toBe('2025-04-03')
    expect(dayOf(analyseText('The council first met on 03/04/2025.', { locale: 'en-US' }))).toBe('2025-03-04')
    expect(dayOf(analyseText('The council first met on 03/04/2025.', { locale: 'en-GB' }))).toBe('2025-04-03')
  })
})

describe('the vocabulary is data', () => {
  test('words that name object properties are ordinary words', () => {
    expect(figures('The constructor said hasOwnProperty, toString and valueOf cost 5 constructor.')).toEqual([
      expect.objectContaining({ value: 5, kind: 'count', unit: 'constructor' }),
    ])
  })

  test('every unit in the table converts within its dimension or is its own scale', async () => {
    const { UNIT_TABLE } = await import('../../src/factcheck/engine/figures/vocabulary.js')
    for (const entry of UNIT_TABLE) {
      expect(convertInterval(1, 2, entry.unit, entry.unit)).toEqual([1, 2])
      const sibling = UNIT_TABLE.find((other) => other.dimension === entry.dimension && other.unit !== entry.unit && (other.qty ?? other.hours) !== undefined)
      if (sibling && (entry.qty ?? entry.hours) !== undefined) expect(convertInterval(1, 1, entry.unit, sibling.unit)).toBeDefined()
    }
  })
})

describe('dates written with a time of day or without a year', () => {
  test('"the afternoon of 14 September" keeps its date (the casual reading of the time of day loses it)', () => {
    expect(only('The train derailed on the afternoon of 14 September.').iso).toEqual({ from: '--09-14', to: '--09-14' })
    expect(figures('The fire started on the afternoon of Saturday 20 July.', { date: '2024-07-23' })[0]).toMatchObject({
      kind: 'date', text: 'Saturday 20 July', iso: { from: '2024-07-20', to: '2024-07-20' },
    })
    const [date] = figures('The fire broke out on the morning of Aug. 10.', { date: '2025-08-13' })
    expect(date).toMatchObject({ kind: 'date', text: 'Aug. 10', iso: { from: '2025-08-10' } })
  })

  test('"on 12/2" is read the way that falls in the weeks around the document date', () => {
    for (const dateOrder of ['US', 'GB'] as const) {
      expect(figures('The meeting took place on 12/2.', { dateOrder, date: '2025-12-05' })[0]).toMatchObject({
        kind: 'date', text: '12/2', iso: { from: '2025-12-02', to: '2025-12-02' },
      })
      expect(figures('The meeting took place on 2/12.', { dateOrder, date: '2025-12-05' })[0].iso?.from).toBe('2025-12-02')
    }
    // one reading only: the day decides
    expect(figures('They met on 25/3, officials said.', { date: '2025-12-05' })[0].iso?.from).toBe('2025-03-25')
  })

  test('a year-less numeric date that could be either is no date; ratios and shares are no dates', () => {
    expect(figures('The meeting took place on 5/6.', { date: '2025-12-05' })).toEqual([])
    expect(figures('The meeting took place on 12/2.')).toEqual([])
    expect(figures('Staff were on 24/7 duty.', { date: '2025-12-05' })).toEqual([])
    expect(figures('Talks resume on 1/3 of the days.', { date: '2025-12-05' }).filter((f) => f.kind === 'date')).toEqual([])
    expect(figures('They agreed on 50/50 terms.', { date: '2025-12-05' }).filter((f) => f.kind === 'date')).toEqual([])
  })
})

describe('currencies named in words, from the runtime currency data', () => {
  test.each([
    ['The case involves an alleged 100 million US dollars.', 1e8, 'USD', '100 million US dollars'],
    ['The fund holds 5 billion Hong Kong dollars.', 5e9, 'HKD', '5 billion Hong Kong dollars'],
    ['Repairs were put at roughly 45m zloty.', 45e6, 'PLN', 'roughly 45m zloty'],
    ['Repairs will cost 45 million Polish zlotys.', 45e6, 'PLN', '45 million Polish zlotys'],
    ['The club paid 3m Swiss francs.', 3e6, 'CHF', '3m Swiss francs'],
    ['A ticket costs 300 forints.', 300, 'HUF', '300 forints'],
    // whose dollars, written after the amount
    ['Officials put the damage at $150 million Canadian, the minister said.', 1.5e8, 'CAD', '$150 million Canadian'],
    ['The bill came to $2 billion Australian dollars.', 2e9, 'AUD', '$2 billion Australian dollars'],
    ['The firm won a $2m Canadian contract.', 2e6, 'USD', '$2m'],
  ])('%s', (text, value, unit, written) => {
    const figure = only(text)
    expect(figure).toMatchObject({ kind: 'money', unit, text: written })
    expect(figure.value).toBeCloseTo(value)
  })

  test('"m" is metres before a noun and million before a currency in one sentence', () => {
    const [stretch, cost] = figures('A 700m stretch of track was damaged, with repairs put at roughly 45m zloty.')
    expect(stretch).toMatchObject({ kind: 'quantity', unit: 'metre', value: 700 })
    expect(cost).toMatchObject({ kind: 'money', unit: 'PLN', value: 45e6 })
  })

  test('nouns shared by several currencies or common in English stay as they were', () => {
    expect(only('The index passed the 10,000 mark.')).toMatchObject({ kind: 'count', bare: true })
    expect(only('It cost 40 dollars.')).toMatchObject({ kind: 'money', unit: 'USD' })
    expect(only('It cost 40 kroner.')).toMatchObject({ kind: 'count', unit: 'krone' })
  })
})

describe('what a number counts, past the words describing it', () => {
  test.each([
    ['Upwards of 2,000 suspected and confirmed infections were logged.', 'infection'],
    ['Some 300 displaced families were housed in schools.', 'family'],
    ['Officials counted 120 injured, homeless or displaced people.', 'people'],
    ['Portugal sent 12 water-bombing aircraft.', 'aircraft'],
    ['By Monday 850 firefighters were at the scene.', 'firefighter'],
    ['Cal Fire said 143 structures were destroyed, 97 of them homes.', 'home'],
  ])('%s → counts %s', (text, unit) => {
    const counted = figures(text).filter((f) => f.kind === 'count').pop()!
    expect(counted.unit).toBe(unit)
    expect(counted.bare).toBeUndefined()
  })

  test('a participle that is the verb, or a number after "and", counts nothing', () => {
    expect(figures('Of the 30, 12 stayed home.').filter((f) => !f.bare)).toEqual([])
    expect(figures('There were 40 killed and 30 injured.').filter((f) => !f.bare)).toEqual([])
    expect(figures('Seven of them died.').filter((f) => !f.bare)).toEqual([])
    expect(figures('Five of them were homes.').filter((f) => !f.bare)).toEqual([])
  })

  test('a model name before a number is still a name, a weekday is not', () => {
    expect(figures('The Boeing 737 landed.').filter((f) => f.kind !== 'date')).toEqual([])
    expect(figures('Police arrested 40 protesters on Friday 12 hours later.').some((f) => f.kind === 'duration')).toBe(true)
  })
})

describe('bounds on a measure carry its rounding', () => {
  test('"up to 37 mph" reaches a 60 km/h gust; "at least 60 km/h" a 37 mph one', () => {
    const upTo = only('Gusts of up to 37 mph were recorded.')
    expect(upTo.max).toBeGreaterThan(37.28)
    expect(upTo.min).toBe(0)
    expect(only('Gusts of at least 60 km/h were recorded.').min).toBeLessThan(59.55)
  })

  test('a bound on a count stays exact', () => {
    expect(only('Up to 37 people were hurt.')).toMatchObject({ min: 0, max: 37 })
    expect(only('At least 37 people were hurt.').min).toBe(37)
  })
})

describe('a currency word the tagger split or wrote with its diacritics', () => {
  test('"złoty" is the Polish currency, after a scale letter too', () => {
    expect(stated('A new bridge will cost around 420m złoty.')).toEqual([[420e6, 'PLN']])
    expect(stated('The plan will cost 1.2 billion złoty.')).toEqual([[1.2e9, 'PLN']])
  })

  test('a word that only starts like a currency is none', () => {
    expect(stated('The wall is 3m high.')).toEqual([[3, 'metre']])
    expect(stated('They found 40 zebras.')).toEqual([[40, null]])
  })
})

describe('a number after a name', () => {
  test('counts what a verb gives to the one named ("gives Ostrava 4 more documents")', () => {
    expect(figuresOf('Envoys give Ostrava 4 more documents').map((f) => f.value)).toEqual([4])
    expect(figuresOf('The team handed the Ministry 14 reports.').map((f) => f.value)).toEqual([14])
  })

  test('is still a model or a route name where nothing is given', () => {
    expect(figuresOf('The airline flies Boeing 737 jets.')).toEqual([])
    expect(figuresOf('He drove Route 66 to the coast.')).toEqual([])
  })
})

describe('a compound adjective ending in a particle is no change', () => {
  test('"a slimmed-down 24-point plan" is a level; "closed down 5%" a change', () => {
    expect(figuresOf('They brought a slimmed-down 24-point plan.')[0].about.change).toBeUndefined()
    expect(figuresOf('Shares closed down 5%.')[0].about).toMatchObject({ change: true, direction: 'down' })
  })
})

describe('two neighbouring numbers joined by "or" are a range', () => {
  test('"19 or 20 provisions", "two or three days"; not "5 or 50"', () => {
    const [provisions] = figuresOf('The document contains 19 or 20 provisions.')
    expect([provisions.min <= 19, provisions.max >= 20]).toEqual([true, true])
    const [days] = figuresOf('The stoppage lasted two or three days.')
    expect([days.min <= 2, days.max >= 3]).toEqual([true, true])
    expect(figuresOf('Pick 5 or 50 tickets.').some((figure) => figure.min <= 5 && figure.max >= 50)).toBe(false)
  })
})

describe('ordinals of events', () => {
  test('"the third explosion at the site", "for the second time" are ordinals; "the third man" is not', () => {
    expect(figuresOf('It was the third explosion at the site since 2010.').find((f) => f.kind === 'ordinal')?.value).toBe(3)
    expect(figuresOf('The river burst its banks for the second time.').find((f) => f.kind === 'ordinal')?.value).toBe(2)
    expect(figuresOf('The third man was never found.').some((f) => f.kind === 'ordinal')).toBe(false)
  })
})
