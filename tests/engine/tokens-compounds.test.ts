/**
 * Hyphenated nouns the tagger splits ("sit-down" → a verb "sit" and "down") are one noun when they spell a WordNet
 * noun; numbers, units and unknown pairs stay split for the figures. Our own invented stories.
 */
import { checkText, createMemoryLookup, extractClaims, type CorpusFigure } from '../../src/factcheck/engine/index.js'
import { joinCompounds, tokenizeText } from '../../src/factcheck/engine/sentences/tokens.js'
import { corpusOf } from './helpers.js'

const tokens = (text: string) => tokenizeText(text).flatMap((s) => s.tokens)
const words = (text: string) => tokens(text).map((t) => t.text)
const lemmaOf = (text: string, word: string) => tokens(text).find((t) => t.text === word)

describe('hyphenated nouns are one token', () => {
  it('a verb and a particle that spell a noun: "sit-down", "follow-up", plural too', () => {
    expect(lemmaOf('The sit-down ended at midnight.', 'sit-down')).toMatchObject({ lemma: 'sit-down', pos: 'NOUN' })
    expect(lemmaOf('Two sit-downs were held.', 'sit-downs')).toMatchObject({ lemma: 'sit-down', pos: 'NOUN' })
    expect(lemmaOf('A follow-up is planned.', 'follow-up')?.pos).toBe('NOUN')
    expect(lemmaOf('Sit-down talks began on Monday.', 'Sit-down')?.lemma).toBe('sit-down')
  })

  it('a compound WordNet writes closed takes that lemma: "walk-out" is a walkout, "lay-offs" layoffs', () => {
    expect(lemmaOf('The walk-out began on Monday.', 'walk-out')?.lemma).toBe('walkout')
    expect(lemmaOf('The lay-offs hit 300 staff.', 'lay-offs')?.lemma).toBe('layoff')
    expect(lemmaOf('A cease-fire held.', 'cease-fire')?.lemma).toBe('cease-fire')
  })

  it('offsets stay those of the text', () => {
    const text = 'After a long sit-down, they left.'
    const token = lemmaOf(text, 'sit-down')!
    expect(text.slice(token.start, token.end)).toBe('sit-down')
  })

  it('numbers, units, kinds of their head and unknown pairs stay split', () => {
    expect(words('A five-hour meeting on a 20-point plan')).toEqual(['A', 'five', '-', 'hour', 'meeting', 'on', 'a', '20', '-', 'point', 'plan'])
    expect(words('two-thirds of a half-hour')).toEqual(['two', '-', 'thirds', 'of', 'a', 'half', '-', 'hour'])
    // a by-election is an election: its head word says so
    expect(words('the by-election')).toEqual(['the', 'by', '-', 'election'])
    expect(words('the Norway-Sweden sit-down-style deal')).toEqual(['the', 'Norway', '-', 'Sweden', 'sit', '-', 'down', '-', 'style', 'deal'])
    expect(words('They sit - down there.')).toContain('sit')
  })

  it('joinCompounds leaves spaced hyphens alone', () => {
    const at = (text: string, start: number) => ({ text, lemma: text, pos: 'X', start, end: start + text.length })
    expect(joinCompounds([at('sit', 0), at('-', 4), at('down', 6)])).toHaveLength(3)
    expect(joinCompounds([at('sit', 0), at('-', 3), at('down', 4)])).toHaveLength(1)
  })
})

const SOURCES = [
  {
    key: 'orsa-01',
    date: '2026-04-16',
    title: 'Orsa fishing talks end without a deal',
    text: 'Seven-hour talks in Orsa between the fishing ministers of Norway and Sweden ended without a deal on Wednesday.',
  },
  {
    key: 'velm-01',
    date: '2026-05-10',
    title: 'Velm express derails',
    text: 'The express train that derailed near Velm on Sunday was travelling at 131 km/h, investigators said.',
  },
]
const corpus: CorpusFigure[] = corpusOf(SOURCES)
const lookup = createMemoryLookup(corpus)
const check = (text: string, context: string, date: string) => checkText(text, { date, context, lookup })
const measureOf = (text: string) => extractClaims(text, { date: '2026-05-11' }).flatMap((s) => s.figures).map((f) => f.measure)

describe('a sit-down is a meeting, an express a train', () => {
  it('a sit-down of the same length meets the talks', async () => {
    expect((await check('The sit-down in Orsa stretched beyond seven hours.', 'Orsa fishing talks', '2026-04-16')).status).toBe('supported')
  })

  it('a sit-down of another length conflicts with them', async () => {
    expect((await check('The 90-minute sit-down in Orsa yielded nothing.', 'Orsa fishing talks', '2026-04-16')).status).toBe('conflict')
  })

  it('a sit-down strike is a strike', () => {
    expect(measureOf('The sit-down strike lasted five hours.')[0]).toMatch(/strike/)
  })

  it('the express is the train', async () => {
    expect(measureOf('The express was doing about 81 mph.')[0]).toBe('speed of the train')
    expect((await check('The express was doing about 81 mph when it derailed.', 'Velm express derails', '2026-05-11')).status).toBe('supported')
  })

  it('an express delivery is no train', () => {
    expect(measureOf('Express delivery takes about 3 days.')[0]).not.toMatch(/train/)
  })
})
