/**
 * Other words for one fact: a yardstick named after "since", kindred acts news uses of one event ("seized" for
 * "annexed"), and a place's adjective for the place ("the Sarnian coast" for Sarnia). Checked both ways on our own
 * invented story.
 */
import { checkText, createMemoryLookup, extractClaims } from '../../src/factcheck/engine/index.js'
import { sameEntity } from '../../src/factcheck/engine/measures/entities.js'
import { containersOf } from '../../src/factcheck/engine/measures/gazetteer.js'
import { corpusOf, onlyFigure, storyCheck } from './helpers.js'

const SOURCES = [
  {
    key: 'sarnia-01',
    date: '2026-05-10',
    title: 'Vellmark and the Sarnia question',
    text:
      'Vellmark annexed Sarnia, the island it had long claimed, in 2011. ' +
      'The blockade of the Tesk Strait, now nearly three years old, has cut the island off from its fishing grounds. ' +
      'On the eve of the Harlen summit, Vellmark announced the closure of the Tesk ferry route. ' +
      'Sarnian militias still control the remaining 30 per cent of the Oster valley. ' +
      'The Harlen framework that Vellmark tabled runs to 12 points.',
  },
]

const lookup = createMemoryLookup(corpusOf(SOURCES))
const check = (text: string) => checkText(text, { date: '2026-05-12', context: 'The Sarnia question: a timeline', lookup })

describe('other words for one fact', () => {
  it('a name after "since" is a yardstick, not what the figure is about', async () => {
    const figure = onlyFigure('The blockade, now almost three years old, is the longest since the Orsk Crisis.')
    expect(figure.about.entities).not.toContain('orsk crisis')
    expect(figure.about.actors).not.toContain('orsk crisis')
    expect((await check('The Tesk Strait blockade, now almost three years old, is the longest since the Orsk Crisis.')).status).toBe('supported')
  })

  it('"seized" a place is supported by the date it was "annexed", and never refuted by it', async () => {
    expect((await check('Vellmark seized Sarnia in 2011.')).status).toBe('supported')
    expect((await check('Vellmark seized Sarnia fifteen years ago.')).status).toBe('supported')
    // a capture and an annexation may be months apart: another year is no evidence either way
    expect((await check('Vellmark seized Sarnia in 2009.')).status).toBe('no_evidence')
    // the same act in the same words still refutes
    expect((await check('Vellmark annexed Sarnia in 2009.')).status).toBe('conflict')
  })

  it('"on the eve of" an event is the day before it; a relative phrase that opens a sentence dates its main clause', async () => {
    const eve = onlyFigure('On the eve of the Harlen summit, Vellmark announced the closure of the ferry route.')
    expect(eve).toMatchObject({ text: 'the eve', min: 1, max: 1, unit: 'day' })
    expect(eve.about).toMatchObject({ dimension: 'lead', topic: 'announce' })
    expect(onlyFigure('Two weeks before the summit, the draft leaked to reporters.').about.topic).toBe('leak')
    expect((await check('Vellmark announced the closure of the Tesk ferry route a day before the Harlen summit.')).status).toBe('supported')
    expect((await check('Vellmark announced the closure of the Tesk ferry route three days before the Harlen summit.')).status).toBe('conflict')
  })

  it('a share one holder has is supported by the rest another holds, never refuted by it', async () => {
    const rest = await check('Vellmark holds about 70% of the Oster valley.')
    expect(rest.status).toBe('supported')
    expect(rest.figures[0].evidence[0].figure.text).toBe('30 per cent')
    expect((await check('Seven-tenths of the Oster valley is no longer under the control of the Sarnian militias.')).status).toBe('supported')
    expect((await check("Seven-tenths of the Oster valley is in Vellmark's hands.")).status).toBe('supported')
    expect(onlyFigure('Roughly 70% of the Oster valley is already in Greek hands.').about.holder).toBe('greece')
    // a third party may hold a part: another amount is no refutation
    expect((await check('Vellmark holds about 50% of the Oster valley.')).status).toBe('no_evidence')
    // the same holder's share still refutes
    expect((await check('Sarnian militias still control 70% of the Oster valley.')).status).toBe('conflict')
  })

  it("a document's points are one measure whatever the document is called", async () => {
    expect(onlyFigure('The Harlen blueprint contains 12 provisions.').about).toMatchObject({ dimension: 'point', topic: 'plan' })
    expect((await check('The Harlen plan that Vellmark tabled contains 12 provisions.')).status).toBe('supported')
    expect((await check('The Harlen proposal that Vellmark tabled has 15 points.')).status).toBe('conflict')
  })

  it('a "graft" case is supported by the same amount of an "embezzlement" case, never refuted by another', async () => {
    const lookup = createMemoryLookup(
      corpusOf([{ key: 'tesk-01', date: '2026-04-02', text: 'Investigators in Tesk raided the home of Ilse Varga over an alleged $40 million embezzlement case.' }]),
    )
    const check = (text: string) => checkText(text, { date: '2026-04-03', context: 'Varga quits after Tesk raid', lookup })
    expect((await check('Varga out after raid in $40m graft case')).status).toBe('supported')
    expect((await check('Varga out after raid in $90m graft case')).status).toBe('no_evidence')
  })

  it('a place name in -a and its adjective in -an are one name', async () => {
    expect(sameEntity('sarnian', 'sarnia')).toBe(true)
    expect(sameEntity('sarnia', 'sarnian')).toBe(true)
    expect(sameEntity('sarnias', 'sarnia')).toBe(false)
    expect(sameEntity('roman', 'roma')).toBe(false)
    expect((await check('Vellmark annexed the Sarnian island in 2011.')).status).toBe('supported')
  })
})

describe("another holder's share", () => {
  const votes = createMemoryLookup(
    corpusOf([{ key: 'orvel-01', date: '2026-10-28', text: 'Ines Marrow won the Orvel mayoral race with 51.2% of the vote, well ahead of Tomas Elk, who took 40.3%.' }]),
  )
  const checkVote = (text: string) => checkText(text, { date: '2026-10-29', context: 'Marrow wins Orvel', lookup: votes })

  it('"ahead of X, who took 40.3%" is X\'s share of the vote', async () => {
    expect((await checkVote('Tomas Elk won 40.3% of the vote.')).status).toBe('supported')
    expect((await checkVote('Tomas Elk won 45% of the vote.')).status).toBe('conflict')
    // the winner's share is still hers alone
    expect((await checkVote('Marrow won 51.2% of the vote.')).status).toBe('supported')
  })

  it('a change stated after a share is no one\'s share', () => {
    const figures = extractClaims('Marrow won 51.2% of the vote, up 5% on last time.').flatMap((s) => s.figures)
    expect(figures[1].about.holder).toBeUndefined()
  })
})

describe('a thing with versions, named without one', () => {
  const plans = createMemoryLookup(
    corpusOf([
      {
        key: 'harlen-01',
        date: '2026-06-02',
        text: 'The revised Harlen plan, cut to 16 points, was handed to Vellmark on Monday. Its 16 provisions replace the 24-point draft that leaked in May.',
      },
    ]),
  )
  const checkPlan = (text: string) => checkText(text, { date: '2026-06-03', context: 'The Harlen plan', lookup: plans })

  it('is true of the version a report supports it by', async () => {
    expect((await checkPlan('The Harlen plan had 24 points.')).status).toBe('supported')
    expect((await checkPlan('The Harlen plan has 16 points.')).status).toBe('supported')
  })

  it('is not made true by another document of the story that only loosely matches', async () => {
    const lookup = createMemoryLookup(
      corpusOf([{ key: 'harlen-03', date: '2026-06-02', text: 'A Harlen draft circulated on Friday had 14 points. The Harlen declaration agreed on Sunday has 15 points.' }]),
    )
    const result = await checkText('The Harlen declaration had 14 points.', { date: '2026-06-03', context: 'The Harlen plan', lookup })
    expect(result.status).not.toBe('supported')
  })

  it('is refuted when no version has its figure', async () => {
    expect((await checkPlan('The Harlen plan had 30 points.')).status).toBe('conflict')
  })
})

