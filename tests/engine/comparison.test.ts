/**
 * Comparison of claim figures with a corpus of several stories: same measure and same story only, running
 * tallies, ambiguity without context, statuses, bounded evidence and the memory lookup's store semantics.
 */
import {
  checkText, claimStatus, compareFigure, createMemoryLookup, extractCorpusFigures, LIMIT_PER_KEY, type CorpusFigure,
} from '../../src/factcheck/engine/index.js'
import { onlyFigure } from './helpers.js'

interface Report {
  text: string
  date?: string
  title?: string
}

function corpusOf(sources: Record<string, Report>): CorpusFigure[] {
  return Object.entries(sources).flatMap(([key, report]) => extractCorpusFigures({ key, ...report }))
}

/** Four invented stories whose numbers and words overlap: a flood, a wildfire, two meetings, two plans. */
const stories = corpusOf({
  'flood-1': {
    title: 'River Tam bursts its banks in Marlow County',
    date: '2026-03-02',
    text: 'Flooding on the River Tam killed 12 people in Marlow County on Sunday, officials said.\nAbout 3,000 residents of Dunmore were evacuated.',
  },
  'flood-2': {
    title: 'Marlow County flood toll rises',
    date: '2026-03-04',
    text: 'The death toll from the Marlow County floods rose to 31, the sheriff said.\nSome 3,000 residents of Dunmore remain in shelters.',
  },
  'flood-3': {
    title: 'Marlow County flood: toll reaches 47',
    date: '2026-03-06',
    text: 'The death toll from the flooding in Marlow County has reached 47, according to the county coroner.',
  },
  'fire-1': {
    title: 'Wildfire near Castell forces evacuations',
    date: '2026-03-05',
    text: 'The Castell wildfire has killed 12 people and destroyed 480 homes, fire officials in Castell said.\nThe fire was 20 per cent contained on Thursday.',
  },
  'fire-2': {
    title: 'Castell wildfire: containment grows',
    date: '2026-03-07',
    text: 'Firefighters said the Castell fire was 45 per cent contained by Saturday.\nThe wildfire has destroyed 510 homes around Castell.',
  },
  'summit-1': {
    title: 'Harbour ministers meet in Lisbon',
    date: '2026-02-10',
    text: 'The talks between the harbour ministers in Lisbon lasted five hours.\nThe ministers agreed a 12-point plan for port safety.',
  },
  'union-1': {
    title: 'Dock union talks in Rotterdam',
    date: '2026-02-12',
    text: 'Talks between the dock union and the port authority in Rotterdam lasted nine hours.\nThe union presented a 30-point plan.',
  },
})

const lookup = createMemoryLookup(stories)
const check = (text: string, options: { context?: string; date?: string } = {}) => checkText(text, { ...options, lookup })

describe('a figure of another story is never evidence', () => {
  test('the same toll in two stories: the flood claim sees only flood reports', async () => {
    const result = await check('The floods in Marlow County killed 47 people.')
    expect(result.status).toBe('supported')
    const sources = new Set(result.figures.flatMap((f) => f.evidence.map((e) => e.source)))
    expect([...sources].every((s) => s.startsWith('flood'))).toBe(true)
  })

  test('a meeting in another city is another meeting', async () => {
    expect((await check('The talks in Lisbon lasted nine hours.')).status).toBe('conflict')
    expect((await check('The talks in Rotterdam lasted nine hours.')).status).toBe('supported')
    expect((await check('The talks in Vienna lasted nine hours.')).status).toBe('no_evidence')
  })

  test("another plan's points are not this plan's", async () => {
    const harbour = await check('The plan has 30 points.', { context: 'Harbour ministers meet in Lisbon' })
    expect(harbour.status).toBe('conflict')
    expect(harbour.figures[0].evidence.map((e) => e.source)).toEqual(['summit-1'])
    const union = await check('The plan has 30 points.', { context: 'Dock union talks in Rotterdam' })
    expect(union.status).toBe('supported')
  })

  test('an article about something the corpus does not cover finds nothing, whatever its numbers', async () => {
    const result = await check('The storm killed 12 people.', { context: 'Storm hits Port Elgin harbour' })
    expect(result.status).toBe('no_evidence')
  })

  test('a count by another verb, or of other people, is another count', async () => {
    expect((await check('Dunmore has 3,000 residents.', { context: 'Marlow County floods' })).status).not.toBe('conflict')
    expect((await check('Castell has 510 firefighters.', { context: 'Castell wildfire' })).status).toBe('no_evidence')
  })
})

