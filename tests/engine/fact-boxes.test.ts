/**
 * Web pages state key figures in fact boxes ("- People injured: 8", "Lava area: 3.8 km²"): a label, a colon and an
 * amount. The label names what the amount measures, as the same words around it in a sentence would. Checked on our
 * own invented story, both ways.
 */
import { checkText, createMemoryLookup, extractCorpusFigures } from '../../src/factcheck/engine/index.js'
import { onlyFigure } from './helpers.js'

const BOX = {
  key: 'vessa-box',
  date: '2026-04-16',
  title: 'Vessa eruption: the numbers',
  text: [
    'Vessa eruption: what we know on day three',
    'Numbers box',
    '- People injured: 8 (two still in hospital in Keld)',
    '- Homes destroyed: 41',
    '- Lava area: 3.8 km²',
    '- Relief fund: €10m',
    'Updated: 16.04.2026',
  ].join('\n'),
}
const figures = extractCorpusFigures(BOX)
const figureOf = (text: string) => figures.find((figure) => figure.text === text)
const lookup = createMemoryLookup(figures)
const check = (text: string) => checkText(text, { date: '2026-04-17', context: 'Vessa eruption', lookup })

describe('fact boxes', () => {
  it('reads a label and its amount as the label\'s measure, quoting the line as written', () => {
    expect(figureOf('8')).toMatchObject({ measure: 'number injured', quote: '- People injured: 8 (two still in hospital in Keld)' })
    expect(figureOf('41')?.measure).toBe('buildings destroyed')
    expect(figureOf('3.8 km²')).toMatchObject({ unit: 'km2' })
    expect(figureOf('€10m')?.about.topic).toBe('fund')
  })

  it('a claim is supported by the box\'s amount and refuted by another', async () => {
    expect((await check('Eight people have been injured in the Vessa eruption.')).status).toBe('supported')
    expect((await check('Six people have been injured in the Vessa eruption.')).status).toBe('conflict')
    expect((await check('Lava from the Vessa eruption now covers 3.8 square kilometres.')).status).not.toBe('conflict')
  })

  it('a date stamp or a line of words is no fact', () => {
    expect(figures.filter((figure) => figure.quote.startsWith('Updated')).every((figure) => figure.kind === 'date')).toBe(true)
  })

  it('a unit with a superscript power is an area or a volume, not a length', () => {
    expect(onlyFigure('The lava covers 3.8 km² of land.')).toMatchObject({ unit: 'km2', about: { dimension: 'area' } })
    expect(onlyFigure('The tank holds 40 m³ of water.').about.dimension).toBe('volume')
  })
})