describe('a thing declared by proposing it', () => {
  const results = createMemoryLookup(
    corpusOf([{ key: 'tarrow-01', date: '2026-03-04', text: 'Tarrow Foods made a profit of €210m last year. The board proposed a dividend of 42 cents a share, unchanged from 2024.' }]),
  )
  const checkResults = (text: string) => checkText(text, { date: '2026-03-05', context: 'Tarrow Foods results', lookup: results })

  it('"proposed a dividend of 42 cents" is the dividend, not a request', async () => {
    expect((await checkResults('Tarrow Foods held its dividend at 42 cents a share.')).status).toBe('supported')
    expect((await checkResults('Tarrow Foods raised its dividend to 50 cents a share.')).status).toBe('conflict')
  })
})

describe('a bare number after "the number of"', () => {
  it('counts the noun "the number of" names: "put the number of cancelled appointments at 9,870"', () => {
    expect(onlyFigureOf('The county put the number of cancelled appointments at 9,870.', '9,870').about).toMatchObject({ dimension: 'count', topic: 'appointment' })
    // not the county's population, though a county stands right before it
    expect(onlyFigureOf('The county put the number of cancelled appointments at 9,870.', '9,870').measure).not.toBe('population')
  })
})

describe('a count written as a compound modifier', () => {
  it('"the 540-bed hospital" has 540 beds, as "the hospital has 540 beds" says', async () => {
    const figure = onlyFigureOf('The county urged residents not to come to the 540-bed hospital.', '540')
    expect(figure.about).toMatchObject({ dimension: 'count', topic: 'bed' })
    // a thing in a phrase of place is what it is, not what the verb of asking asks for
    expect(figure.about.proposed).toBeUndefined()
    expect(onlyFigureOf('Prosecutors sought a 12-year sentence.', '12').about.proposed).toBe(true)
    const lookup = createMemoryLookup(corpusOf([{ key: 'keld-01', date: '2026-10-12', text: 'Ambulances were turned away from the 540-bed Keld General Hospital on Monday.' }]))
    expect((await checkText('Keld General Hospital has about 540 beds.', { date: '2026-10-13', context: 'Keld hospital attack', lookup })).status).toBe('supported')
  })
})

describe('a site named after its town', () => {
  it('is in the town: the same count there supports a claim of the town, another refutes nothing', async () => {
    const lookup = createMemoryLookup(
      corpusOf([{ key: 'keld-02', date: '2026-10-14', text: 'By Wednesday 31 patients had been transferred to Torvik University Hospital, the Keld county said.' }]),
    )
    const check = (text: string) => checkText(text, { date: '2026-10-15', context: 'Keld hospital attack', lookup })
    expect((await check('Thirty-one patients were moved to Torvik.')).status).toBe('supported')
    expect((await check('Forty patients were moved to Torvik.')).status).not.toBe('conflict')
  })
})

describe('a participle before its noun', () => {
  it('describes the noun and governs no count: "380 planned operations and 6,400 appointments had been postponed"', () => {
    const sentence = 'By Wednesday 380 planned operations and about 6,400 outpatient appointments had been postponed.'
    expect(onlyFigureOf(sentence, '6,400').about.verb).toBe('postpone')
    expect(onlyFigureOf(sentence, '380').about.verb).toBe('postpone')
  })
})

describe('amounts below zero and the noun an amount is "of"', () => {
  it('"about minus 3C" is about 3 degrees below zero either way', () => {
    const figure = onlyFigureOf('Temperatures fell to about minus 3C.', '3C')
    expect(figure.min).toBeCloseTo(-3.3)
    expect(figure.max).toBeCloseTo(-2.7)
  })

  it('"temperatures of -3C" is a temperature reading, as "temperatures fell to -3C" is', async () => {
    expect(onlyFigureOf('Crews worked in sleet and temperatures of -3C.', '3C').about.topic).toBe(onlyFigureOf('Temperatures fell to -3C.', '3C').about.topic)
    const lookup = createMemoryLookup(corpusOf([{ key: 'keld-03', date: '2026-10-14', text: 'Ambulances from Keld drove to Torvik in sleet and temperatures of -3C on Wednesday.' }]))
    expect((await checkText('In Torvik temperatures fell below freezing, to about minus 3C.', { date: '2026-10-15', context: 'Keld hospital attack', lookup })).status).toBe('supported')
  })
})

describe('a phrasal verb as a cue', () => {
  it('"turned out" cues the turnout, "turn away" does not', () => {
    expect(onlyFigureOf('Only 36% of voters turned out.', '36').measure).toBe('turnout')
    expect(onlyFigureOf('The attack forced the hospital to turn away ambulances and to cancel more than 140 operations.', '140').measure).not.toMatch(/turnout/)
  })
})

describe('a name between a number and the noun it counts', () => {
  it('"87,000 Keld hospital patients" counts patients', () => {
    expect(onlyFigureOf('About 87,000 Keld hospital patients had their data stolen.', '87,000')).toMatchObject({ unit: 'patient', kind: 'count' })
    expect(onlyFigureOf('Some 200 Tesla workers walked out.', '200').unit).toBe('worker')
  })
})

describe('a word of wholeness before a unit of time', () => {
  it('"two whole weeks" is two weeks', () => {
    expect(onlyFigureOf('The strike lasted two whole weeks.', 'two')).toMatchObject({ unit: 'week', min: 1.9, max: 2.1 })
    expect(onlyFigureOf('Passengers reached Toronto nearly a full day behind schedule.', 'day')).toMatchObject({ unit: 'day', max: 1 })
    expect(onlyFigureOf('Blizzard conditions persisted at the airport for 33 consecutive hours.', '33')).toMatchObject({ kind: 'duration', unit: 'hour', value: 33 })
    expect(onlyFigureOf('It rained for three straight days.', 'three')).toMatchObject({ kind: 'duration', unit: 'day', value: 3 })
  })
})

describe('a phrasal verb of meeting someone', () => {
  it('"sat down with" dates a meeting, as "met" does', () => {
    const met = onlyFigureOf('The envoys met Harkova on 3 March.', 'March').about.topic
    expect(onlyFigureOf('The envoys sat down with Harkova on 3 March.', 'March').about.topic).toBe(met)
    // sitting down alone is no meeting
    expect(onlyFigureOf('The crowd sat down on 3 March.', 'March').about.topic).not.toBe(met)
  })
})

describe('scale words joined by a hyphen', () => {
  it('"a hundred-million-dollar inquiry" is $100m', () => {
    expect(onlyFigureOf('Officers searched his home in a hundred-million-dollar embezzlement inquiry.', 'hundred')).toMatchObject({ value: 100_000_000, unit: 'USD', kind: 'money' })
  })
})

describe('a coordinated clause', () => {
  it("has places of its own: \"seized Sarnia in 2011 and declared the annexation of Geneva later\" does not place 2011 in Geneva", () => {
    expect(onlyFigureOf('Vellmark seized Sarnia in 2011 and declared the annexation of Geneva eight years later.', '2011').about.places).not.toContain('geneva')
    expect(onlyFigureOf('The talks ended in 2011 in Geneva.', '2011').about.places).toContain('geneva')
  })
})

describe('a compound noun WordNet knows', () => {
  it('is its own thing: a press conference is no conference of the talks\' kind', () => {
    expect(onlyFigureOf('Harkova\'s annual press conference lasted four hours.', 'four').about.topic).not.toBe(onlyFigureOf('The talks lasted four hours.', 'four').about.topic)
    expect(onlyFigureOf('The peace conference lasted four hours.', 'four').about.topic).toBe(onlyFigureOf('The talks lasted four hours.', 'four').about.topic)
  })
})

