/**
 * Times of day as figures: "10 p.m.", "6.45am", "14:20", "midnight", with the window their wording allows ("shortly
 * before midnight", "well past midnight", "by 10pm"), across midnight both ways; the event and the moment of it they
 * date (a start never refutes an end), and their zone (times in two zones are never compared). Each rule is checked
 * both ways, on our own invented story: the Vorsk talks between the delegations of Dellin and Harkova.
 */
import { checkText, createMemoryLookup, findCorpusConflicts } from '../../src/factcheck/engine/index.js'
import { findTimes } from '../../src/factcheck/engine/figures/times.js'
import { commonIntervals, overlaps } from '../../src/factcheck/engine/comparison/intervals.js'
import { corpusOf, figuresOf, onlyFigure, type TestSource } from './helpers.js'

const HOUR = 60
const CONTEXT = 'Vorsk talks between Dellin and Harkova'
const DATE = '2026-02-12'

const lookupOf = (...sources: TestSource[]) => createMemoryLookup(corpusOf(sources))
const report = (key: string, text: string, title = 'Dellin and Harkova meet in Vorsk'): TestSource => ({ key, date: '2026-02-11', title, text })
const check = (text: string, lookup: ReturnType<typeof lookupOf>) => checkText(text, { date: DATE, context: CONTEXT, lookup })

const LATE = report('vorsk-late', 'The Vorsk talks between the Dellin and Harkova delegations ran well past midnight, officials said.')
const EARLY = report('vorsk-early', 'The Vorsk talks between the Dellin and Harkova delegations broke up at 9.40pm, officials said.')

/** The one time of a sentence, as [value, min, max]. */
function timeOf(text: string): [number, number, number] {
  const times = findTimes(text)
  if (times.length !== 1) throw new Error(`expected one time in "${text}", got ${times.map((t) => t.text).join(' | ')}`)
  return [times[0].value, times[0].min, times[0].max]
}

