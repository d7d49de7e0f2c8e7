/**
 * Support ties: a report states the claim's amount in other words and is tied to the claim by the people both name,
 * by the words of the figure's own clause, or, in a story placed only in a country, by nearly all the claim's words.
 * Each rule is checked both ways. Our own invented stories.
 */
import { checkText, createMemoryLookup } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'velmora-01',
    date: '2026-03-11',
    title: 'Velmora ceasefire talks end without agreement',
    text:
      'Mediators Anneke Vosberg and Tomas Brandlin held six hours of discussions with Premier Ilse Harkova in Velmora on Tuesday, officials said. ' +
      'Premier Ilse Harkova later addressed parliament for six hours on the budget. ' +
      'Anti-corruption officers searched the offices of the Orvane Group in connection with an alleged €40 million bribery scheme.',
  },
  {
    key: 'ferry-01',
    date: '2026-04-02',
    title: 'Ferry sinks off the coast of Norway',
    text:
      'A passenger ferry sank in a storm off the coast of Norway on Wednesday. ' +
      'Three of the lifeboats capsized against the harbour breakwater, the coastguard said. ' +
      'Three divers joined the search on Thursday.',
  },
]
const lookup = createMemoryLookup(corpusOf(SOURCES))
const check = (text: string, context: string, date = '2026-03-12') => checkText(text, { date, context, lookup })

describe('two people named at both figures tie a same amount to one moment', () => {
  const CONTEXT = 'Inside the Velmora marathon that ended without a deal'
  it('the same length of time, with the same two people at the table, supports the claim', async () => {
    const result = await check('For some 360 minutes, Ilse Harkova sat facing Anneke Vosberg and Tomas Brandlin.', CONTEXT)
    expect(result.status).toBe('supported')
    expect(result.figures[0].evidence[0].quote).toMatch(/Mediators/)
  })
  it('one person named at both is no tie: the same length of time may be another of hers', async () => {
    const result = await check('For some 360 minutes, Ilse Harkova sat facing the cabinet.', CONTEXT)
    expect(result.status).toBe('no_evidence')
  })
  it('another amount with the same people is no conflict either', async () => {
    const result = await check('For some 300 minutes, Ilse Harkova sat facing Anneke Vosberg and Tomas Brandlin.', CONTEXT)
    expect(result.status).toBe('no_evidence')
  })
})

describe("the words of the figure's own clause may be what a report repeats", () => {
  const CONTEXT = 'Orvane Group chairman quits after anti-corruption search in Velmora'
  it("a long sentence whose figure's clause the report repeats is supported", async () => {
    const result = await check(
      "The Orvane Group's longtime chairman, whose offices were searched over an alleged €40 million fraud, stepped down shortly before the shareholders' annual general meeting.",
      CONTEXT,
    )
    expect(result.status).toBe('supported')
    // (a fraud and a bribery scheme are kindred acts: the measure finds it before the value does)
    expect(result.figures[0].evidence[0].quote).toMatch(/bribery scheme/)
  })
  it('a clause that repeats nothing of the report is not', async () => {
    const result = await check(
      "The Orvane Group's longtime chairman, who quietly donated €40 million to the national fraud office, stepped down shortly before the shareholders' annual general meeting.",
      CONTEXT,
    )
    expect(result.status).toBe('no_evidence')
  })
})

describe('a claim placed only in a country needs nearly all its words repeated', () => {
  const CONTEXT = 'Dozens rescued as ferry sinks off Norway'
  it('a small number with the claim\'s words repeated nearly all supports it', async () => {
    const result = await check('Three of the boats capsized against the harbour breakwater.', CONTEXT, '2026-04-03')
    expect(result.status).toBe('supported')
    expect(result.figures[0].reason).toMatch(/same amount/)
  })
  it('a small number with only some of the words is anyone\'s', async () => {
    const result = await check('Three of the boats sank near the harbour.', CONTEXT, '2026-04-03')
    expect(result.status).toBe('no_evidence')
  })
})