describe('a number joined to a modifier inside a noun phrase', () => {
  it('"4% of the 61,000-strong workforce" is a share of the workforce', () => {
    expect(onlyFigureOf('About 4% of the 61,000-strong workforce will go.', '4%').about.topic).toBe('work force')
    // a hyphen not after a number still ends the phrase's modifiers as before
    expect(onlyFigureOf('The new council will have six first-time members.', 'six').about.topic).not.toBe('time')
  })
})

function onlyFigureOf(sentence: string, text: string) {
  return extractClaims(sentence).flatMap((s) => s.figures).find((figure) => figure.text.includes(text))!
}

describe('two documents of one story', () => {
  const talks = createMemoryLookup(
    corpusOf([{ key: 'bergen-01', date: '2025-12-03', text: 'Under the nine-point Bergen deal, which grew out of the seven-point Bergen framework tabled last month, each side keeps its quota.' }]),
  )
  const checkTalks = (text: string) => checkText(text, { date: '2025-12-04', context: 'Bergen fishing deal', lookup: talks })

  it('are one measure only when called alike: the same points support, other points refute only the one called alike', async () => {
    expect((await checkTalks('The Bergen deal has nine points.')).status).toBe('supported')
    expect((await checkTalks('The nine-point Bergen plan ends the dispute.')).status).toBe('supported')
    expect((await checkTalks('The Bergen framework had seven points.')).status).toBe('supported')
    expect((await checkTalks('The Bergen deal has twelve points.')).status).toBe('conflict')
    // a party's own plan is another document than the story's
    expect((await checkTalks("Iceland's own Bergen plan has twelve points.")).status).toBe('no_evidence')
    // the framework's seven points say nothing against a nine-point deal
    expect((await checkTalks('The nine-point Bergen deal was signed on Wednesday.')).status).not.toBe('conflict')
  })
})

describe('English names of cities', () => {
  it('"Geneva" and "Cologne" are the cities GeoNames writes "Genève" and "Köln", in their countries', () => {
    expect(containersOf('geneva')).toContain('switzerland')
    expect(containersOf('cologne')).toContain('germany')
    expect(containersOf('antwerp')).toContain('belgium')
  })
})

describe('a list of shares after a relative clause', () => {
  const sentence =
    'Under the nine-point Bergen deal, which grew out of the framework tabled in Geneva last month, Norway will take 31% of the total catch, Iceland 16.5% and the Faroe Islands 14%.'
  const deal = createMemoryLookup(corpusOf([{ key: 'bergen-02', date: '2025-12-04', text: sentence }]))
  const checkDeal = (text: string) => checkText(text, { date: '2025-12-05', context: 'Mackerel deal sealed in Bergen', lookup: deal })

  it('each share of the list is its holder\'s share of the catch, taken as the first is, and placed where the deal is', () => {
    const figures = extractClaims(sentence).flatMap((s) => s.figures).filter((f) => f.kind === 'percent')
    expect(figures.map((f) => [f.about.topic, f.about.holder, f.about.verb])).toEqual([
      ['catch', 'norway', 'take'],
      ['catch', 'iceland', 'take'],
      ['catch', 'faroe islands', 'take'],
    ])
    // Geneva is where the framework was tabled, not where the catch is taken
    expect(figures.every((f) => !f.about.places.includes('geneva'))).toBe(true)
  })

  it('a neighbouring whole percentage is another amount: 15% is not 14%', async () => {
    expect((await checkDeal('Under the deal, the Faroe Islands will take 15% of the catch.')).status).toBe('conflict')
    expect((await checkDeal('Under the deal, the Faroe Islands will take 14% of the catch.')).status).toBe('supported')
    expect((await checkDeal('Under the Bergen deal Norway takes just under a third of the catch.')).status).toBe('supported')
  })
})

describe('an earlier occurrence of an event', () => {
  it('is not the news of a report months later that does not date it', async () => {
    const lookup = createMemoryLookup(corpusOf([{ key: 'vorsk-01', date: '2025-12-04', text: 'The talks in Vorsk between Harkova and the Dellin envoys lasted five hours.' }]))
    const check = (text: string) => checkText(text, { date: '2025-12-05', context: 'Vorsk talks end without a deal', lookup })
    expect((await check('Their previous meeting in Vorsk, in August, also lasted five hours.')).status).toBe('no_evidence')
    expect((await check('The Vorsk talks this week lasted five hours.')).status).toBe('supported')
  })
})

describe('a count that rises from report to report', () => {
  const lookup = createMemoryLookup(
    corpusOf([
      { key: 'keld-10', date: '2026-10-14', text: 'By Wednesday 380 planned operations at Keld hospital had been postponed.' },
      { key: 'keld-11', date: '2026-10-19', text: 'Since the attack 612 planned operations at Keld hospital have been postponed.' },
    ]),
  )
  const check = (text: string, date: string) => checkText(text, { date, context: 'Keld hospital attack', lookup })

  it('is a running tally: the latest report at the claim\'s date leads', async () => {
    expect((await check('More than 600 planned operations at Keld hospital have been postponed.', '2026-10-24')).status).toBe('supported')
    const stale = await check('Some 380 planned operations at Keld hospital have been postponed.', '2026-10-24')
    expect(stale.status).toBe('conflict')
    expect(stale.figures[0].reason).toMatch(/superseded/)
    // on the day of the first report, it stood
    expect((await check('Some 380 planned operations at Keld hospital have been postponed.', '2026-10-15')).status).toBe('supported')
  })
})

describe('an open-ended amount', () => {
  it('"at least 24" is about 24: it supports no amount ten times larger', async () => {
    const lookup = createMemoryLookup(corpusOf([{ key: 'keld-20', date: '2026-10-13', text: 'At least 24 patients from Keld hospital were moved to Torvik on Monday.' }]))
    const result = await checkText('About 87,000 patients of Keld hospital had their data stolen.', { date: '2026-10-20', context: 'Keld hospital attack', lookup })
    expect(result.status).toBe('no_evidence')
  })
})

describe('a change and the two levels a report gives', () => {
  const lookup = createMemoryLookup(
    corpusOf([{ key: 'harlen-02', date: '2026-06-02', text: 'The envoys carried a revised version of an earlier 24-point Harlen plan, scaled down to 16 points.' }]),
  )
  const check = (text: string) => checkText(text, { date: '2026-06-03', context: 'The Harlen plan', lookup })

  it('"cut by eight points" is supported by a 24-point first version and a 16-point later one', async () => {
    const result = await check('The Harlen plan was cut by eight points.')
    expect(result.status).toBe('supported')
    expect(result.figures[0].reason).toMatch(/difference/)
  })

  it('another difference, or the other direction, is no evidence (never a refutation)', async () => {
    expect((await check('The Harlen plan was cut by twelve points.')).status).toBe('no_evidence')
    expect((await check('The Harlen plan grew by eight points.')).status).toBe('no_evidence')
  })
})

describe('a time after an event\'s own start', () => {
  it('"ended nine days after it began" is how long it lasted', async () => {
    expect(onlyFigureOf('The Tesk dock strike ended nine days after it began.', 'nine').about).toMatchObject({ dimension: 'duration', topic: 'strike' })
    // after another event it stays a time after that event
    expect(onlyFigureOf('Rescuers arrived three hours after the quake.', 'three').about.dimension).toBe('lag')
    const lookup = createMemoryLookup(corpusOf([{ key: 'tesk-10', date: '2026-05-02', text: 'The Tesk dock strike ended on Friday, nine days after it began.' }]))
    const check = (text: string) => checkText(text, { date: '2026-05-03', context: 'Tesk dock strike ends', lookup })
    expect((await check('The Tesk dock strike lasted nine days.')).status).toBe('supported')
    expect((await check('The Tesk dock strike lasted two weeks.')).status).toBe('conflict')
  })
})