describe('times of day are figures', () => {
  it('reads each written form, to the minute after midnight', () => {
    expect(timeOf('The talks broke up at 10 p.m. local time.')[0]).toBe(22 * HOUR)
    expect(timeOf('The talks broke up at 10pm.')[0]).toBe(22 * HOUR)
    expect(timeOf('The talks broke up at 10 pm.')[0]).toBe(22 * HOUR)
    expect(timeOf('The talks broke up at 10.30pm.')[0]).toBe(22 * HOUR + 30)
    expect(timeOf('The ferry docked at 6.45am.')[0]).toBe(6 * HOUR + 45)
    expect(timeOf('The ferry docked at 6.45 a.m.')[0]).toBe(6 * HOUR + 45)
    expect(timeOf('The session opened at 22:00.')[0]).toBe(22 * HOUR)
    expect(timeOf('The alarm was raised at 14:20.')[0]).toBe(14 * HOUR + 20)
    expect(timeOf('The alarm was raised at 09:05.')[0]).toBe(9 * HOUR + 5)
    expect(timeOf('The vote closed at midnight.')[0]).toBe(0)
    expect(timeOf('The vote closed at noon.')[0]).toBe(12 * HOUR)
    expect(timeOf('The vote closed at midday.')[0]).toBe(12 * HOUR)
    expect(timeOf('The vote closed at 12am.')[0]).toBe(0)
    expect(timeOf('The vote closed at 12pm.')[0]).toBe(12 * HOUR)
  })

  it('is a figure of kind time, unit minute-of-day, measuring the event it dates', () => {
    const time = onlyFigure('The Vorsk talks broke up at 10 p.m.')
    expect(time).toMatchObject({ kind: 'time', unit: 'minute-of-day', value: 22 * HOUR, measure: 'time of the talks' })
    expect(time.about).toMatchObject({ dimension: 'time', topic: 'talks', moment: 'end' })
    // a time of day is found by its measure only: a minute every story has events at is no value to look up
    expect(time.lookupKeys.every((key) => !key.startsWith('~'))).toBe(true)
    expect(onlyFigure('The 10 p.m. curfew in Vorsk was lifted.').about).toMatchObject({ dimension: 'time', topic: 'curfew', moment: 'named' })
  })

  it('allows the rounding its precision leaves: an hour ±15 min, five minutes ±3, a minute none', () => {
    expect(timeOf('They met at 10pm.')).toEqual([22 * HOUR, 22 * HOUR - 15, 22 * HOUR + 15])
    expect(timeOf('They met at 9.40pm.')).toEqual([21 * HOUR + 40, 21 * HOUR + 37, 21 * HOUR + 43])
    expect(timeOf('They met at 9.43pm.')).toEqual([21 * HOUR + 43, 21 * HOUR + 43, 21 * HOUR + 43])
  })

  it('reads its qualifier as a window of minutes', () => {
    const ten = 22 * HOUR
    expect(timeOf('They met about 10pm.').slice(1)).toEqual([ten - 30, ten + 30])
    expect(timeOf('They met around 10pm.').slice(1)).toEqual([ten - 30, ten + 30])
    expect(timeOf('They left shortly before 10pm.').slice(1)).toEqual([ten - 45, ten - 1])
    expect(timeOf('They left just before 10pm.').slice(1)).toEqual([ten - 45, ten - 1])
    expect(timeOf('They left before 10pm.').slice(1)).toEqual([ten - 180, ten - 1])
    expect(timeOf('They left shortly after 10pm.').slice(1)).toEqual([ten + 1, ten + 45])
    expect(timeOf('They left just after 10pm.').slice(1)).toEqual([ten + 1, ten + 45])
    expect(timeOf('They stayed past 10pm.').slice(1)).toEqual([ten + 1, ten + 45])
    expect(timeOf('They stayed well past 10pm.').slice(1)).toEqual([ten + 31, ten + 240])
    expect(timeOf('They left after 10pm.').slice(1)).toEqual([ten + 1, ten + 180])
    expect(timeOf('They had left by 10pm.').slice(1)).toEqual([ten - 240, ten])
    expect(timeOf('They left in the early hours of Sunday.').slice(1)).toEqual([0, 5 * HOUR])
    expect(findTimes('They left shortly before midnight.')[0].text).toBe('shortly before midnight')
  })

  it('keeps the day start within the day and lets a window run past midnight', () => {
    // before midnight: the window ends the day before it
    expect(timeOf('They left shortly before midnight.')).toEqual([0, 24 * HOUR - 45, 24 * HOUR - 1])
    expect(timeOf('They left just after midnight.')).toEqual([0, 1, 45])
    expect(timeOf('They left well past midnight.')).toEqual([0, 31, 4 * HOUR])
    // across midnight: max runs past 1439
    expect(timeOf('They left about midnight.')).toEqual([0, 24 * HOUR - 30, 24 * HOUR + 30])
    expect(timeOf('They left after 11pm.')).toEqual([23 * HOUR, 23 * HOUR + 1, 26 * HOUR])
    expect(timeOf('They had left by midnight.')).toEqual([0, 20 * HOUR, 24 * HOUR])
  })

  it('records a zone written after it; "local time" is none', () => {
    expect(findTimes('The alarm was raised at 14:20 GMT.')[0].zone).toBe('utc')
    expect(findTimes('The alarm was raised at 14:20 UTC.')[0].zone).toBe('utc')
    expect(findTimes('The talks ended at 10pm ET.')[0].zone).toBe('et')
    expect(findTimes('The talks ended at 22:00 CET.')[0].zone).toBe('cet')
    expect(findTimes('The talks ended at 22:00 Vorsk time.')[0].zone).toBe('vorsk')
    expect(findTimes('The talks ended at 10 p.m. local time.')[0].zone).toBeUndefined()
    expect(findTimes('The talks ended at 10 p.m.')[0].zone).toBeUndefined()
    // a zone's capitals name no one: "GMT" is no entity of the story
    expect(onlyFigure('The Vorsk talks ended at 22:00 GMT.').about.entities).toEqual(['vorsk'])
  })

  it('leaves a chrono date with the day alone: "at 4am on Sunday" is a time and a date', () => {
    const figures = figuresOf('Dellin and Harkova emerged at 4am on Sunday.', DATE)
    expect(figures.map((f) => [f.kind, f.text])).toEqual([['time', '4am'], ['date', 'Sunday']])
    expect(figures[0].about.eventDate).toBe(figures[1].iso?.from)
    expect(figuresOf('The Vorsk talks ended on Sunday at 4am.', DATE).map((f) => [f.kind, f.text])).toEqual([['date', 'Sunday'], ['time', '4am']])
  })
})

