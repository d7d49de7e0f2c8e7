/**
 * A conflict needs the same quantity of the same occurrence at the same time, not just the same measure: a date
 * after "since" is a reference point, a long event has many dates, homes are a part of the structures, and a report
 * cannot speak of a day after it was published, nor of a level reached after it; a capacity is not a count on
 * board, nor a town's count its region's. Each rule is checked both ways: the different figure that is not a
 * conflict, and the same kind of figure that still is one. Our own invented stories.
 */
import { checkText, createMemoryLookup, extractCorpusFigures, setAliases, type CorpusFigure } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'renwick-00',
    date: '2026-04-05',
    title: 'Homes lost as fire spreads from Renwick paper mill',
    text: 'Twelve homes have been destroyed by the Renwick mill fire.',
  },
  {
    key: 'renwick-01',
    date: '2026-04-06',
    title: 'Fire at Renwick paper mill',
    text:
      'A fire broke out at the Renwick paper mill on Saturday. ' +
      'The Renwick mill fire has destroyed 40 structures, officials said on Monday. ' +
      'It is the worst fire in Renwick since 1998.',
  },
  {
    key: 'renwick-02',
    date: '2026-04-08',
    title: 'Renwick mill fire: hundreds leave their homes',
    text: 'About 600 people have been evacuated from Renwick because of the mill fire.',
  },
]

const corpus: CorpusFigure[] = corpusOf(SOURCES)
const lookup = createMemoryLookup(corpus)
const CONTEXT = 'Fire at Renwick paper mill'
const check = (text: string, date = '2026-04-09') => checkText(text, { date, context: CONTEXT, lookup })

describe('a conflict needs the same quantity of the same occurrence at the same time', () => {
  it('a year after "since" is a reference point, not the date of the fire', async () => {
    const result = await check('The Renwick mill fire was the worst in the town since 2005.')
    expect(result.status).not.toBe('conflict')
  })

  it('a day during a long event is not contradicted by the day it broke out', async () => {
    const result = await check('Crews were still at the Renwick mill fire on Sunday as it spread.')
    expect(result.status).not.toBe('conflict')
  })

  it('two dates of the start of the same fire still conflict', async () => {
    const result = await check('The Renwick mill fire broke out on Thursday.')
    expect(result.status).toBe('conflict')
  })

  it('fewer homes than structures destroyed is no conflict: homes are a part of the structures', async () => {
    const result = await check('The Renwick mill fire has destroyed 30 homes.')
    expect(result.status).not.toBe('conflict')
  })

  it('an older report of homes does not lead when a newer one counts structures: a running tally stands at its latest report', async () => {
    const result = await check('The Renwick mill fire has destroyed 30 homes.')
    const evidence = result.figures[0].evidence
    expect(evidence.map((item) => item.source)).toContain('renwick-00')
    expect(evidence.every((item) => item.superseded)).toBe(true)
    expect(result.status).toBe('no_evidence')
  })

  it('more homes than structures destroyed is a conflict', async () => {
    const result = await check('The Renwick mill fire has destroyed 60 homes.')
    expect(result.status).toBe('conflict')
  })

  it('a figure dated after a report was published is not contradicted by that report', async () => {
    const result = await check('About 900 people were still evacuated from Renwick on Friday.', '2026-04-12')
    expect(result.status).not.toBe('conflict')
  })

  it('a level reached by the claim\'s date ("has now risen to") is not refuted by a lower level reported earlier', async () => {
    const result = await check('The number of people evacuated from Renwick has now risen to 900.', '2026-04-12')
    expect(result.status).not.toBe('conflict')
  })

  it('a risen level below the one reported earlier is still a conflict', async () => {
    const result = await check('The number of people evacuated from Renwick has now risen to 400.', '2026-04-12')
    expect(result.status).toBe('conflict')
  })

  it('the same figure with no later date is a conflict', async () => {
    const result = await check('About 900 people have been evacuated from Renwick.', '2026-04-12')
    expect(result.status).toBe('conflict')
  })
})