describe('a lower bound and spending money', () => {
  const lookup = createMemoryLookup(
    corpusOf([
      {
        key: 'keld-30',
        date: '2026-10-13',
        text: 'At least 24 patients of Keld hospital were moved to Torvik on Monday. The health minister visited Keld hospital on Tuesday.',
      },
    ]),
  )
  const check = (text: string) => checkText(text, { date: '2026-10-20', context: 'Keld hospital attack', lookup })

  it('"at least 24 patients" confirms no count well above its bound', async () => {
    expect((await check('Keld hospital normally treats 140 patients a day.')).status).toBe('no_evidence')
    expect((await check('At least 24 patients of Keld hospital were moved to Torvik.')).status).toBe('supported')
  })

  it('"spent €4m in 2024" is no stay: the minister\'s visit does not refute its year', async () => {
    expect((await check('Keld hospital spent €4 million on new servers in 2024.')).status).not.toBe('conflict')
    expect(onlyFigureOf('The envoys spent five hours in Torvik.', 'five').about.topic).toBe(onlyFigureOf('The envoys stayed five hours in Torvik.', 'five').about.topic)
  })
})

describe('an amount demanded', () => {
  const { check } = storyCheck([
      {
        key: 'keld-40',
        date: '2026-10-13',
        text: 'The note left on Keld hospital\'s servers demanded 4 million euros in bitcoin. Repairs to the network will cost about €9 million.',
      },
    ], { date: '2026-10-20', context: 'Keld hospital attack' })

  it('"wanted €4m", "a €6m ransom", "asked … demanded" are one measure: the amount demanded', async () => {
    expect((await check('The hackers who hit Keld hospital wanted €4 million.')).status).toBe('supported')
    expect((await check('The Keld hospital hackers demanded a €6m ransom.')).status).toBe('conflict')
    expect(onlyFigure('The UN appeal seeks $45m for clean water.').measure).toBe('amount demanded')
  })

  it('what is demanded is not what something costs: neither supports nor refutes the other', async () => {
    const demanded = await check('The Keld hospital hackers demanded €9 million.')
    expect(demanded.status).toBe('conflict')
    expect(demanded.figures[0].evidence.every((e) => e.relation === 'conflicts')).toBe(true)
    expect((await check('Repairs to the Keld hospital network will cost €4 million.')).status).not.toBe('supported')
  })
})

describe('whose figure it is: an apposition, a possessed role, a verb of change before its object', () => {
  const { check } = storyCheck([
      {
        key: 'tesk-50',
        date: '2026-05-10',
        title: 'Vellmark and its neighbours',
        text:
          'Vellmark wants recognition of its rule over Sarnia, the island it annexed in 2011, and over Varna and Ruse, which it claims under an annexation declared in 2019. ' +
          'The second officer of the Tesk Star, a 38-year-old, was on watch. ' +
          'Vellmark first tabled a 30-point framework; the version it sent to Harlen was cut to 22 points.',
      },
    ], { date: '2026-05-12', context: 'Vellmark and its neighbours' })

  it("a figure in an apposition (\"Sarnia, the island it annexed in 2011, and …\") is the named place's, not the next one's", async () => {
    expect((await check('Vellmark claims Varna and Ruse under an annexation it declared in 2019.')).status).toBe('supported')
    expect((await check('Vellmark claims Varna and Ruse under an annexation it declared in 2011.')).status).not.toBe('supported')
    expect((await check('Vellmark claims Varna and Ruse under an annexation it declared in 2011.')).status).toBe('conflict')
  })

  it('the object of a verb of taking land is a place, named in a gazetteer or not', () => {
    expect(onlyFigure('In 2011 Vellmark annexed Sarnia.').about.places).toEqual(['sarnia'])
  })

  it("\"the Tesk Star's 56-year-old master\" is the master's age: another crewman's is no evidence", async () => {
    expect(onlyFigure("The Tesk Star's 56-year-old master was questioned.").about.holder).toBe('master')
    expect(onlyFigure('The second officer of the Tesk Star, a 38-year-old, was questioned.').about.holder).toBe('officer')
    expect((await check("The Tesk Star's 56-year-old master was questioned.")).status).toBe('no_evidence')
    expect((await check('The second officer of the Tesk Star, a 41-year-old, was on watch.')).status).toBe('conflict')
  })

  it('"trimmed its framework by eight points" is a change, supported by the two levels, never a level of 8', async () => {
    const trimmed = onlyFigure('Vellmark trimmed its framework by eight points.')
    expect(trimmed.about).toMatchObject({ change: true, direction: 'down' })
    expect((await check('Vellmark trimmed its framework by eight points before sending it to Harlen.')).status).toBe('supported')
    expect((await check('Vellmark trimmed its framework by five points before sending it to Harlen.')).status).not.toBe('conflict')
  })
})

describe('a date of telling about an event or finding it out is not the event\'s', () => {
  const { check } = storyCheck([{ key: 'tesk-60', date: '2026-05-10', title: 'Harlen summit ends', text: 'The Harlen summit between Vellmark and Sarnia took place on 8 May 2026.' }], { date: '2026-06-02', context: 'Harlen summit' })

  it('"On 1 June a blog described the Harlen summit as …" dates the blog post', async () => {
    expect((await check('On 1 June 2026 a blog described the Harlen summit between Vellmark and Sarnia as a failure.')).status).toBe('no_evidence')
    expect((await check('The Harlen summit between Vellmark and Sarnia took place on 1 June 2026.')).status).toBe('conflict')
  })
})

describe('an amount spilled is a running tally of its own', () => {
  const { check } = storyCheck([
      { key: 'keld-70', date: '2026-03-04', title: 'Tanker Vessa leaks oil off Keld', text: 'The tanker Vessa, which was carrying 41,000 tonnes of fuel oil, ran aground off Keld on Tuesday. About 600 tonnes of fuel oil has leaked from the Vessa, the coastguard said.' },
      { key: 'keld-71', date: '2026-03-09', title: 'Vessa spill off Keld grows', text: 'The coastguard now says about 1,800 tonnes of fuel oil has leaked from the tanker Vessa off Keld.' },
    ], { date: '2026-03-10', context: 'Vessa oil spill off Keld' })

  it('"leaked", "escaped" and "spilled" measure what was lost, not what the tanker carried', async () => {
    expect(onlyFigure('Some 1,800 tonnes of oil escaped from the Vessa.').measure).toMatch(/^amount spilled/)
    expect(onlyFigure('The Vessa was carrying 41,000 tonnes of fuel oil.').measure).not.toMatch(/^amount spilled/)
    expect((await check('Some 1,800 tonnes of oil escaped from the Vessa off Keld.')).status).toBe('supported')
  })

  it('the latest estimate at the claim\'s date leads: an earlier one repeated later is refuted by it', async () => {
    expect((await check('About 600 tonnes of fuel oil has leaked from the Vessa off Keld.')).status).toBe('conflict')
    expect((await check('About 600 tonnes of fuel oil has leaked from the Vessa off Keld.', '2026-03-05')).status).toBe('supported')
  })

  it('"cut their estimate of the spill by 550 tonnes" is a change, never a level', async () => {
    expect(onlyFigure('The coastguard cut their estimate of the Vessa spill by 550 tonnes.').about).toMatchObject({ change: true, direction: 'down' })
    expect((await check('The coastguard cut their estimate of the Vessa spill off Keld by 550 tonnes.')).status).not.toBe('conflict')
  })
})