describe('times of day written in words', () => {
  it('reads "twenty to four", "quarter past nine", "10 minutes after six", "four o\'clock" when the half of the day is said', () => {
    expect(timeOf('Guards found the breach at twenty to four on Monday morning.')[0]).toBe(3 * HOUR + 40)
    expect(timeOf('The ferry left at quarter past nine in the evening.')[0]).toBe(21 * HOUR + 15)
    expect(timeOf('The blast came at 10 minutes after six in the morning.')[0]).toBe(6 * HOUR + 10)
    expect(timeOf("The polls closed at four o'clock in the afternoon.")[0]).toBe(16 * HOUR)
    expect(timeOf('The alarm sounded at half past two at night.')[0]).toBe(2 * HOUR + 30)
    expect(timeOf('The alarm sounded at half past ten at night.')[0]).toBe(22 * HOUR + 30)
  })

  it('a time stated as an offset from another is that time: "13 minutes before 3 a.m." is 2.47am', () => {
    expect(timeOf('The ship hit the tanker 13 minutes before 3 a.m.')).toEqual([2 * HOUR + 47, 2 * HOUR + 47, 2 * HOUR + 47])
    expect(timeOf('The fire started an hour before midnight.')[0]).toBe(23 * HOUR)
    expect(timeOf('The talks ended half an hour after midnight.')[0]).toBe(30)
    expect(timeOf('The ship hit the tanker about 13 minutes before 3 a.m.').slice(1)).toEqual([2 * HOUR + 42, 2 * HOUR + 52])
    // "before 10pm" alone is still the hours up to it
    expect(timeOf('The talks ended before 10 p.m.').slice(1)).toEqual([19 * HOUR, 22 * HOUR - 1])
  })

  it('is no time without the half of the day, nor a range or a score', () => {
    for (const text of ['The ferry left at twenty to four.', 'Dellin drew five to ten.', 'The river rose from five to ten in the morning.', 'It rained 5 to 10 in the morning.']) {
      expect({ text, times: findTimes(text).map((t) => t.text) }).toEqual({ text, times: [] })
    }
  })

  it('a time of finding out about an event is the find\'s, not the event\'s: it neither supports nor refutes the event\'s time', async () => {
    const found = report('vorsk-found', 'Guards at the Vorsk museum discovered the break-in at 3:40 a.m., police said.')
    expect((await check('Guards found the break-in at twenty to four in the morning.', lookupOf(found))).status).toBe('supported')
    expect((await check('Guards found the break-in at ten to five in the morning.', lookupOf(found))).status).toBe('conflict')
    expect((await check('The break-in at the Vorsk museum happened at 1:15 a.m.', lookupOf(found))).status).toBe('no_evidence')
  })
})