describe('what a thing can hold is not what it held', () => {
  const ferry = extractCorpusFigures({
    key: 'ardmore-01',
    date: '2026-05-12',
    title: 'Ardmore ferry runs aground off Kilbeg',
    text: 'The Ardmore ferry was carrying 180 passengers when it ran aground off Kilbeg on Tuesday.',
  })
  const ferryLookup = createMemoryLookup(ferry)
  const checkFerry = (text: string) => checkText(text, { date: '2026-05-13', context: 'Ardmore ferry runs aground off Kilbeg', lookup: ferryLookup })

  it('a capacity is neither refuted nor supported by the count on board', async () => {
    expect((await checkFerry('The Ardmore ferry is licensed to carry 350 passengers.')).status).toBe('no_evidence')
    expect((await checkFerry('The Ardmore ferry is licensed to carry 180 passengers.')).status).toBe('no_evidence')
  })

  it('another count on board is a conflict', async () => {
    expect((await checkFerry('The Ardmore ferry was carrying 240 passengers when it ran aground.')).status).toBe('conflict')
  })
})

describe('one place two stories both mention does not make them one story', () => {
  const sources = [
    {
      key: 'tarsk-01',
      date: '2026-02-10',
      title: 'Tarsk dam talks in Vienna',
      text:
        'Talks on the Tarsk dam opened in Vienna on Monday between Velmar and Ostrava. The mediators tabled a 12-point framework for ' +
        'the Tarsk dam. Velmar and Ostrava both want more water from the Tarsk reservoir.',
    },
    {
      key: 'orlen-01',
      date: '2026-02-09',
      title: 'Orlen peace plan presented',
      text: 'The Orlen peace plan, presented to the Orlen parliament on Sunday, has 20 points. Its authors met donors in Vienna last year.',
    },
  ]
  const lookup2 = createMemoryLookup(corpusOf(sources))

  it("another story's plan that only shares a city is neither support nor conflict", async () => {
    const result = await checkText('The mediators brought a 20-point framework to the Tarsk dam talks.', { date: '2026-02-12', context: 'Tarsk dam talks', lookup: lookup2 })
    expect(result.figures[0].evidence.map((item) => item.source)).not.toContain('orlen-01')
    expect(result.status).toBe('conflict')
  })
})

describe('a count at a place and one at a place within it are a part and a whole', () => {
  beforeAll(() => setAliases({ Ruhr: ['Essen', 'Dortmund'] }))
  afterAll(() => setAliases(undefined))
  const checkStorm = async (text: string) => {
    const corpus = extractCorpusFigures({
      key: 'kira-01',
      date: '2026-06-03',
      title: 'Storm Kira hits the Ruhr',
      text: 'Storm Kira has cut power to 40,000 homes in the Ruhr, the grid operator said on Tuesday.',
    })
    return checkText(text, { date: '2026-06-04', context: 'Storm Kira hits the Ruhr', lookup: createMemoryLookup(corpus) })
  }

  it("a town's count is not refuted by its region's", async () => {
    expect((await checkStorm('Storm Kira has cut power to 9,000 homes in Essen.')).status).not.toBe('conflict')
  })

  it('another count for the same region is a conflict', async () => {
    expect((await checkStorm('Storm Kira has cut power to 60,000 homes in the Ruhr.')).status).toBe('conflict')
  })
})