describe('a distance to a place', () => {
  const { check } = storyCheck([
      {
        key: 'keld-80',
        date: '2026-10-12',
        title: 'Keld hospital diverts ambulances',
        text: 'Ambulances from Keld are being sent to Torvik General Hospital, 59 miles to the south. Keld lies about 190 miles north of Oslo.',
      },
    ], { date: '2026-10-14', context: 'Keld hospital diverts ambulances' })

  it('"59 miles to the south", "95km away", "drove 59 km to Torvik" measure a distance to the place', async () => {
    expect(onlyFigure('Torvik General Hospital lies 59 miles to the south.').measure).toBe('distance')
    expect(onlyFigure('The hospital is 95km away.').measure).toBe('distance')
    expect(onlyFigure('Ambulances drove 59 kilometres to Torvik.').measure).toBe('distance to torvik')
    expect((await check('Ambulances from Keld drive about 95 kilometres to Torvik.')).status).toBe('supported')
    expect((await check('Ambulances from Keld drive 59 kilometres to Torvik.')).status).toBe('conflict')
  })

  it('a distance to another place is another distance, and a length is no distance', async () => {
    expect((await check('Ambulances from Keld drive 190 kilometres to Torvik.')).status).not.toBe('supported')
    expect(onlyFigure('The Keld runway is 2,400 metres long.').about.topic).not.toBe('distance')
  })
})

describe('an amount restated in other units', () => {
  const { check } = storyCheck([{ key: 'keld-90', date: '2026-03-06', title: 'Keld fishers get a fund', text: 'Governor Ana Brisk announced an emergency fund of 6 billion pesos (about US$6.4 million) for the fishers of Keld.' }], { date: '2026-03-10', context: 'Keld fishers get a fund' })

  it('"6 billion pesos (about US$6.4 million)": the dollars are the fund\'s too', async () => {
    expect((await check('The Keld fishers\' emergency fund is worth about $6.4 million.')).status).toBe('supported')
    expect((await check('The Keld fishers\' emergency fund is worth about $16 million.')).status).toBe('conflict')
  })

  it('"is worth", "was valued at": the value of the clause\'s subject', () => {
    expect(onlyFigure('The Keld fund is worth about $16 million.').about.topic).toBe('fund')
    expect(onlyFigure('The Keld harbour deal was valued at €2bn.').about.topic).toBe('deal')
  })
})

describe('a gap, an age, a part of a count, another occurrence', () => {
  const { check } = storyCheck([
      {
        key: 'keld-95',
        date: '2026-04-20',
        title: 'Keld heatwave toll reaches nine',
        text:
          'The Keld heatwave has claimed nine lives, health officials said. Seven of the nine victims were aged over 65. ' +
          'The Vessa volcano last erupted in 1927; the previous eruption lasted 19 days. ' +
          'The Keld plan has 20 points; an earlier draft had 28 points.',
      },
    ], { date: '2026-04-21', context: 'Keld heatwave toll reaches nine' })

  it('"eight fewer points than the earlier draft" is a gap between two amounts, never a level', async () => {
    expect(onlyFigure('The Keld plan has eight fewer points than the earlier draft.').about).toMatchObject({ change: true, direction: 'down' })
    expect((await check('The Keld plan has eight fewer points than the earlier draft.')).status).not.toBe('conflict')
    expect(onlyFigure('Exports were 400 tonnes higher than last year.').about).toMatchObject({ change: true, direction: 'up' })
  })

  it('"older than 65" is an age, not a count of the dead', async () => {
    expect(onlyFigureOf('Seven of the people who died in the Keld heatwave were older than 65.', '65').about.dimension).toBe('age')
    expect((await check('Seven of the people who died in the Keld heatwave were older than 65.')).status).not.toBe('conflict')
  })

  it('"seven of the nine victims" is a part of the toll, not the toll', async () => {
    expect(onlyFigureOf('Seven of the nine victims were aged over 65.', 'Seven').about.topic).toBe('deaths/part')
    expect((await check('The Keld heatwave death toll stands at seven.')).status).toBe('conflict')
    expect((await check('The Keld heatwave death toll stands at seven.')).figures[0].evidence.every((e) => e.relation === 'conflicts')).toBe(true)
  })

  it('"the previous eruption" is another occurrence: it neither supports nor refutes the news', async () => {
    expect(onlyFigure('The previous eruption of the Vessa volcano lasted 19 days.').about.other).toBe(true)
    expect((await check('The Vessa eruption near Keld lasted nine days.')).status).not.toBe('conflict')
  })
})

describe('the area an event covers', () => {
  const { check } = storyCheck([{ key: 'keld-99', date: '2026-08-12', title: 'Keld Ridge fire grows', text: 'The Keld Ridge fire has burned 21,000 acres, roughly 8,500 hectares, officials said.' }], { date: '2026-08-13', context: 'Keld Ridge fire' })

  it('"covered", "spread over" and "burned" measure one area affected', async () => {
    expect(onlyFigure('The Keld Ridge fire covered about 5,000 hectares.').measure).toBe('area affected')
    expect((await check('The Keld Ridge fire has spread over about 8,500 hectares.')).status).toBe('supported')
    expect((await check('The Keld Ridge fire covered about 5,000 hectares.')).status).toBe('conflict')
  })

  it('a length is no area affected', () => {
    expect(onlyFigure('The Keld Ridge fire spread 12 km along the ridge.').measure).not.toBe('area affected')
  })
})

describe('a count written into its noun', () => {
  const { check } = storyCheck([{ key: 'keld-100', date: '2026-10-12', title: 'Keld hospital attack', text: 'The county urged residents not to come to the 540-bed Keld hospital unless told to.' }], { date: '2026-10-13', context: 'Keld hospital attack' })

  it('"the 540-bed hospital" is the hospital\'s size whatever the clause does with it', async () => {
    expect((await check('Keld hospital has 540 beds.')).status).toBe('supported')
    expect((await check('Keld hospital has 450 beds.')).status).toBe('conflict')
  })
})

describe('a capital given to or told is its government, not a place', () => {
  it('"handed Oslo four documents", "warned Oslo": no place; "visited Oslo", "in Oslo": a place', () => {
    expect(onlyFigure('The Dellin team handed Oslo four documents.').about.places).toEqual([])
    expect(onlyFigure('Dellin warned Oslo of 12 new tariffs.').about.places).toEqual([])
    expect(onlyFigure('The Dellin team met for five hours in Oslo.').about.places).toEqual(['oslo'])
  })
})

describe('a date that closes a relative clause describing a noun', () => {
  const { check } = storyCheck([{ key: 'sarnia-70', date: '2026-05-10', title: 'The Sarnia question', text: 'Sarnia insists on its constitutional commitment to its 2011 borders.' }], { date: '2026-05-12', context: 'The Sarnia question' })

  it('"the borders it had in 2011", "the frontiers Sarnia had in 2011", "its frontiers as they were drawn in 2011" are its 2011 borders', async () => {
    expect(onlyFigure("Sarnia's constitution binds it to the borders it had in 2011.").about.topic).toBe('border')
    expect(onlyFigure('Sarnia remains committed to its frontiers as they were drawn in 2011.').about.topic).toBe('border')
    expect((await check("Sarnia's constitution binds it to the frontiers Sarnia had in 2011.")).status).toBe('supported')
    expect((await check("Sarnia's constitution binds it to the borders it had in 2009.")).status).toBe('conflict')
  })
})

describe('money that names its own thing', () => {
  it('"an alleged $1bn embezzlement" is the embezzlement\'s, though "cost" stands near; "a $40m repair bill" is a cost', () => {
    expect(onlyFigure('The graft probe that cost the Dellin minister his job centres on an alleged $1bn embezzlement.').about.topic).not.toBe('cost')
    expect(onlyFigure('The storm caused a $40m repair bill.').measure).toBe('cost')
    expect(onlyFigure('The gang demanded a €6m ransom.').measure).toBe('amount demanded')
  })
})