const TALKS = [
  {
    key: 'vienna-01',
    date: '2026-03-03',
    title: 'Grain corridor talks in Vienna end without deal',
    text:
      'Negotiations on reopening the grain corridor stalled after a new round of talks in Vienna concluded on 2 March without agreement, diplomats said. ' +
      'Envoys from Talvia and Korvenia met for nine hours.',
  },
  {
    key: 'madrid-01',
    date: '2026-03-05',
    title: 'Madrid taxi drivers end strike',
    text: 'Taxi drivers in Madrid ended their strike after talks with the city council concluded on Wednesday, the union said. Fares will rise 4% in April.',
  },
]
const talks = createMemoryLookup(corpusOf(TALKS))
const checkTalks = (text: string, context: string) => checkText(text, { date: '2026-03-06', context, lookup: talks })

describe("a city the context writes before the claim's measure word is where the claim's event happened", () => {
  it('"Vienna talks … Madrid diplomats told": the talks are the Vienna ones, and another day refutes the claim', async () => {
    const result = await checkTalks('The talks took place on 5 March.', 'Vienna talks end in stalemate, Madrid diplomats told')
    expect(result.status).toBe('conflict')
    expect(result.figures[0].evidence.map((e) => e.source)).toEqual(['vienna-01'])
  })
  it('a context naming both cities for no event leaves the talks unplaced: no conflict', async () => {
    const result = await checkTalks('The talks took place on 5 March.', 'Talks end in stalemate, Madrid and Vienna diplomats told')
    expect(result.status).toBe('no_evidence')
  })
  it('talks placed in the other city are not the Vienna talks', async () => {
    const result = await checkTalks('The talks took place on 5 March.', 'Madrid talks end in stalemate, Vienna diplomats told')
    expect(result.figures[0].evidence.some((e) => e.source === 'vienna-01')).toBe(false)
  })
})

const HALVARD = [
  {
    key: 'halvard-01',
    date: '2026-02-26',
    title: 'Halvard Mills posts higher profit',
    text:
      'Halvard Mills said on Thursday that its earnings for the year to 31 December 2025 rose to €84m from €71m a year earlier. ' +
      'The Tampere-based paper maker employs 3,100 people.',
  },
]
const halvard = createMemoryLookup(corpusOf(HALVARD))
const checkHalvard = (text: string) => checkText(text, { date: '2026-02-27', context: 'Halvard Mills results', lookup: halvard })

describe('the amount a change started from is the earlier period\'s', () => {
  it('"rose to €84m from €71m" does not support €71m in the year the report is about', async () => {
    const result = await checkHalvard("Halvard Mills' earnings slipped to €71m in 2025.")
    expect(result.figures[0].status).toBe('no_evidence')
  })
  it('a claim stating the same start of the change is supported', async () => {
    const result = await checkHalvard("Halvard Mills' earnings climbed from €71m to €84m in 2025.")
    expect(result.figures.find((f) => f.evidence.some((e) => e.figure.text === '€71m'))?.status).toBe('supported')
  })
  it('a claim naming no period is supported by it', async () => {
    const result = await checkHalvard("Halvard Mills' earnings were €71m.")
    expect(result.status).toBe('supported')
  })
})

const MARROW = [
  {
    key: 'marrow-01',
    date: '2026-05-09',
    title: 'Tornado hits Marrow Creek',
    text:
      'A twister tore through Marrow Creek on Friday, officials said. ' +
      'Insurers estimate claims from the twister at €23m, mostly for damaged homes. Power was cut to much of the town.',
  },
]
const marrow = createMemoryLookup(corpusOf(MARROW))
const checkMarrow = (text: string) => checkText(text, { date: '2026-05-10', context: 'Marrow Creek tornado', lookup: marrow })

describe('words are compared by their class: a synonym is a repeated word', () => {
  it('"tornado … houses" repeats "twister … homes"', async () => {
    const result = await checkMarrow('The tornado will cost €23m in damaged houses.')
    expect(result.status).toBe('supported')
    expect(result.figures[0].reason).toMatch(/same amount/)
  })
  it('other words are not repeated by it', async () => {
    const result = await checkMarrow('The blizzard will cost €23m in damaged cars.')
    expect(result.status).toBe('no_evidence')
  })
})