describe('claims without context', () => {
  test('are answered where the corpus holds a single story for the measure', async () => {
    expect((await check('The fire was 45 per cent contained.')).status).toBe('supported')
  })

  test('are ambiguous where several stories measure the same thing', async () => {
    const result = await check('The toll rose to 47.')
    expect(result.status).toBe('no_evidence')
    expect(result.figures[0].reason).toMatch(/ambiguous/)
  })

  test('a source named in a Title Case headline of the context is its story', async () => {
    const result = await check('The blaze was 45 per cent contained.', { context: 'Castell Wildfire Nears Containment' })
    expect(result.status).toBe('supported')
  })

  test('take their story from the article context', async () => {
    const result = await check('The toll rose to 47.', { context: 'Marlow County flood: what we know' })
    expect(result.status).toBe('supported')
  })
})

describe('running tallies', () => {
  const flood = { context: 'Floods in Marlow County' }

  test('the latest report on or before the claim date leads; earlier ones are superseded', async () => {
    const result = await check('The floods have killed 31 people.', { ...flood, date: '2026-03-04' })
    expect(result.status).toBe('supported')
    const [lead, ...rest] = result.figures[0].evidence
    expect(lead).toMatchObject({ source: 'flood-2', relation: 'supports' })
    expect(rest.every((e) => e.superseded)).toBe(true)
  })

  test('a rise in the toll is not a disagreement between sources', async () => {
    const result = await check('The floods have killed 47 people.', { ...flood, date: '2026-03-10' })
    expect(result.status).toBe('supported')
  })

  test('repeating a superseded figure is flagged, newer evidence first', async () => {
    const result = await check('The floods have killed 12 people.', { ...flood, date: '2026-03-10' })
    expect(result.status).toBe('conflict')
    expect(result.figures[0].evidence[0]).toMatchObject({ source: 'flood-3', relation: 'conflicts' })
    expect(result.figures[0].reason).toMatch(/superseded/)
  })

  test('reports after the claim date did not stand then', async () => {
    const result = await check('The fire was 20 per cent contained.', { context: 'Castell wildfire', date: '2026-03-05' })
    expect(result.status).toBe('supported')
  })

  test('the length of a meeting is no tally: every report counts', async () => {
    const talks = corpusOf({
      a: { text: 'The talks in Lisbon lasted five hours.', date: '2026-02-10' },
      b: { text: 'The talks in Lisbon lasted seven hours.', date: '2026-02-12' },
    })
    const result = await checkText('The talks in Lisbon lasted five hours.', { lookup: createMemoryLookup(talks) })
    expect(result.status).toBe('mixed')
  })
})