describe('an earlier occurrence a report recalls', () => {
  const { check } = storyCheck([{ key: 'vessa-30', date: '2026-04-14', title: 'Vessa volcano erupts', text: 'The Vessa volcano erupted on Monday.\nVessa last erupted in 1927. That eruption lasted 19 days and buried seven farms.' }], { date: '2026-05-06', context: 'Vessa eruption declared over' })

  it('"Vessa last erupted in 1927. That eruption lasted 19 days": the length of the 1927 eruption is no evidence about the news', async () => {
    expect((await check('The Vessa eruption lasted just over two weeks.')).status).toBe('no_evidence')
  })
})

describe('a correction', () => {
  const { check } = storyCheck([
      {
        key: 'keld-110',
        date: '2026-10-14',
        title: 'Keld hospital reopens',
        text: 'The Keld emergency department reopened on Wednesday.\nCorrection: An earlier version of this article said the Keld emergency department had been closed for 25 hours. It was closed for 52 hours.',
      },
    ], { date: '2026-10-15', context: 'Keld hospital reopens' })

  it('what a correction withdraws is evidence of nothing; the corrected figure measures the same thing', async () => {
    const wrong = await check('The Keld emergency department was closed for 25 hours.')
    expect(wrong.figures[0].evidence.some((e) => e.relation === 'supports')).toBe(false)
    expect((await check('The Keld emergency department was closed for 52 hours.')).status).toBe('supported')
  })
})

describe('whose age', () => {
  it('"Police have detained a 52-year-old man": the man\'s; "Okafor, a 61-year-old farmer": Okafor\'s', () => {
    expect(onlyFigure('Police have detained a 52-year-old man on suspicion of arson.').about.holder).toBe('man')
    expect(onlyFigure('Okafor, a 61-year-old farmer, died.').about.holder).toBe('okafor')
  })
})

describe('what could happen', () => {
  const { check } = storyCheck([{ key: 'vessa-40', date: '2026-04-15', title: 'Vessa eruption', text: 'Lava from the Vessa volcano has destroyed 41 homes, officials said. About 4,200 people have been evacuated from Vessa island.' }], { date: '2026-04-16', context: 'Vessa eruption' })

  it('"could destroy up to 100 homes" is a possibility: another amount refutes nothing, the same one still supports', async () => {
    expect(onlyFigure('The lava could destroy up to 100 homes on Vessa island.').about.possible).toBe(true)
    expect((await check('Officials warned that lava from the Vessa volcano could destroy 100 homes.')).status).not.toBe('conflict')
    expect((await check('Officials said 5,000 people may have to be evacuated from Vessa island.')).status).not.toBe('conflict')
    expect((await check('Lava from the Vessa volcano has destroyed 60 homes.')).status).toBe('conflict')
  })
})

describe('whose staff', () => {
  const { check } = storyCheck([{ key: 'keld-120', date: '2026-10-14', title: 'Keld hospital attack', text: "The Keld county's 8,400 staff have been told not to switch on their computers." }], { date: '2026-10-15', context: 'Keld hospital attack' })

  it('"Keld Central Hospital employs 3,200 staff" is not refuted by the county\'s 8,400: another employer\'s count', async () => {
    expect((await check('Keld Central Hospital employs 3,200 staff.')).status).not.toBe('conflict')
    expect((await check('Keld county employs 3,200 staff.')).status).toBe('conflict')
  })
})

describe('words that say what a sentence is about', () => {
  const { lookup, check } = storyCheck([{ key: 'keld-130', date: '2026-02-26', title: 'Keld Group results', text: 'Keld Group reported its results. Two plants, in Varna and Ruse, will close by mid-2027.' }], { date: '2026-02-27', context: 'Keld Group results' })

  it('"will", "that", "from" tie no claim to a quote: opening three plants is not closing two', async () => {
    expect((await check('Keld Group will open 3 new plants in 2027.')).status).not.toBe('conflict')
  })

  it('"Saturday clinics" says when clinics recur, not a date', async () => {
    const figures = (await checkText('The extra Saturday clinics will run for 11 weeks.', { date: '2026-10-21', lookup })).figures
    expect(figures.map((f) => f.kind)).toEqual(['duration'])
  })
})

describe('the age of someone unnamed', () => {
  const { check } = storyCheck([{ key: 'keld-140', date: '2025-02-12', title: 'Keld valley floods', text: 'A woman from Thornby, aged 71, was reported missing on Monday night. Farmer Ole Brand, 64, drowned.' }], { date: '2025-02-13', context: 'Keld valley floods' })

  it('"a 78-year-old woman was rescued" is not refuted by "a woman, aged 71, was missing": two women, maybe', async () => {
    expect((await check('A 78-year-old woman was rescued from her car in Thornby.')).status).not.toBe('conflict')
    expect((await check('Ole Brand was 66.')).status).toBe('conflict')
  })
})

describe('what one day or place added', () => {
  const { check } = storyCheck([{ key: 'keld-150', date: '2025-08-14', title: 'Keld Ridge fire', text: 'The Keld Ridge fire has destroyed 81 homes, inspectors said.' }], { date: '2025-08-16', context: 'Keld Ridge fire' })

  it('"destroyed 40 homes on Monday alone" is a part of the running count, not its level', async () => {
    expect((await check('The Keld Ridge fire destroyed 40 homes in Pine Hollow on Monday alone.')).status).not.toBe('conflict')
    expect((await check('The Keld Ridge fire has destroyed 40 homes.')).status).toBe('conflict')
  })
})

describe('one more of them', () => {
  const { check } = storyCheck([{ key: 'keld-160', date: '2026-04-10', title: 'Keld mayor jailed', text: 'The Keld court sentenced former mayor Ana Brisk to eight years for fraud.' }], { date: '2026-04-15', context: 'Keld mayor jailed' })

  it('"a second defendant" is another than the one the reports tell', async () => {
    expect((await check('The Keld court sentenced a second defendant to six years.')).status).toBe('no_evidence')
    expect((await check('The Keld court sentenced former mayor Ana Brisk to six years.')).status).toBe('conflict')
  })
})

describe('a name the claim puts after "from the" that the report calls a ship', () => {
  const { check } = storyCheck([
      {
        key: 'tesk-70',
        date: '2026-03-06',
        title: 'Oil reaches Keld Bay, Varna and Ruse',
        text:
          'Fishers in Keld Bay, Varna, Ruse, Ostrava, Tesk, Harlen, Sarnia, Vellmark and Torvik stayed ashore. ' +
          'Keld Bay, Varna, Ruse, Ostrava, Tesk, Harlen, Sarnia, Vellmark and Torvik closed their beaches. ' +
          'The coastguard said on Friday that about 1,200 tonnes of fuel oil have now escaped from the tanker Tesk Star, and that the slick has reached the beaches of Keld Bay.',
      },
    ], { date: '2026-03-08', context: 'Tesk Star spill keeps growing' })

  it('"leaked from the Tesk Star" names the ship, not a place the report would have to name', async () => {
    expect((await check('Nearly 1,200 tonnes of fuel oil have leaked from the Tesk Star, the coastguard says.')).status).toBe('supported')
    expect((await check('Nearly 1,900 tonnes of fuel oil have leaked from the Tesk Star, the coastguard says.')).status).toBe('conflict')
  })
})

