/**
 * Running tallies as reports state them: a revision "down to 27 from 31", a recovery of "four more" victims, a
 * correction notice repeating a wrong figure, and the page furniture around a report ("Most read", "Read also:")
 * whose headlines belong to other stories. Each rule is checked both ways. Our own invented story.
 */
import { checkText, createMemoryLookup, extractCorpusFigures } from '../../src/factcheck/engine/index.js'
import { corpusOf, onlyFigure } from './helpers.js'
import { blankDebris } from '../../src/factcheck/engine/sentences/debris.js'
import { containersOf, isBroadPlace } from '../../src/factcheck/engine/measures/gazetteer.js'
import { countStories } from '../../src/factcheck/engine/comparison/sameStory.js'

const SOURCES = [
  {
    key: 'halden-01',
    date: '2026-03-02',
    title: 'Six dead as mine shaft floods in Halden',
    text:
      'Six miners were killed and 31 injured when a shaft flooded at the Halden copper mine on Sunday.\n\n' +
      'Most read\n• Seven-point plan to save the high street\n• Council tax to rise 9% in Halden\n',
  },
  {
    key: 'halden-02',
    date: '2026-03-04',
    title: 'Halden mine toll rises to ten',
    text:
      'Rescuers recovered four more bodies from the flooded Halden mine on Tuesday, bringing the death toll to ten. ' +
      'Officials revised the number of people injured down to 27 from 31, saying some had been counted twice.\n\n' +
      'Correction: An earlier version of this article said 14 miners had died.\n\n' +
      'Tags: mining, Halden\n\nRead also:\n- Mine safety rules to be tightened, 12-point review says\n',
  },
]

const lookup = createMemoryLookup(corpusOf(SOURCES))
const CONTEXT = 'Halden mine disaster'
const check = (text: string, date = '2026-03-05') => checkText(text, { date, context: CONTEXT, lookup })

describe('the levels of a running tally', () => {
  it('"four more bodies" is what the toll added, not its level', async () => {
    expect(onlyFigure('Rescuers recovered four more bodies.').about.change).toBe(true)
    expect(onlyFigure('Rescuers recovered four bodies.').about.change).toBeUndefined()
    // "more than" is a qualifier, not an increment
    expect(onlyFigure('Rescuers have recovered more than 40 bodies.').about.change).toBeUndefined()
    expect((await check('The Halden mine death toll has risen to ten.')).status).toBe('supported')
  })

  it('a claim repeating the level a revision left is flagged with the revised figure first', async () => {
    const result = await check('Thirty-one people were injured at the Halden mine.')
    expect(result.status).toBe('conflict')
    expect(result.figures[0].reason).toMatch(/superseded/)
    expect(result.figures[0].evidence[0]).toMatchObject({ source: 'halden-02', relation: 'conflicts' })
  })

  it('the revised level is supported', async () => {
    expect((await check('Twenty-seven people were injured at the Halden mine.')).status).toBe('supported')
  })
})

describe('what a report states that is not its news', () => {
  it('a correction notice repeats a wrong figure: it is evidence of nothing', async () => {
    const figures = extractCorpusFigures(SOURCES[1])
    expect(figures.some((figure) => figure.value === 14)).toBe(false)
    expect((await check('Fourteen miners died at Halden.')).status).toBe('conflict')
  })

  it('the headlines of "Most read" and "Read also" lists belong to other stories', () => {
    const values = SOURCES.flatMap((source) => extractCorpusFigures(source)).map((figure) => figure.value)
    expect(values).not.toContain(7)
    expect(values).not.toContain(9)
    expect(values).not.toContain(12)
    // the report's own figures are kept
    expect(values).toEqual(expect.arrayContaining([6, 31, 27]))
  })
})

describe('what ties reports of different stories together is not their story', () => {
  it('bylines and share buttons are page furniture', () => {
    for (const line of [
      'By Ada Lindqvist | Northern Wire',
      'Tuesday 3 March 2026 | By Ada Lindqvist in Halden | 4 min read',
      'By Ada Lindqvist, Europe correspondent',
      'Share this story: Facebook · X · LinkedIn · Email',
      'Share on Facebook | Share on X | Copy link',
    ]) expect(blankDebris(`${line}\n`).trim()).toBe('')
    // a sentence that opens with "By" and a day is news
    for (const line of ['By Monday afternoon 17 ships were waiting off the coast', 'By the end of the day, 40 were dead.']) {
      expect(blankDebris(`${line}\n`).trim()).toBe(line)
    }
  })

  it('a short name that is an ordinary word ties nothing ("Channel Courier", "Evening Courier")', () => {
    const [a, b, c] = corpusOf([
      { key: 'a-01', date: '2026-03-01', text: 'The Channel Courier reported that the Velmar plant had closed. Velmar employs 300 people.' },
      { key: 'b-01', date: '2026-03-01', text: 'The Evening Courier said the Ostrava bridge had reopened. Ostrava has 40 bridges.' },
      { key: 'c-01', date: '2026-03-02', text: 'The Velmar plant will reopen, the Channel Courier said. Velmar hired 20 people.' },
    ]).filter((figure, i, all) => all.findIndex((other) => other.source === figure.source) === i)
    expect(countStories([a, b])).toBe(2)
    expect(countStories([a, c])).toBe(1)
  })

  it('a continent or a world region is as broad as a country: no story\'s own name', () => {
    expect(isBroadPlace('europe')).toBe(true)
    expect(isBroadPlace('western europe')).toBe(true)
    expect(containersOf('france')).toEqual(expect.arrayContaining(['western europe', 'europe']))
    expect(isBroadPlace('lyon')).toBe(false)
  })
})

describe('a context naming only a country', () => {
  const PLANS = createMemoryLookup(
    corpusOf([
      { key: 'peace-01', date: '2026-05-02', title: 'Envoys present peace plan in Ostrava', text: 'US envoys presented a 20-point peace plan to negotiators in Ostrava on Friday.' },
      { key: 'rail-01', date: '2026-05-03', title: 'Transport ministry unveils rail plan', text: 'The US transport ministry unveiled a 12-point rail plan for the Velmar line.' },
    ]),
  )
  const checkPlan = (text: string, context: string) => checkText(text, { date: '2026-05-04', context, lookup: PLANS })

  it('is ambiguous between two stories, unless its words tell one', async () => {
    expect((await checkPlan('The US plan has 20 points.', 'What the US wants')).figures[0].reason).toMatch(/ambiguous/)
    expect((await checkPlan('The US plan has 20 points.', 'Explainer: what is in the US peace plan')).status).toBe('supported')
  })

  it('a story told apart by words alone supports but never refutes', async () => {
    expect((await checkPlan('The US plan has 24 points.', 'Explainer: what is in the US peace plan')).status).not.toBe('conflict')
  })
})
