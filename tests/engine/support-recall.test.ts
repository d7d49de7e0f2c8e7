/**
 * Support recall: a claim stating what a report states, in other words, is supported; the same wording about
 * another period, story or thing is not. Each rule is checked both ways. Our own invented stories.
 */
import { checkText, createMemoryLookup, extractClaims, type CorpusFigure } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'
import { namesOf } from '../../src/factcheck/engine/measures/entities.js'

const SOURCES = [
  {
    key: 'ostrava-01',
    date: '2026-02-20',
    title: 'Marvik Foods results: profit slides as costs bite',
    text:
      'Marvik Foods said on Thursday that its net profit fell to €214m from €260m a year earlier. ' +
      'Revenue rose 2.4% to €3.9bn, the Prague-based group said.',
  },
]

const corpus: CorpusFigure[] = corpusOf(SOURCES)
const lookup = createMemoryLookup(corpus)
const CONTEXT = 'Marvik Foods cuts jobs after a difficult year'
const check = (text: string, date = '2026-02-21') => checkText(text, { date, context: CONTEXT, lookup })

describe('a figure of a report with no date in its sentence is about the period the report covers', () => {
  it('a year that ended weeks before an annual report is the year the report is about', async () => {
    const result = await check("Marvik Foods' net profit fell to €214m in 2025.")
    expect(result.status).toBe('supported')
  })

  it('a year long before the report is another year', async () => {
    const result = await check("Marvik Foods' net profit fell to €214m in 2023.")
    expect(result.status).toBe('no_evidence')
  })
})

const AALBORG = [
  {
    key: 'aalborg-01',
    date: '2026-05-10',
    title: 'North Sea hydrogen fund agreed in Aalborg',
    text:
      'Leaders of six North Sea countries agreed in Aalborg on Saturday to set up a €2bn hydrogen fund. ' +
      'Of the €2bn, €1.2bn will come from the EU budget and €300m from Denmark, officials said. ' +
      'The harbour at Aalborg recorded 48mm of rain in the 24 hours to Saturday morning. ' +
      'Coastguards sent two helicopters and nine lifeboats to the harbour. ' +
      'Signatories will also build 12 hydrogen filling stations.\n\nRelated\n• Ferry fares set to rise 7%\n',
  },
  {
    key: 'aalborg-02',
    date: '2026-05-11',
    title: 'Aalborg summit: what was agreed',
    text:
      "The Aalborg pipeline will run 410 kilometres under the North Sea. Denmark's contribution of €300m was the largest outside the EU. " +
      "A record 12,418 visitors came to the summit's public day.",
  },
  {
    key: 'aalborg-03',
    date: '2026-05-11',
    title: 'Aalborg ferry hits pier',
    text: 'The Aalborg ferry Skagen hit the pier on Monday. Built in 2009, the vessel can reach 40 km/h in open water.',
  },
  {
    key: 'tarrin-01',
    date: '2026-05-09',
    title: 'Tarrin council approves harbour wall',
    text: 'Tarrin council approved a €300m harbour wall on Friday. The wall will be 2.4 kilometres long.',
  },
]
const aalborg = createMemoryLookup(corpusOf(AALBORG))
const checkAalborg = (text: string) =>
  checkText(text, { date: '2026-05-12', context: 'Nordic leaders agree North Sea hydrogen fund in Aalborg', lookup: aalborg })

