/**
 * Dates of events: what a date in a sentence dates and when two dates (or two dated figures) are of one
 * occurrence. An amount after a weekday is no hour of it; a range of days is one span; a date opening the sentence in a phrase of its own dates the main clause; figures dated to periods
 * that do not meet are of two occurrences; a "by" date set by an obligation is the date of the act, not a
 * reference point. Each rule both ways. Our own invented stories.
 */
import { checkText, createMemoryLookup, extractClaims } from '../../src/factcheck/engine/index.js'
import { corpusOf, figuresOf, onlyFigure } from './helpers.js'

describe('the text of a date', () => {
  test('the comma or space after a date is not part of it', () => {
    expect(onlyFigure('On Friday, the mayor opened the new footbridge.', '2026-05-20')).toMatchObject({ text: 'Friday', iso: { from: '2026-05-15' } })
    expect(onlyFigure('The mayor opened the new footbridge on Friday.', '2026-05-20')).toMatchObject({ text: 'Friday', iso: { from: '2026-05-15' } })
    expect(figuresOf('Tarvik roadworks to last until June | Ferry timetable revealed', '2026-05-20').map((figure) => figure.text)).toEqual(['June'])
  })
})

describe('an amount after a weekday is not its hour', () => {
  test('"by Monday afternoon 17 barges", "on Wednesday, 22 hours late": the amount stays a figure', () => {
    const barges = figuresOf('By Monday afternoon 17 grain barges were moored at Tarvik.', '2026-05-20')
    expect(barges.map((figure) => figure.text)).toEqual(['Monday afternoon', '17 grain barges'])
    const late = figuresOf('The ferry reached Tarvik on Wednesday, 22 hours late.', '2026-05-22')
    expect(late.map((figure) => figure.text)).toEqual(['Wednesday', '22 hours'])
  })

  test('a day of a named month after the weekday is the date', () => {
    expect(onlyFigure('The ferry reached Tarvik on Wednesday 13 May.', '2026-05-22')).toMatchObject({ text: 'Wednesday 13 May', iso: { from: '2026-05-13' } })
  })
})

describe('a range of days within a month is one span of days', () => {
  const dateIn = (text: string, date?: string) => figuresOf(text, date).filter((figure) => figure.kind === 'date')

  test('"from 12 to 14 May", "12–14 May", "between 12 and 14 May", "May 12-14, 2027" run from the first day to the last', () => {
    for (const text of ['Dockers stopped work from 12 to 14 May over pay.', 'Dockers stopped work on 12–14 May over pay.', 'Dockers stopped work between 12 and 14 May over pay.']) {
      expect(dateIn(text, '2026-05-20')).toMatchObject([{ kind: 'date', unit: 'day', iso: { from: '2026-05-12', to: '2026-05-14' } }])
    }
    expect(dateIn('The fair runs May 12-14, 2027 in Tarvik.', '2026-05-20')).toMatchObject([{ iso: { from: '2027-05-12', to: '2027-05-14' } }])
    // an undated text: days of the year
    expect(dateIn('Dockers stopped work from 12 to 14 May over pay.')).toMatchObject([{ unit: 'day-of-year', iso: { from: '--05-12', to: '--05-14' } }])
  })

  test('two days named with "and" are no range, nor a score without a month', () => {
    expect(dateIn('Dockers stopped work on 12 and 14 May over pay.', '2026-05-20').map((figure) => figure.iso)).toEqual([{ from: '2026-05-14', to: '2026-05-14' }])
    expect(dateIn('Tarvik lost the final 19-21 on Sunday.', '2026-05-20').map((figure) => figure.iso)).toEqual([{ from: '2026-05-17', to: '2026-05-17' }])
  })
})