describe('compareFigure', () => {
  const talks = corpusOf({
    a: { text: 'Five hours of talks in Lisbon between the ministers ended.' },
    b: { text: 'After nearly five hours of discussions in Lisbon, the ministers left.' },
    c: { text: 'The meeting in Lisbon between the ministers stretched for more than five hours.' },
  })

  test('agreement is overlap of intervals after unit conversion', () => {
    const result = compareFigure(onlyFigure('The Lisbon meeting ran for 300 minutes.'), talks)
    expect(result.status).toBe('supported')
    expect(result.evidence.map((e) => e.source)).toEqual(['a', 'b', 'c'])
  })

  test('a figure that fits no corpus figure conflicts; "more than five" does not stretch to seven', () => {
    for (const text of ['The talks in Lisbon lasted eight hours.', 'The talks in Lisbon lasted seven hours.']) {
      expect(compareFigure(onlyFigure(text), talks).status).toBe('conflict')
    }
  })

  test('sources that disagree among themselves make a figure mixed', () => {
    const result = compareFigure(onlyFigure('The talks in Lisbon lasted six hours.'), talks)
    expect(result.status).toBe('mixed')
    expect(result.evidence.map((e) => [e.source, e.relation])).toEqual([['c', 'supports'], ['a', 'conflicts'], ['b', 'conflicts']])
  })

  test('currencies are kept apart', () => {
    const money = corpusOf({ f: { text: 'Investigators in Lisbon raided his home over a $100 million embezzlement case.' } })
    expect(compareFigure(onlyFigure('a $0.1bn embezzlement case in Lisbon'), money).status).toBe('supported')
    expect(compareFigure(onlyFigure('a £100 million embezzlement case in Lisbon'), money).status).toBe('no_evidence')
  })

  test('a different amount of an arbitrary thing conflicts only when the sentences say the same', async () => {
    const crews = corpusOf({ k: { text: 'Some 400 volunteers from Lisbon cleared the beaches on Sunday.' } })
    const lookup = createMemoryLookup(crews)
    expect((await checkText('About 900 volunteers from Lisbon signed the petition.', { lookup })).status).toBe('no_evidence')
    expect((await checkText('Some 900 volunteers from Lisbon cleared the beaches on Sunday.', { lookup })).status).toBe('conflict')
  })

  test('a figure whose source names nothing is evidence for nothing', () => {
    const anonymous = corpusOf({ g: { text: 'The meeting lasted five hours.' } })
    expect(anonymous).toHaveLength(1)
    expect(compareFigure(onlyFigure('The meeting lasted eight hours.'), anonymous).status).toBe('no_evidence')
  })

  test('evidence is bounded per source, with a count of the rest', () => {
    const many = corpusOf({
      h: { text: Array.from({ length: 6 }, (_, k) => `The talks in Lisbon lasted ${k + 3} hours.`).join('\n') },
    })
    const result = compareFigure(onlyFigure('The talks in Lisbon lasted five hours.'), many)
    expect(result.evidence.length).toBeLessThanOrEqual(2)
    expect(result.moreEvidence).toBe(4)
  })

  test('the output is JSON-safe', () => {
    const result = compareFigure(onlyFigure('The talks in Lisbon lasted eight hours.'), talks)
    expect(result).toMatchObject({ text: 'eight hours', value: 8, unit: 'hour', kind: 'duration', measure: 'duration of the talks in lisbon' })
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
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

describe('createMemoryLookup: the store contract', () => {
  test('keys are measure × entity plus a wildcard', () => {
    const [figure] = stories.filter((f) => f.source === 'flood-3')
    expect(figure.lookupKeys).toEqual(expect.arrayContaining(['count:deaths@*', 'count:deaths@marlow county', 'count:deaths@marlow']))
    expect(figure.sourceDate).toBe('2026-03-06')
  })

  test('returns each figure once, at most the limit per key, newest source first', async () => {
    const many = Array.from({ length: 8 }, (_, k) =>
      extractCorpusFigures({ key: `r${k}`, date: `2026-01-0${k + 1}`, text: 'The talks in Lisbon lasted five hours.' }),
    ).flat()
    const limited = createMemoryLookup(many, { limitPerKey: 3 })
    const found = await limited(['duration:talks@lisbon', 'duration:talks@lisbon'])
    expect(found.map((f) => f.source)).toEqual(['r7', 'r6', 'r5'])
    expect(await limited(['count:brigade@*'])).toEqual([])
    expect(LIMIT_PER_KEY).toBe(50)
  })
})

describe('a later report that no longer writes the claim\'s name, in an archive whose newest figures are of other stories', () => {
  const bridge = corpusOf({
    'tesk-1': { title: 'Tesk Bridge collapses in Harlen', date: '2026-01-10', text: 'Five people died when the Tesk Bridge in Harlen collapsed into the Vell river on Tuesday.' },
    'tesk-2': { title: 'Harlen bridge toll rises to 12', date: '2026-01-14', text: 'Officials in Harlen said on Friday that 12 people are now confirmed dead after the bridge collapse.' },
    'other-1': { title: 'Storm in Varna', date: '2026-02-01', text: 'The storm in Varna killed 7 people, officials said.' },
    'other-2': { title: 'Flood in Ruse', date: '2026-02-02', text: 'The flood in Ruse killed 9 people, officials said.' },
  })

  it('is found by the names its story goes by, though the wildcard holds only newer figures', async () => {
    const lookup = createMemoryLookup(bridge, { limitPerKey: 2 })
    const check = await checkText('The Tesk Bridge collapse killed twelve people.', { date: '2026-01-15', lookup })
    expect(check.status).toBe('supported')
    expect(check.figures[0].evidence.filter((e) => !e.superseded).map((e) => e.source)).toEqual(['tesk-2'])
    expect((await checkText('The Tesk Bridge collapse killed five people.', { date: '2026-01-15', lookup })).status).toBe('conflict')
  })
})

describe('two stories whose people share a surname', () => {
  const archive = corpusOf({
    'keld-1': { title: 'Keld blizzard', date: '2026-02-06', text: 'Jonah Whitlock of the Keld utility said 171,300 customers lost power in Keld during the blizzard.' },
    'ruse-1': { title: 'Ruse heatwave', date: '2026-01-20', text: 'Joanne Whitlock of the Ruse grid said around 96,000 customers lost supply in Ruse during the heatwave.' },
  })

  it('are two stories: a claim that names neither is ambiguous', async () => {
    const check = await checkText('More than 170,000 customers lost power.', { date: '2026-02-07', lookup: createMemoryLookup(archive) })
    expect(check.status).toBe('no_evidence')
    expect(check.figures[0].reason).toMatch(/^ambiguous/)
  })
})