describe('a one-off event on another day is another occurrence', () => {
  const talks = [
    {
      key: 'ostvale-01',
      date: '2026-03-04',
      title: 'Ostvale ferry talks collapse after nine-hour session',
      text: 'Talks between the Ostvale ferry crews and Marrow Lines broke up without agreement on Tuesday after a nine-hour session in Dunmere.',
    },
    {
      key: 'ostvale-02',
      date: '2026-03-07',
      title: 'Ostvale ferry crews accept Marrow Lines offer',
      text: 'The Ostvale ferry crews and Marrow Lines agreed a pay deal on Friday at the end of a 15-hour negotiating session in Dunmere.',
    },
    {
      key: 'ostvale-03',
      date: '2026-03-07',
      title: 'Ostvale ferry deal',
      text: 'The Ostvale ferry crews and Marrow Lines agreed a pay deal after a 13-hour negotiating session in Dunmere.',
    },
  ]
  const talksLookup = createMemoryLookup(corpusOf(talks))
  const checkTalks = (text: string) => checkText(text, { date: '2026-03-08', context: 'Ostvale ferry crews accept Marrow Lines offer', lookup: talksLookup })

  it('the session that ended in a deal is not refuted by the one that broke up days earlier', async () => {
    const result = await checkTalks('The Ostvale ferry deal came after a 15-hour negotiating session with Marrow Lines.')
    const sources = result.figures.flatMap((figure) => figure.evidence.filter((e) => e.relation === 'conflicts').map((e) => e.source))
    expect(sources).not.toContain('ostvale-01')
  })

  it('an undated report of a different length of the same session still conflicts', async () => {
    const result = await checkTalks('The Ostvale ferry deal came after a 15-hour negotiating session with Marrow Lines.')
    const sources = result.figures.flatMap((figure) => figure.evidence.filter((e) => e.relation === 'conflicts').map((e) => e.source))
    expect(sources).toContain('ostvale-03')
  })
})

describe('what a figure is of: the subject of its verb, a part of a whole, a country against a district', () => {
  const sources = [
    {
      key: 'quillan-01',
      date: '2026-05-12',
      title: 'Quillan summit ends with a harbour accord',
      text:
        'Leaders at the Quillan summit in Port Aderyn talked for six hours on Monday. ' +
        'The harbour accord they signed has 16 points. ' +
        'The accord sets up a €3bn harbour fund, and €900m of the fund will come from the port authority.',
    },
    {
      key: 'quillan-02',
      date: '2026-05-14',
      title: 'Fever cases climb in Tarnow district',
      text:
        'Health officials in Tarnow district confirmed 640 cases of marsh fever on Wednesday. ' +
        'Tarnow is home to about 220,000 people. About 90,000 residents have been vaccinated.',
    },
  ]
  const corpus = corpusOf(sources)
  const lookup = createMemoryLookup(corpus)
  const summit = (text: string) => checkText(text, { date: '2026-05-15', context: 'Quillan summit ends with a harbour accord', lookup })
  const fever = (text: string, context = 'Fever cases climb in Tarnow district') => checkText(text, { date: '2026-05-15', context, lookup })

  it("a speech's length is not the talks' length, though the talks come after it in the sentence", async () => {
    expect((await summit("The mayor's speech to the Quillan summit before the talks lasted 20 minutes.")).status).toBe('no_evidence')
  })

  it('the talks themselves still conflict', async () => {
    expect((await summit('The talks at the Quillan summit in Port Aderyn lasted two hours.')).status).toBe('conflict')
  })

  it("another document's points are not the accord's, though the accord is named after it", async () => {
    expect((await summit('The fishermen’s counter-proposal to the harbour accord ran to 30 points.')).status).toBe('no_evidence')
  })

  it("the accord's own points still conflict", async () => {
    expect((await summit('The harbour accord signed at Quillan ran to 12 points.')).status).toBe('conflict')
  })

  it('a part of a fund is not the size of the fund', async () => {
    const result = await summit('€3bn of the fund will come from national governments.')
    expect(result.figures[0].evidence.map((item) => item.figure.text)).not.toContain('€3bn')
    expect(result.figures[0].measure).toBe('amount of the part of the fund')
  })

  it('the same part of the fund from the same contributor still conflicts', async () => {
    expect((await summit('€2bn of the fund will come from the port authority.')).status).toBe('conflict')
  })

  it('residents who did something are not the population', async () => {
    expect((await fever('About 90,000 residents of Tarnow have been vaccinated.')).status).toBe('supported')
    const other = await fever('About 150,000 residents of Tarnow have been vaccinated.')
    expect(other.figures[0].evidence.map((item) => item.figure.text)).toEqual(['About 90,000 residents'])
  })

  it('the population still conflicts', async () => {
    expect((await fever('Tarnow is home to about 400,000 people.')).status).toBe('conflict')
  })

  it("a country's count is not refuted by a district's", async () => {
    const result = await fever('Moldova has recorded 90 cases of marsh fever this year.', 'Marsh fever: a regional problem')
    expect(result.status).not.toBe('conflict')
  })
})