describe('what is no time of day', () => {
  it('scores, ratios, odds, verses and running times', () => {
    for (const text of [
      'Dellin won 3:1 in the final.',
      'The Harkova side won 3:1.',
      'The ratio of 3:1 held.',
      'The favourite went off at odds of 5:20.',
      'She is a 1:30 odds favourite.',
      'The winner finished the Vorsk marathon in 2:03:45.',
      'He ran the mile in 1:42.3 last year.',
      'She won the race in 2:08.',
      'The pastor quoted Genesis 1:27 at length.',
      'The shop is open 24/7.',
      'The 9/11 commission reported.',
      'Dellin beat Harkova 2-1.',
      'The Midnight Oil concert was cancelled.',
    ]) {
      expect({ text, times: findTimes(text).map((t) => t.text) }).toEqual({ text, times: [] })
    }
  })

  it('"10 PM" in capitals is a time only after a preposition', () => {
    expect(findTimes('The talks ended at 10 PM.').map((t) => t.value)).toEqual([22 * HOUR])
    expect(findTimes('Dellin met the 10 PM aides.')).toEqual([])
  })

  it('numbers that were figures before stay so', () => {
    expect(onlyFigure('The Vorsk talks lasted 10 hours.')).toMatchObject({ kind: 'duration', value: 10 })
    expect(onlyFigure('Dellin won 52.4% of the vote.')).toMatchObject({ kind: 'percent' })
  })
})

describe('a claim on the time of an event, against reports of it', () => {
  const claim = 'The Vorsk talks ended before 10 p.m.'

  it('"ended before 10 p.m." is refuted by talks that ran well past midnight', async () => {
    const result = await check(claim, lookupOf(LATE))
    expect(result.status).toBe('conflict')
    expect(result.figures[0].evidence[0]).toMatchObject({ source: 'vorsk-late', relation: 'conflicts' })
  })

  it('"ended before 10 p.m." is supported by talks that broke up at 9.40pm', async () => {
    const result = await check(claim, lookupOf(EARLY))
    expect(result.status).toBe('supported')
    expect(result.figures[0].evidence[0]).toMatchObject({ source: 'vorsk-early', relation: 'supports' })
  })

  it('the other way round: an end well past midnight is refuted by one at 9.40pm, supported by one past midnight', async () => {
    expect((await check('The Vorsk talks went on well past midnight.', lookupOf(EARLY))).status).toBe('conflict')
    expect((await check('The Vorsk talks went on well past midnight.', lookupOf(LATE))).status).toBe('supported')
    expect((await check('The Vorsk talks ended at about 9.45pm.', lookupOf(EARLY))).status).toBe('supported')
    expect((await check('The Vorsk talks ended at about 9.45pm.', lookupOf(LATE))).status).toBe('conflict')
  })

  it('across midnight both ways: shortly before midnight is not just after it', async () => {
    const after = report('vorsk-after', 'The Vorsk talks between the Dellin and Harkova delegations ended just after midnight.')
    const before = report('vorsk-before', 'The Vorsk talks between the Dellin and Harkova delegations ended shortly before midnight.')
    expect((await check('The Vorsk talks ended shortly before midnight.', lookupOf(after))).status).toBe('conflict')
    expect((await check('The Vorsk talks ended just after midnight.', lookupOf(before))).status).toBe('conflict')
    expect((await check('The Vorsk talks ended at about midnight.', lookupOf(after))).status).toBe('supported')
    expect((await check('The Vorsk talks ended at about midnight.', lookupOf(before))).status).toBe('supported')
    expect((await check('The Vorsk talks ended in the early hours.', lookupOf(LATE))).status).toBe('supported')
    expect((await check('The Vorsk talks ended in the early hours.', lookupOf(EARLY))).status).toBe('conflict')
  })

  it('compares intervals on the clock circle whichever side crosses midnight', () => {
    const [late] = figuresOf('The talks ran well past midnight.')
    const [early] = figuresOf('The talks ended before 10 p.m.')
    const [around] = figuresOf('The talks ended at about midnight.')
    const [after] = figuresOf('The talks ended just after midnight.')
    const meets = (a: typeof late, b: typeof late) => overlaps(...commonIntervals(a, b)!)
    expect(meets(early, late)).toBe(false)
    expect(meets(late, early)).toBe(false)
    expect(meets(around, after)).toBe(true)
    expect(meets(after, around)).toBe(true)
  })
})