describe('a name before a noun of an event is where or what it was, not who acts', () => {
  const { check } = storyCheck([
      {
        key: 'tesk-80',
        date: '2026-03-07',
        title: 'Lirvane oil spill: 900 tonnes, 30 km of coast',
        text: 'Four days after the collision off Lirvane, the oil keeps coming. The navy said on Friday night that about 900 tonnes of heavy fuel oil have now escaped from the tanker Tesk Star, and that it has reached 30 km of the coast of Keld Bay.',
      },
    ], { date: '2026-03-08', context: 'Chile spill: navy says leak under control' })

  it('"the Lirvane spill" has no actor of its own: the report naming the ship is its evidence', async () => {
    expect(onlyFigure('The navy puts the Lirvane spill at about 600 tonnes of heavy fuel oil.').about.actors).toEqual([])
    expect((await check('The navy puts the Lirvane spill at about 600 tonnes of heavy fuel oil.')).status).toBe('conflict')
    expect((await check('The navy puts the Lirvane spill at about 900 tonnes of heavy fuel oil.')).status).toBe('supported')
  })

  it('"Fishermen" first in a headline is a plural of a word, not a name', () => {
    expect(extractClaims('Fishermen pulled 20 sailors from the sea.')[0].figures[0].about.entities).toEqual([])
  })
})

describe('the time a report recalls after "since": "the worst since February 1993, when 68cm of snow fell"', () => {
  const { check } = storyCheck([
      {
        key: 'keld-90',
        date: '2026-01-28',
        title: 'Blizzard shuts Keld',
        text: 'The blizzard is the worst to hit Keld since February 1993, when 68cm of snow fell and three people died. Schools in Keld stayed shut on Tuesday.',
      },
    ], { date: '2026-01-28', context: 'Blizzard shuts Keld' })

  it('is of that earlier storm: it refutes nothing said of the news', async () => {
    expect(extractClaims('Keld had 68cm of snow when a blizzard hit in February 1993.')[0].figures.find((f) => f.text === '68cm')?.about.other).toBeUndefined()
    expect(extractClaims('It is the worst to hit Keld since February 1993, when 68cm of snow fell.')[0].figures.find((f) => f.text === '68cm')?.about.other).toBe(true)
    expect((await check('Keld received 40 cm of snow from the blizzard.')).status).toBe('no_evidence')
  })

  it('a figure after the recalled clause has closed is of now', () => {
    expect(extractClaims('Since 2019, when the plant opened, its output has doubled to 4,000 tonnes.')[0].figures.find((f) => f.text === '4,000 tonnes')?.about.other).toBeUndefined()
  })
})

describe('a town the claim names that the report never does', () => {
  const { check } = storyCheck([
      {
        key: 'keld-95',
        date: '2026-01-28',
        title: 'Blizzard buries Keld',
        text: 'Troops sent in after 74cm of snow\n\nKELD, Nova Scotia — The blizzard shut every school in Keld on Wednesday, the province said. Canada sent troops to Keld. Canada and Nova Scotia declared an emergency. The blizzard left Keld under deep snow on Wednesday.',
      },
    ], { date: '2026-01-29', context: 'Nova Scotia blizzard spreads east' })

  it('may have had its own amount: "Halifax had 86 cm" is not refuted by a headline\'s 74cm in a report on Keld', async () => {
    expect((await check('Halifax had 86 cm of snow.')).status).not.toBe('conflict')
    expect((await check('Keld had 86 cm of snow.')).status).toBe('conflict')
  })

  it('nor is the day it names supported by the report\'s day in other words', async () => {
    expect((await check('Halifax received 30 cm of snow on Wednesday.')).status).toBe('no_evidence')
  })

  it('"can carry 600 passengers" is what a ferry holds, not what it carried', async () => {
    const ferry = storyCheck([{ key: 'keld-96', date: '2026-01-28', title: 'Keld ferry rides out blizzard', text: 'The ferry Tesk Star, carrying 146 passengers from Keld, spent 22 hours at anchor.' }], { date: '2026-01-29', context: 'Keld ferry rides out blizzard' })
    expect((await ferry.check('The ferry Tesk Star can carry 600 passengers.')).status).toBe('no_evidence')
    expect((await ferry.check('The ferry Tesk Star was carrying 416 passengers.')).status).toBe('conflict')
  })
})

describe('an event the claim brings in by an indefinite noun ("in a house fire") that the report never writes', () => {
  const { check } = storyCheck([
      { key: 'keld-97', date: '2026-01-29', title: 'Blizzard toll rises in Keld', text: 'The blizzard has now killed five people in Keld, police said on Thursday.' },
      { key: 'keld-98', date: '2026-01-29', title: 'Fire at Ruse plant', text: 'The fire at the Ruse chemical plant killed three workers on Thursday, police said.' },
    ], { date: '2026-01-30', context: 'Keld and Ruse: the week in review' })

  it('is another event: the story\'s toll neither supports nor refutes it', async () => {
    expect((await check('Two people died in a house fire in Keld on Sunday.')).status).toBe('no_evidence')
    expect((await check('Five people died in a house fire in Keld on Sunday.')).status).toBe('no_evidence')
    expect((await check('Two people died in the blizzard in Keld.')).status).toBe('conflict')
  })

  it('a report that writes the event is evidence: "died in a fire at the Ruse plant"', async () => {
    expect((await check('Three workers died in a fire at the Ruse chemical plant.')).status).toBe('supported')
    expect((await check('Four workers died in a fire at the Ruse chemical plant.')).status).toBe('conflict')
  })
})

describe('"the tanker\'s sister ship", "a rival airline": another of its kind', () => {
  const { check } = storyCheck([
      { key: 'tesk-99', date: '2026-03-06', title: 'Tesk Star aground off Keld', text: 'The tanker Tesk Star, which was carrying 41,000 tonnes of fuel oil, ran aground off Keld on Thursday.' },
    ], { date: '2026-03-07', context: 'Tesk Star aground off Keld' })

  it('is no evidence of the one the story tells', async () => {
    expect((await check("The Tesk Star's sister ship carries 41,000 tonnes of fuel oil.")).status).toBe('no_evidence')
    expect((await check("The Tesk Star's sister ship carries 30,000 tonnes of fuel oil.")).status).toBe('no_evidence')
    expect((await check('The Tesk Star was carrying 30,000 tonnes of fuel oil.')).status).toBe('conflict')
  })

  it('"its other transatlantic flight" is another flight', async () => {
    const flight = storyCheck([{ key: 'keld-111', date: '2026-03-03', title: 'Tesk Air flight diverted to Keld', text: 'Some passengers of the diverted Tesk Air flight said they had waited more than four hours at Keld airport before being taken to hotels.' }], { date: '2026-03-05', context: 'Tesk Air flight diverted to Keld' })
    expect((await flight.check("Tesk Air's other transatlantic flight was delayed by six hours.")).status).toBe('no_evidence')
    expect((await flight.check('Passengers of the diverted Tesk Air flight waited six hours at Keld airport.')).status).toBe('conflict')
  })

  it('"the previous mayor" is another than the one the story elects', async () => {
    const vote = storyCheck([{ key: 'keld-101', date: '2026-10-27', title: 'Naidu elected mayor of Keld', text: 'Priya Naidu was elected mayor of Keld on Monday night, taking 47.6% of the vote.' }], { date: '2026-10-28', context: 'Keld mayoral election' })
    expect((await vote.check("Keld's previous mayor won 52% of the vote in 2022.")).status).toBe('no_evidence')
  })

  it('"the previous Harlen Cup final" is another final than the one the story tells', async () => {
    const final = storyCheck([{ key: 'keld-102', date: '2026-05-24', title: 'Keld wins the Harlen Cup', text: 'Keld won the Harlen Cup final on Saturday in front of 64,812 spectators.' }], { date: '2026-05-25', context: 'Harlen Cup final' })
    expect((await final.check('The previous Harlen Cup final drew 48,000 spectators.')).status).toBe('no_evidence')
    expect((await final.check('The Harlen Cup final drew 48,000 spectators.')).status).toBe('conflict')
  })
})