describe('a date opening the sentence in a phrase of its own dates the main clause', () => {
  test('"On Tuesday, the governor received the delegation": the date of a meeting', () => {
    const fronted = onlyFigure('On Tuesday, the governor received the trade delegation in Velmora.', '2026-05-14')
    const trailing = onlyFigure('The governor received the trade delegation in Velmora on Tuesday.', '2026-05-14')
    expect(fronted.about).toMatchObject({ dimension: 'date', topic: trailing.about.topic })
    expect(fronted.about.topic).not.toBe('')
  })

  test('an opening phrase with a verb of its own keeps it: "Speaking on Tuesday, ..."', () => {
    const speaking = onlyFigure('Speaking on Tuesday, the governor received the trade delegation in Velmora.', '2026-05-14')
    const received = onlyFigure('The governor received the trade delegation in Velmora on Tuesday.', '2026-05-14')
    expect(speaking.about.topic).not.toBe(received.about.topic)
  })
})

describe('figures dated to periods that do not meet are of two occurrences', () => {
  const lookup = createMemoryLookup(
    corpusOf([
      {
        key: 'nurses-01',
        date: '2026-06-02',
        title: 'Drennick hospital nurses vote on new offer',
        text: 'Nurses at Drennick General walked out for four days in January, closing two wards.',
      },
    ]),
  )
  // a claim that names nothing and comes with no context: the only story with its measure answers it
  const check = (text: string) => checkText(text, { date: '2026-06-04', lookup })

  test('"four days in May" is not supported by "four days in January"', async () => {
    const result = await check('Nurses walked out for four days in May.')
    const days = result.figures.find((figure) => figure.text === 'four days')!
    expect(days.status).toBe('no_evidence')
    expect(days.evidence).toEqual([])
  })

  test('the same month still supports', async () => {
    const result = await check('Nurses walked out for four days in January.')
    expect(result.figures.find((figure) => figure.text === 'four days')!.status).toBe('supported')
  })
})

describe('a "by" date that an obligation sets is the date of the act', () => {
  const lookup = createMemoryLookup(
    corpusOf([
      {
        key: 'dam-01',
        date: '2026-03-10',
        title: 'Inquiry into Harrowmere dam leak',
        text:
          'An inquiry into the Harrowmere dam leak has begun. The inquiry panel must publish its findings by 30 September. ' +
          'The water board published its repair plan by 2 March. The board must cut leakage 20% by 2028.',
      },
    ]),
  )
  const check = (text: string) => checkText(text, { date: '2026-03-12', context: 'Harrowmere dam inquiry', lookup })
  const dateOf = async (text: string) => (await check(text)).figures.find((figure) => figure.kind === 'date')!

  test('a deadline refutes another deadline of the same act, and supports the same one', async () => {
    expect((await dateOf('The Harrowmere inquiry panel must publish its findings by 15 April.')).status).toBe('conflict')
    expect((await dateOf('The Harrowmere inquiry panel must publish its findings by 30 September.')).status).toBe('supported')
  })

  test('a "by" date of something done is an upper bound, and one after an amount a reference point: no conflict', async () => {
    expect((await dateOf('The Harrowmere water board published its repair plan by 25 February.')).status).not.toBe('conflict')
    expect((await dateOf('The Harrowmere water board must cut leakage 20% by 2030.')).status).not.toBe('conflict')
  })
})

describe('an amount before "on" a weekday', () => {
  it('"grew to 23 on Tuesday night" is 23 of something on Tuesday, not a date at 23:00', () => {
    const figures = extractClaims('The queue of trawlers grew to 23 on Tuesday night.', { date: '2026-02-11' }).flatMap((s) => s.figures)
    expect(figures.map((f) => [f.text, f.kind])).toEqual([['23', 'count'], ['Tuesday', 'date']])
  })

  it('a level stated for the same day as a report\'s is no later level of the tally: it refutes', async () => {
    const lookup = createMemoryLookup(corpusOf([{ key: 'q-01', date: '2026-02-10', text: 'The queue of trawlers at Brannock grew to 23 on Tuesday night.' }]))
    const result = await checkText('By Tuesday night the queue of trawlers at Brannock had grown to 32.', { date: '2026-02-11', context: 'Brannock', lookup })
    expect(result.status).toBe('conflict')
  })
})