describe('a time conflicts only with a time of the same moment of its event', () => {
  const BOTH = report(
    'vorsk-day',
    'The Vorsk talks between the Dellin and Harkova delegations began at 6pm. The Vorsk talks ended at 11pm, officials said.',
  )

  it('a start time never refutes an end time, nor supports it', async () => {
    const start = report('vorsk-start', 'The Vorsk talks between the Dellin and Harkova delegations began at 6pm.')
    expect((await check('The Vorsk talks ended at 6pm.', lookupOf(start))).status).toBe('no_evidence')
    expect((await check('The Vorsk talks began at 11pm.', lookupOf(LATE))).status).toBe('no_evidence')
    expect((await check('The Vorsk talks began at 6pm.', lookupOf(start))).status).toBe('supported')
    expect((await check('The Vorsk talks began at 9pm.', lookupOf(start))).status).toBe('conflict')
  })

  it('a report stating both is read per moment', async () => {
    expect((await check('The Vorsk talks began at 6pm.', lookupOf(BOTH))).status).toBe('supported')
    expect((await check('The Vorsk talks ended at 11pm.', lookupOf(BOTH))).status).toBe('supported')
    expect((await check('The Vorsk talks ended at 8pm.', lookupOf(BOTH))).status).toBe('conflict')
    const figures = figuresOf('The talks, which began at 6pm, ended at 11pm.')
    expect(figures.map((f) => f.about.moment)).toEqual(['start', 'end'])
  })

  it('a time whose verb says no moment refutes nothing', async () => {
    const unsaid = report('vorsk-unsaid', 'The Vorsk talks between the Dellin and Harkova delegations were at 3pm.')
    expect((await check('The Vorsk talks ended before 10 p.m.', lookupOf(unsaid))).status).toBe('no_evidence')
    expect((await check('The Vorsk talks were at 8pm.', lookupOf(EARLY))).status).toBe('no_evidence')
    // "closed until 6am" bounds a state: it is not the moment of closing
    expect(onlyFigure('The Vorsk road was closed until 6am.').about.moment).toBeUndefined()
  })

  it('reads end, start and instant verbs, phrasal ones too', () => {
    const moment = (text: string) => onlyFigure(text).about.moment
    expect(moment('The Vorsk talks broke up at 10pm.')).toBe('end')
    expect(moment('The Vorsk talks wrapped up at 10pm.')).toBe('end')
    expect(moment('Shortly before midnight, the Vorsk talks wrapped up.')).toBe('end')
    expect(moment('Dellin emerged from the talks at 4am.')).toBe('end')
    expect(moment('The Vorsk talks dragged on into the early hours.')).toBe('end')
    expect(moment('The Vorsk talks got under way at 10am.')).toBe('start')
    expect(moment('The Harkova delegation arrived at 10am.')).toBe('start')
    expect(moment('The Dellin plane landed at 6.45am.')).toBe('land')
    expect(moment('Officials reported the fire at 14:20.')).toBeUndefined()
  })

  it('corpus conflicts follow the same rule', () => {
    const start = report('vorsk-start', 'The Vorsk talks between the Dellin and Harkova delegations began at 6pm.')
    expect(findCorpusConflicts(corpusOf([start, EARLY]))).toEqual([])
    expect(findCorpusConflicts(corpusOf([LATE, EARLY])).map((c) => c.measure)).toEqual(['time of the talks'])
  })
})

describe('times in different zones are never compared', () => {
  const zoned = report('vorsk-gmt', 'The Vorsk talks between the Dellin and Harkova delegations ended at 19:00 GMT.')

  it('a zoned time and an unzoned one neither conflict nor support', async () => {
    expect((await check('The Vorsk talks ended at 10pm.', lookupOf(zoned))).status).toBe('no_evidence')
    expect((await check('The Vorsk talks ended at 7pm.', lookupOf(zoned))).status).toBe('no_evidence')
    expect((await check('The Vorsk talks ended at 23:00 CET.', lookupOf(zoned))).status).toBe('no_evidence')
  })

  it('two times in the same zone compare', async () => {
    expect((await check('The Vorsk talks ended at 19:00 UTC.', lookupOf(zoned))).status).toBe('supported')
    expect((await check('The Vorsk talks ended at 23:00 GMT.', lookupOf(zoned))).status).toBe('conflict')
  })
})