describe('the same amount in other words supports a claim; it never refutes one', () => {
  it('the same amount in another unit, in a report of the story that repeats the claim\'s words, supports it', async () => {
    const result = await checkAalborg('Denmark will contribute €0.3bn to the fund.')
    expect(result.status).toBe('supported')
    expect(result.figures[0].evidence.map((e) => e.source)).toEqual(['aalborg-02'])
    expect(result.figures[0].reason).toMatch(/same amount/)
  })

  it('another amount under other words is no evidence, not a conflict', async () => {
    expect((await checkAalborg('Denmark will contribute €500m to the fund.')).status).toBe('no_evidence')
  })

  it('the same amount in another story is no evidence', async () => {
    expect((await checkAalborg('A €300m harbour wall was approved.')).status).toBe('no_evidence')
  })

  it('a related link under a report is not the report', async () => {
    expect((await checkAalborg('Ferry fares will rise 7% this summer.')).status).toBe('no_evidence')
  })

  it('what a thing can do is not what it did: a top speed does not support a speed on the day, another top speed does', async () => {
    expect((await checkAalborg('The Skagen was sailing at 40 km/h in open water.')).status).toBe('no_evidence')
    expect((await checkAalborg('The Skagen can reach 25 mph in open water.')).status).toBe('supported')
  })

  it('the noun a count counts is among the words compared ("12 hydrogen filling stations")', async () => {
    expect((await checkAalborg('The fund will pay for 12 hydrogen filling stations.')).status).toBe('supported')
  })

  it('an amount of four significant digits or more in the story needs no shared words', async () => {
    expect((await checkAalborg('Aalborg welcomed 12,418 guests.')).status).toBe('supported')
    expect((await checkAalborg('Aalborg welcomed 12,400 guests.')).status).toBe('no_evidence')
  })

  it('a count of people by what happened to them is not a count of things', async () => {
    expect((await checkAalborg('Nine people were rescued from the harbour by helicopter.')).status).toBe('no_evidence')
  })

  it('the window an amount was reached in ("in 24 hours") is not a figure to support', async () => {
    const result = await checkAalborg('Aalborg had 55mm of rain in 24 hours.')
    expect(result.figures.map((f) => f.status)).not.toContain('supported')
  })
})

describe('a length of time followed by "before" is how long something went on, unless it dates one event from another', () => {
  const dimension = (text: string) => extractClaims(text).flatMap((s) => s.figures)[0].about.dimension
  it.each([
    ['The talks lasted 11 hours before collapsing.', 'duration'],
    ['The jet flew for about five hours before landing at Keflavik.', 'duration'],
    ['The plan was leaked two weeks before the talks.', 'lead'],
  ])('%s → %s', (text, expected) => {
    expect(dimension(text)).toBe(expected)
  })
})

describe('a company is also called without its legal form, an event without its kind; a person keeps the surname', () => {
  it.each([
    ['brevant group', 'brevant'],
    ['cutler ridge fire', 'cutler ridge'],
    ['maria lopez', 'lopez'],
  ])('%s is also %s', (name, short) => {
    expect(namesOf(name)).toContain(short)
  })
})

describe('a plural common noun first in its sentence names nobody', () => {
  it('"Firefighting costs have hit …" is about no one called Firefighting', () => {
    const [figure] = extractClaims('Firefighting costs have hit $31 million.').flatMap((s) => s.figures)
    expect(figure.about.entities).toEqual([])
  })

  it('"Signatories aim to …" is about no one called Signatories', () => {
    const [figure] = extractClaims('Signatories aim to generate 45 per cent of their electricity from renewables.').flatMap((s) => s.figures)
    expect(figure.about.entities).toEqual([])
  })
})

const VALDERA = [
  {
    key: 'valdera-01',
    date: '2026-07-20',
    title: 'Wildfire near Valdera forces hundreds from their homes',
    text:
      'A wildfire near the village of Valdera has burned 4,100 hectares of pine forest. ' +
      'By Monday 900 firefighters, supported by 310 vehicles and 14 water-bombing aircraft, were fighting the Valdera fire.',
  },
]
const valderaLookup = createMemoryLookup(corpusOf(VALDERA))
const checkValdera = (text: string) => checkText(text, { date: '2026-07-21', context: 'Wildfire near Valdera', lookup: valderaLookup })