describe('an end a day after a start is the same meeting past midnight', () => {
  const lookup = createMemoryLookup(corpusOf([{
    key: 'vessel-01',
    date: '2026-06-20',
    title: 'Harbour pay talks in Kelder',
    text: 'Pay talks between the Kelder harbour board and the pilots union were held on 17 June in Kelder.',
  }]))
  const check = (text: string) => checkText(text, { date: '2026-06-21', context: 'Harbour pay talks in Kelder', lookup })

  it('talks that concluded the day after the date they were held on do not conflict', async () => {
    expect((await check('The Kelder pay talks concluded on 18 June.')).status).not.toBe('conflict')
  })

  it('talks held days later still conflict', async () => {
    expect((await check('The Kelder pay talks were held on 12 June.')).status).toBe('conflict')
  })
})

describe('a later report of a running tally that no longer writes the name the claim uses', () => {
  const sources = [
    { key: 'sorn-01', date: '2026-02-01', title: 'Five dead as Varen Bridge falls in Sornby', text: 'Five people died when the Varen Bridge collapsed in Sornby, the Kellow county police said. Rescuers from Sornby and Brannock searched the river.' },
    { key: 'sorn-02', date: '2026-02-03', title: 'Sornby toll rises to eleven', text: 'The death toll in Sornby has risen to 11, the Kellow county police said. Divers from Brannock recovered two more bodies.' },
  ]
  const lookup = createMemoryLookup(corpusOf(sources))
  const check = (text: string, date: string) => checkText(text, { date, context: 'Why did the Varen Bridge fall?', lookup })

  it('a claim repeating the first toll after the later report is refuted by it', async () => {
    const result = await check('The death toll from the collapse stands at five.', '2026-02-04')
    expect(result.status).toBe('conflict')
    expect(result.figures[0].evidence[0].source).toBe('sorn-02')
  })

  it('the same claim before the later report is supported', async () => {
    expect((await check('The death toll from the collapse stands at five.', '2026-02-02')).status).toBe('supported')
  })
})

describe('a claim sentence that tells two figures apart, a place abroad, a negation, a passive cut, a date read either way', () => {
  const sources = [
    {
      key: 'orla-01',
      date: '2026-03-05',
      title: 'Orla harbour accord signed in Lisbon',
      text:
        'Negotiators in Lisbon cut the original 30-point Orla harbour plan to a revised 18-point accord on 3 March. ' +
        'The Orla talks in Lisbon lasted six hours. ' +
        'The fishermen still control 40 per cent of the Orla bay under the accord. ' +
        'The Orla accord was annexed to the treaty in 2019.',
    },
  ]
  const lookup = createMemoryLookup(corpusOf(sources))
  const check = (text: string, date = '2026-03-06') => checkText(text, { date, context: 'Orla harbour accord signed in Lisbon', lookup })

  it("a figure supported as the sentence's other figure does not refute this one", async () => {
    const result = await check('Eighteen points: that is what is left of the original 30-point Orla plan.')
    expect(result.status).not.toBe('conflict')
    expect(result.figures.find((f) => f.text === '30-point')?.status).toBe('supported')
  })

  it('the other figure still refutes a wrong one', async () => {
    expect((await check('The original Orla harbour plan had 25 points.')).status).toBe('conflict')
  })

  it('talks in a place of another country are not the story’s talks, though both countries hold places of it', async () => {
    expect((await check('The Orla consultations in Boston ran for four hours.')).status).toBe('no_evidence')
  })

  it('a share "no longer under" someone is not their share', async () => {
    expect((await check('Roughly 60 per cent of the Orla bay is no longer under the fishermen’s control.')).status).not.toBe('conflict')
  })

  it('points cut from a plan are a change, not the plan’s size', async () => {
    expect((await check('Twelve points were cut from the original Orla plan.')).status).not.toBe('conflict')
  })

  it('a numeric date with no known order is read the way that falls near the claim’s date', async () => {
    expect((await check('The Orla accord was signed in Lisbon on 3/3/2026.')).status).toBe('supported')
    const later = await check('The Orla accord takes effect in Lisbon on 3/12/2026.')
    expect(later.figures[0]?.iso?.from).toBe('2026-03-12')
    // 3 February and 2 March both fall near 6 March: read neither way
    expect((await check('The Orla accord was signed in Lisbon on 2/3/2026.')).status).toBe('no_figures')
  })
})