describe("a population is of the place that owns it: \"Keld's roughly 4,600 residents\"", () => {
  const { check } = storyCheck([
      { key: 'keld-99', date: '2026-04-14', title: 'Keld evacuated', text: "By Tuesday evening about 2,100 people, nearly half of Keld's roughly 4,600 residents, had been carried to the mainland port of Reykjavik." },
    ], { date: '2026-04-20', context: 'Keld evacuated' })

  it("is no evidence of another town's", async () => {
    const residents = extractClaims("About 2,100 people, nearly half of Keld's roughly 4,600 residents, had been carried to Reykjavik.")[0].figures.find((f) => f.text === 'roughly 4,600 residents')
    expect(residents?.about).toMatchObject({ topic: 'population', places: ['keld'] })
    expect((await check("About 4,200 people live in Reykjavik's old town.")).status).toBe('no_evidence')
    expect((await check('Keld has about 4,600 residents.')).status).toBe('supported')
  })
})

describe('what a frame\'s count is of, written after it: "412 cases of measles"', () => {
  const { check } = storyCheck([
      { key: 'keld-100', date: '2026-02-10', title: 'Cholera spreads in Keld', text: 'The outbreak in Keld has caused 2,380 cases and 34 deaths since 2 January, health officials said.' },
    ], { date: '2026-02-12', context: 'Keld cholera outbreak' })

  it('is not about a report figure whose quote and title never write it', async () => {
    expect((await check('Keld recorded 412 cases of measles this year.')).status).toBe('no_evidence')
    expect((await check('Keld recorded 412 cases of cholera.')).status).toBe('conflict')
    expect((await check('Keld recorded 2,380 cases of cholera.')).status).toBe('supported')
  })
})

describe('how long something was shut: "a closure of 58 hours", "was shut for", "closed for"', () => {
  const { check } = storyCheck([
      {
        key: 'keld-103',
        date: '2026-02-06',
        title: 'Keld blizzard: the final count',
        text: 'Keld Airport closed at 19:40 on 26 January and reopened at 06:00 on 29 January, a closure of 58 hours and 20 minutes.\n- Schools, closed for four days, reopen on Monday.',
      },
    ], { date: '2026-02-08', context: 'How the blizzard grounded Keld' })

  it('is one measure, the closure, of whatever was shut', async () => {
    expect(onlyFigure('The airport reopened on Thursday, a closure of 58 hours.').measure).toBe('duration of the closure')
    expect(onlyFigure('The bridge was shut for 31 hours.').measure).toBe('duration of the closure')
    expect((await check('Keld Airport was shut for 58 hours and 20 minutes.')).status).toBe('supported')
  })

  it("another thing's closure neither supports nor refutes it", async () => {
    expect((await check('Keld Airport was shut for 58 hours and 20 minutes.')).figures[0].evidence.map((e) => e.figure.text)).toEqual(['58 hours and 20 minutes'])
    expect((await check('Keld Airport was shut for three days.')).status).not.toBe('supported')
  })
})

describe('"Two people had already died: …" in a report of a new toll', () => {
  const { check } = storyCheck([
      { key: 'keld-104', date: '2026-01-28', title: 'Keld blizzard toll rises to four', text: 'The death toll from the Keld blizzard rose to four on Wednesday. Two people had already died: a man who collapsed while clearing snow and a woman whose car hit a plough.' },
    ], { date: '2026-01-29', context: 'Keld begins to dig out' })

  it('is the level the toll left, not a second level of it', async () => {
    expect((await check('The Keld blizzard has killed two people.')).status).toBe('conflict')
    expect((await check('The Keld blizzard has killed four people.')).status).toBe('supported')
    expect(onlyFigure('Two people had already died in the storm.').about.stage).toBe('from')
  })
})

describe('a dateline\'s town and region: "KELD BAY, Nova Scotia — … under nearly 2 feet of snow"', () => {
  const { check } = storyCheck([
      { key: 'keld-105', date: '2026-01-27', title: 'Blizzard buries Keld Bay', text: 'KELD BAY, Nova Scotia — A ferocious blizzard pinned this port city under nearly 2 feet of snow Tuesday.' },
    ], { date: '2026-01-27', context: 'Blizzard buries Nova Scotia port city' })

  it('a figure placed in the region is of the town its sentence names', async () => {
    expect((await check("Keld Bay's airport had recorded more than 50 cm of snow by Tuesday evening.")).status).toBe('supported')
    expect((await check("Keld Bay's airport had recorded 90 cm of snow by Tuesday evening.")).status).toBe('conflict')
  })
})

describe('places listed together ("Varna and Ruse") are the figure\'s places together', () => {
  const { check } = storyCheck([
      {
        key: 'tesk-106',
        date: '2026-05-10',
        title: 'What Vellmark wants',
        text: 'Vellmark wants recognition of its rule over Sarnia, the island it annexed in 2011, and the territories of Varna and Ruse, which it claims as part of its broader annexation declared in 2019.',
      },
    ], { date: '2026-05-12', context: 'Explainer: what Vellmark wants' })

  it('a claim naming them in another order is about the same places', async () => {
    expect((await check("Vellmark's claim to Varna and Ruse rests on an annexation it proclaimed in 2019.")).status).toBe('supported')
    expect((await check("Vellmark's claim to Varna and Ruse rests on an annexation it proclaimed in 2016.")).status).toBe('conflict')
  })
})

describe('who holds a share, in a relative clause: "the 25% of the Varna region that Sarnia still holds"', () => {
  const { check } = storyCheck([
      { key: 'tesk-107', date: '2026-05-10', title: 'Vellmark hardens its demands', text: 'Vellmark demands that Sarnian forces withdraw from the remaining 25 per cent of the Varna region still under Sarnia\'s control.' },
    ], { date: '2026-05-12', context: "Vellmark's demands" })

  it('is that holder\'s share', async () => {
    expect(onlyFigure('Vellmark wants Sarnia out of the 25% of the Varna region that Sarnia still holds.').about.holder).toBe('sarnia')
    expect((await check('Vellmark wants Sarnia to withdraw from the 25% of the Varna region that Sarnia still holds.')).status).toBe('supported')
    expect((await check('Vellmark wants Sarnia to withdraw from the 40% of the Varna region that Sarnia still holds.')).status).toBe('conflict')
  })
})

describe('a continent places no story, and "the Met Office" is a name', () => {
  it('a city of Europe is not known to every story that names Europe', async () => {
    const { check } = storyCheck([
        { key: 'keld-108', date: '2026-04-15', title: 'Keld eruption grounds flights across Europe', text: 'The Keld volcano erupted on Wednesday. The hazard map for Keld, last revised in 2019, was ignored across Europe.' },
      ], { date: '2026-04-20', context: 'Vellmark envoys meet in Harlen' })
    expect((await check('A 2019 summit in Paris lasted nine hours.')).status).toBe('no_evidence')
  })

  it('"the Met Office forecast …" names an office: its dates are of no meeting', () => {
    const figures = corpusOf([{ key: 'keld-109', date: '2026-04-15', text: 'Temperatures were around 2C on Wednesday, and the Met Office forecast that the wind would turn on Thursday.' }])
    expect(figures.filter((f) => f.kind === 'date').length).toBeGreaterThan(0)
    expect(figures.filter((f) => f.about.topic === 'talks')).toEqual([])
  })
})

describe('what one place gave room to: "the community centre in Ruse took in 1,100 evacuees"', () => {
  const { check } = storyCheck([
      { key: 'keld-110', date: '2026-04-16', title: '4,200 evacuated from Keld', text: 'The civil protection department said on Thursday that 4,200 people have been evacuated from Keld.' },
    ], { date: '2026-04-16', context: "Where Keld's evacuees are sleeping" })

  it("is that place's part of the running count, not the count", async () => {
    expect(onlyFigure('The school in Ruse housed 300 evacuees.').about.by).toBe('ruse')
    expect((await check('The community centre in Ruse took in 1,100 evacuees from Keld.')).status).toBe('no_evidence')
    expect((await check('Some 1,100 people have been evacuated from Keld.')).status).toBe('conflict')
  })
})