describe('the same amount of another counted thing supports nothing where the report counts the claimed thing apart', () => {
  it('"310 water-bombing aircraft" is not supported by "310 vehicles and 14 water-bombing aircraft"', async () => {
    const result = await checkValdera('Valdera has 310 water-bombing aircraft on standby this summer.')
    expect(result.status).not.toBe('supported')
  })

  it('a count of a noun the report does not count apart is still supported by the same amount ("310 fire trucks")', async () => {
    const result = await checkValdera('By Monday 310 fire trucks were supporting the 900 firefighters fighting the Valdera fire.')
    expect(result.figures.find((f) => f.value === 310)?.status).toBe('supported')
  })
})

const TARROWBY = [
  {
    key: 'tarrowby-04',
    date: '2025-10-24',
    title: 'Tarrowby dockers accept pay deal, ending strike',
    text:
      'Dockers at the Port of Tarrowby have voted to accept a two-year pay deal that ended this month\'s strike, the Port of Tarrowby said on Friday. ' +
      'The six-day walkout cost the operator an estimated £4.2m in lost revenue, according to its own figures.',
  },
]
const tarrowbyLookup = createMemoryLookup(corpusOf(TARROWBY))
const checkTarrowby = (text: string) => checkText(text, { date: '2025-10-25', lookup: tarrowbyLookup })

describe('an organisation named after the story\'s salient name is of that story, for support only', () => {
  it('"Tarrowby Port Holdings" is supported by the operator\'s cost in a report of the Port of Tarrowby', async () => {
    const result = await checkTarrowby('The stoppage cost Tarrowby Port Holdings around £4.2m in lost turnover.')
    expect(result.status).toBe('supported')
  })

  it('a different amount is no refutation on that tie alone', async () => {
    const result = await checkTarrowby('The stoppage cost Tarrowby Port Holdings around £7m in lost turnover.')
    expect(result.status).not.toBe('conflict')
  })

  it('an organisation named after another place is not of the story', async () => {
    const result = await checkTarrowby('The stoppage cost Denmoor Port Holdings around £4.2m in lost turnover.')
    expect(result.status).toBe('no_evidence')
  })
})


// --- story scoping: places named by their form, a context that names only its region, initials, a surname after 'from'
const BRENNOCK = [
  {
    key: 'brennock-01',
    date: '2026-01-12',
    title: 'Floods close schools across West Sussex',
    text:
      'Forty-two schools were closed across West Sussex on Monday as the River Brenn burst its banks. ' +
      'The river peaked at 4.3 metres at Callow Bridge on Sunday night, the flood agency said. ' +
      'About 120 homes were flooded at Callow Bridge, the council said.',
  },
]
const brennockLookup = createMemoryLookup(corpusOf(BRENNOCK))
const checkBrennock = (text: string, context: string) => checkText(text, { date: '2026-01-13', context, lookup: brennockLookup })

describe('a place named by its form lies in the place it names: for the story, and for a level read there', () => {
  it('a context of "Sussex" is the story of a source on "West Sussex"', async () => {
    const result = await checkBrennock('Forty-two schools were closed on Monday.', 'Sussex floods: schools shut')
    expect(result.status).toBe('supported')
  })

  it('a context of another county is not', async () => {
    const result = await checkBrennock('Forty-two schools were closed on Monday.', 'Dunmarsh floods: schools shut')
    expect(result.status).toBe('no_evidence')
  })

  it('a river level at "Callow Bridge" is the level at "Callow"', async () => {
    const result = await checkBrennock('The river peaked at 4.3 metres at Callow.', 'Sussex floods: schools shut')
    expect(result.status).toBe('supported')
  })

  it('a level at another town is not', async () => {
    const result = await checkBrennock('The river peaked at 4.3 metres at Dunmarsh.', 'Sussex floods: schools shut')
    expect(result.status).not.toBe('supported')
  })

  it('a count at "Callow Bridge" is a part of the town\'s: no refutation of a count for "Callow"', async () => {
    const result = await checkBrennock('About 300 homes were flooded in Callow.', 'Sussex floods: schools shut')
    expect(result.status).not.toBe('conflict')
  })

  it('a compass-qualified place the gazetteer knows is told by the gazetteer ("West Virginia" is no part of "Virginia")', async () => {
    const { namedPartOf } = await import('../../src/factcheck/engine/measures/gazetteer.js')
    expect(namedPartOf('west sussex', 'sussex')).toBe(true)
    expect(namedPartOf('callow bridge', 'callow')).toBe(true)
    expect(namedPartOf('west virginia', 'virginia')).toBe(false)
    expect(namedPartOf('south sudan', 'sudan')).toBe(false)
    expect(namedPartOf('callow bridge', 'dunmarsh')).toBe(false)
    expect(namedPartOf('callow street', 'callow')).toBe(true)
    expect(namedPartOf('oxford street', 'oxford')).toBe(false)
  })
})