describe('a running tally of a period is not known before the period ends', () => {
  const sources = (published: string) => [
    {
      key: 'ferrow-01',
      date: published,
      title: 'Ferrow Rail braces for more strikes',
      text: 'Drivers at Ferrow Rail walked out for six days in the spring. The strike cost Ferrow Rail £12m, chief executive Ana Polder said.',
    },
  ]
  const checkWith = (published: string) =>
    checkText('The June walkout cost Ferrow Rail £5m.', { date: '2026-07-10', context: 'Ferrow Rail strike', lookup: createMemoryLookup(corpusOf(sources(published))) })

  it('an undated cost in a report written during the month does not refute the month\'s cost', async () => {
    expect((await checkWith('2026-06-07')).status).not.toBe('conflict')
  })

  it('the same report written after the month ends still refutes it', async () => {
    expect((await checkWith('2026-07-08')).status).toBe('conflict')
  })
})

describe('how many are out on the ground is a running count, and a party’s contribution is a part of it', () => {
  const sources = [
    { key: 'brena-01', date: '2026-07-10', title: 'Brena forest fire spreads', text: 'Some 600 firefighters were battling the Brena forest fire on Friday.' },
    { key: 'brena-02', date: '2026-07-12', title: 'Brena forest fire: reinforcements arrive', text: 'More than 1,400 firefighters, backed by 30 aircraft, are now working on the Brena forest fire.' },
  ]
  const lookup = createMemoryLookup(corpusOf(sources))
  const check = (text: string, date = '2026-07-13') => checkText(text, { date, context: 'Brena forest fire', lookup })

  it('the latest count stands whatever the firefighters are said to be doing', async () => {
    expect((await check('About 1,500 firefighters are tackling the Brena forest fire.')).status).toBe('supported')
    expect((await check('Some 600 firefighters are tackling the Brena forest fire.')).status).toBe('conflict')
  })

  it("a country's contribution is not the whole count", async () => {
    expect((await check('Portugal sent 240 firefighters to the Brena forest fire.')).status).toBe('no_evidence')
  })

  it('firefighters who died are a part of the death toll, not the count deployed', async () => {
    expect((await check('Two firefighters died fighting the Brena forest fire.')).figures[0].measure).toMatch(/death toll/)
  })
})

describe('a claim that names only countries', () => {
  const sources = [
    { key: 'pact-01', date: '2026-09-01', title: 'Chile and Peru weigh a 12-point water plan', text: 'Chile and Peru are discussing a 12-point plan to share the Lauca river.' },
    { key: 'pact-02', date: '2026-09-02', title: 'Chile unveils 30-point mining plan', text: 'Chile unveiled a 30-point plan for its copper mines in Calama.' },
  ]
  const lookup = createMemoryLookup(corpusOf(sources))

  it('is answered by the one story that names all of them', async () => {
    const result = await checkText('The plan ran to 14 points.', { date: '2026-09-03', context: 'What the Chile–Peru plan says', lookup })
    expect(result.status).toBe('conflict')
    expect(result.figures[0].evidence[0].source).toBe('pact-01')
  })

  it('is ambiguous where one country is named and two stories name it', async () => {
    const result = await checkText('The plan ran to 14 points.', { date: '2026-09-03', context: 'What the Chile plan says', lookup })
    expect(result.status).toBe('no_evidence')
    expect(result.figures[0].reason).toMatch(/ambiguous/)
  })
})