const DUNMORE = [
  {
    key: 'dunmore-01',
    date: '2026-07-15',
    title: 'Heatwave fans Dunmore wildfire',
    text: 'A wildfire spread through the hills above Dunmore on Tuesday. Thermometers read 41C on Tuesday and gusts of up to 70 km/h fanned the flames.',
  },
]
const dunmore = createMemoryLookup(corpusOf(DUNMORE))
const checkDunmore = (text: string) => checkText(text, { date: '2026-07-15', context: 'Dunmore wildfire', lookup: dunmore })

describe('a measurement stated for the same day at both figures is one reading', () => {
  it('"106°F on Tuesday" is "41C on Tuesday" (and "up to" after an "and" is the gusts\', not the reading\'s)', async () => {
    const result = await checkDunmore('The mercury hit 106°F on Tuesday.')
    expect(result.figures[0].status).toBe('supported')
    expect(result.figures[0].reason).toMatch(/same amount/)
  })
  it('another day is another reading', async () => {
    const result = await checkDunmore('The mercury hit 106°F on Monday.')
    expect(result.figures[0].status).toBe('no_evidence')
  })
  it('a hedged amount is near many readings: the day alone does not tie it', async () => {
    const result = await checkDunmore('The mercury hit about 100°F on Tuesday.')
    expect(result.figures[0].status).toBe('no_evidence')
  })
  it('no day stated: the words must be repeated', async () => {
    const result = await checkDunmore('The mercury hit 106°F.')
    expect(result.figures[0].status).toBe('no_evidence')
  })
})

const PORTLOW = [
  {
    key: 'portlow-01',
    date: '2026-06-02',
    title: 'Portlow harbour to reopen',
    text: 'Transport minister Alys Penhaligon announced a €3m fund on Monday to reopen the storm-hit harbour at Portlow by August.',
  },
]
const portlow = createMemoryLookup(corpusOf(PORTLOW))
const checkPortlow = (text: string) => checkText(text, { date: '2026-06-03', context: 'Portlow harbour to reopen after storm', lookup: portlow })

describe('the particle of a phrasal verb ("set aside") is no word to repeat', () => {
  it('"set aside €3m to help the harbour reopen" repeats enough of "a €3m fund to reopen the harbour"', async () => {
    const result = await checkPortlow('The government has set aside €3m to help the harbour reopen.')
    expect(result.status).toBe('supported')
    expect(result.figures[0].reason).toMatch(/same amount/)
  })
  it('the same amount for something the report does not say is not supported', async () => {
    const result = await checkPortlow('The government has set aside €3m to help the fishermen.')
    expect(result.status).toBe('no_evidence')
  })
})

describe('people named at both figures do not tie a count', () => {
  const SOURCES2 = [
    {
      key: 'velmora-02',
      date: '2026-03-11',
      title: 'Velmora mediators press on',
      text: 'Mediators Anneke Vosberg and Tomas Brandlin told Premier Ilse Harkova they would bring three advisers to the next round in Velmora.',
    },
  ]
  const lookup2 = createMemoryLookup(corpusOf(SOURCES2))
  it('"three meetings" of the same people is not "three advisers"', async () => {
    const result = await checkText('Ilse Harkova held three meetings with Anneke Vosberg and Tomas Brandlin.', {
      date: '2026-03-12',
      context: 'Inside the Velmora marathon that ended without a deal',
      lookup: lookup2,
    })
    expect(result.status).toBe('no_evidence')
  })
})

const BRACKWELL = [
  {
    key: 'brackwell-01',
    date: '2026-02-10',
    title: 'Brackwell counts cost of floods',
    text: 'Insurers estimate flood losses in Brackwell at €14m, the council said on Tuesday.',
  },
]
const brackwell = createMemoryLookup(corpusOf(BRACKWELL))
const checkBrackwell = (text: string) => checkText(text, { date: '2026-02-11', context: 'Brackwell floods', lookup: brackwell })

describe("a sentence's capitalised first word is a word to repeat unless it is a name", () => {
  it('"Insurers face a €14m bill over the floods" repeats "insurers" and "flood"', async () => {
    const result = await checkBrackwell('Insurers face a €14m bill over the Brackwell floods.')
    expect(result.status).toBe('supported')
    expect(result.figures[0].reason).toMatch(/same amount/)
  })
  it('a first word that names the story is no repeated word', async () => {
    const result = await checkBrackwell('Brackwell faces a €14m bill over the floods.')
    expect(result.status).toBe('no_evidence')
  })
})