const HARLAN = [
  {
    key: 'harlan-01',
    date: '2026-08-19',
    title: 'Harlan Creek Fire 60% contained',
    text: 'Firefighters have the Harlan Creek Fire 60% contained after it burned 12,400 acres in Dorrance County, officials said on Tuesday.',
  },
]
const harlanLookup = createMemoryLookup(corpusOf(HARLAN))
const checkHarlan = (text: string, context: string) => checkText(text, { date: '2026-08-20', context, lookup: harlanLookup })

describe('a context that names only its region: the claim\'s own name of the source\'s event ties it', () => {
  it('"the Harlan Creek blaze" in an article on Oregon\'s fires is the source\'s fire, which names only its county', async () => {
    const result = await checkHarlan('The Harlan Creek blaze has burned 12,400 acres.', "Oregon's largest fire of the year")
    expect(result.status).toBe('supported')
  })

  it('a claim that names no event of the source is not tied by the region alone', async () => {
    const result = await checkHarlan('The blaze has burned 12,400 acres.', "Oregon's largest fire of the year")
    expect(result.status).toBe('no_evidence')
  })

  it('nor is a source placed in another country', async () => {
    const lookup = createMemoryLookup(
      corpusOf([{ ...HARLAN[0], key: 'harlan-02', text: HARLAN[0].text.replace('in Dorrance County', 'near Perth') }]),
    )
    const result = await checkText('The Harlan Creek blaze has burned 12,400 acres.', { date: '2026-08-20', context: "Oregon's largest fire of the year", lookup })
    expect(result.status).toBe('no_evidence')
  })
})

describe('initials name an institution, for its story, never surely', () => {
  it('"wrc" is the Workplace Relations Commission, not a person with those initials', async () => {
    const { sameEntity, surelySameEntity } = await import('../../src/factcheck/engine/measures/entities.js')
    expect(sameEntity('wrc', 'workplace relations commission')).toBe(true)
    expect(surelySameEntity('wrc', 'workplace relations commission')).toBe(false)
    expect(sameEntity('wrd', 'william robert davies')).toBe(false)
    expect(sameEntity('wrc', 'western rail company')).toBe(true)
    expect(sameEntity('wrc', 'western rail')).toBe(false)
  })
})

const HARWELL = [
  {
    key: 'harwell-01',
    date: '2026-03-03',
    title: 'Envoys hand over revised plan in Dorrance',
    text: 'Officials confirmed that the council received a revised plan and four additional documents from the delegation in Dorrance, led by envoy Simon Harwell.',
  },
]
const harwellLookup = createMemoryLookup(corpusOf(HARWELL))
const checkHarwell = (text: string) => checkText(text, { date: '2026-03-04', context: 'Envoy Simon Harwell hands over plan', lookup: harwellLookup })

describe('a surname after "from" is the person the source names, not a place', () => {
  it('"documents from Harwell" in a story of "Simon Harwell"', async () => {
    const result = await checkHarwell('The council received the revised plan along with four other documents from Harwell.')
    expect(result.status).toBe('supported')
  })

  it('documents from a place that is not the source\'s are not', async () => {
    const result = await checkHarwell('The council received the revised plan along with four other documents from Paris.')
    expect(result.status).toBe('no_evidence')
  })
})
