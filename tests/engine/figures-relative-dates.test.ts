/**
 * Dates written relative to the document's date: "last Tuesday", "two days ago", "eleven years ago", "yesterday",
 * and a bare weekday read by the tense of its sentence. Without the document's date none of them is a date.
 * Sentences are our own.
 */
import { figuresOf, onlyFigure } from './helpers.js'

const dates = (text: string, date?: string) => figuresOf(text, date).filter((figure) => figure.kind === 'date')

describe('"last Tuesday" is the weekday before the document date', () => {
  test('a possessive weekday dates the event it owns', () => {
    // 2025-12-06 is a Saturday: last Tuesday is four days before
    expect(onlyFigure("Last Tuesday's Kremlin meeting ended without a breakthrough.", '2025-12-06')).toMatchObject({
      kind: 'date', text: 'Last Tuesday', iso: { from: '2025-12-02', to: '2025-12-02' }, about: { dimension: 'date', topic: 'talks' },
    })
    expect(onlyFigure('The envoys met Putin last Thursday.', '2025-12-09').iso).toEqual({ from: '2025-12-04', to: '2025-12-04' })
  })

  test('said a day or two after the weekday it may mean the week before: no date; nor without a document date', () => {
    // 2025-12-03 is a Wednesday: "last Tuesday" is yesterday or eight days ago
    expect(dates("Last Tuesday's Kremlin meeting ended without a breakthrough.", '2025-12-03')).toEqual([])
    expect(dates("Last Tuesday's Kremlin meeting ended without a breakthrough.")).toEqual([])
    expect(dates('The talks resume next Tuesday.', '2025-12-06')).toEqual([])
  })
})

describe('"N days ago" in a sentence telling a past event is the date of that event', () => {
  test('days are exact, weeks a day either side unless "exactly"', () => {
    expect(onlyFigure('Putin met Witkoff and Kushner in the Kremlin two days ago.', '2025-12-04')).toMatchObject({
      kind: 'date', unit: 'day', iso: { from: '2025-12-02', to: '2025-12-02' }, about: { dimension: 'date', topic: 'talks' },
    })
    expect(onlyFigure('The envoy met the Russian president a week ago.', '2025-12-09').iso).toEqual({ from: '2025-12-01', to: '2025-12-03' })
    expect(onlyFigure('Exactly a week ago, the envoy met the Russian president.', '2025-12-09').iso).toEqual({ from: '2025-12-02', to: '2025-12-02' })
  })

  test('years ago are two calendar years: rounded down or to the nearest year', () => {
    expect(onlyFigure('Moscow seized the Crimean peninsula eleven years ago.', '2025-12-05')).toMatchObject({
      kind: 'date', iso: { from: '2014-01-01', to: '2015-12-31' },
    })
    // early in a year, eleven years back may still be the year before
    expect(onlyFigure('Moscow seized the Crimean peninsula eleven years ago.', '2026-02-05').iso).toEqual({ from: '2014-01-01', to: '2015-12-31' })
    expect(onlyFigure('Moscow seized the Crimean peninsula twenty years ago.', '2025-12-05').iso).toEqual({ from: '2005-01-01', to: '2006-12-31' })
  })

  test('a point of comparison, an open bound, a vast span or no document date stays a lead time', () => {
    const lead = (text: string, date?: string) => figuresOf(text, date).map((figure) => figure.about.dimension)
    expect(lead('Turnout was 23 percent higher than at the same point four years ago.', '2025-12-05')).not.toContain('date')
    expect(lead('Sales rose 5 percent from a year ago.', '2025-12-05')).not.toContain('date')
    expect(lead('The bridge was open until two weeks ago.', '2025-12-05')).toEqual(['lead'])
    expect(lead('The plan leaked more than a year ago.', '2025-12-05')).toEqual(['lead'])
    expect(lead('The light set out 13.4 billion years ago.', '2025-12-05')).not.toContain('date')
    expect(lead('The plan leaked two weeks ago.')).toEqual(['lead'])
  })

  test('a sentence with no verb in the past tense gives no date', () => {
    expect(figuresOf('The talks begin two days ago, sources say.', '2025-12-05').filter((f) => f.kind === 'date')).toEqual([])
  })
})

describe('"yesterday" is the day before the document date', () => {
  test('with a document date only', () => {
    expect(onlyFigure('Putin met the US envoys yesterday.', '2025-12-03')).toMatchObject({ kind: 'date', iso: { from: '2025-12-02', to: '2025-12-02' } })
    expect(figuresOf('Putin met the US envoys yesterday.')).toEqual([])
  })
})

describe('a bare weekday is read by the tense of its sentence', () => {
  // 2025-12-06 is a Saturday: the nearest Tuesday is the one after, but a meeting that ended was the one before
  test('past tense: the weekday before the document date', () => {
    expect(onlyFigure('The Kremlin meeting on Tuesday ended without a breakthrough.', '2025-12-06').iso?.from).toBe('2025-12-02')
  })

  test('future tense: the weekday after; neither: the nearest, as before', () => {
    // 2025-12-05 is a Friday: the nearest Tuesday is the one before
    expect(onlyFigure('The envoys will return to Moscow on Tuesday.', '2025-12-05').iso?.from).toBe('2025-12-09')
    expect(onlyFigure('The envoys return to Moscow on Tuesday.', '2025-12-05').iso?.from).toBe('2025-12-02')
    expect(onlyFigure('The envoys met in Moscow on Tuesday and will meet again soon.', '2025-12-06').iso?.from).toBe('2025-12-09')
  })
})
