/**
 * Comparison by wording: a claim that repeats most of a report clause's words with its own amount says what that
 * clause says, whatever measure the engine read in each. It is then compared under every rule a comparison by measure
 * has; it needs the report's measured thing named in the claim and four of the claim's own words repeated. Both
 * ways, on our own invented story.
 */
import { checkText, createMemoryLookup } from '../../src/factcheck/engine/index.js'
import { corpusOf } from './helpers.js'

const SOURCES = [
  {
    key: 'brannock-01',
    date: '2026-02-10',
    title: 'Brannock harbour blockade enters second day',
    text:
      'The queue of trawlers outside the Brannock harbour mouth grew to 23 on Tuesday night, the coastguard said. ' +
      'The number of people killed in the storm that preceded the protest has risen to nine after divers recovered ' +
      'four more bodies from the harbour.',
  },
]

const lookup = createMemoryLookup(corpusOf(SOURCES))
const check = (text: string) => checkText(text, { date: '2026-02-11', context: 'Brannock harbour blockade', lookup })

describe('comparison by wording', () => {
  it('a claim repeating a clause with its own amount is compared as the clause\'s measure', async () => {
    // the report's 23 counts the queue at the harbour mouth; the claim's 32 counts trawlers queuing there
    const wrong = await check('By Tuesday night 32 trawlers were queuing outside the harbour mouth.')
    expect(wrong.status).toBe('conflict')
    const amount = wrong.figures.find((figure) => figure.text === '32 trawlers')!
    expect(amount.evidence[0]).toMatchObject({ source: 'brannock-01', relation: 'conflicts', figure: { text: '23' } })
    expect((await check('By Tuesday night 23 trawlers were queuing outside the harbour mouth.')).status).toBe('supported')
  })

  it('the same words about another thing are no evidence: the report\'s measured thing must be in the claim', async () => {
    // the clause counts the dead; the claim counts people found alive
    expect((await check('Divers recovered eleven people alive from the harbour after the storm.')).status).toBe('no_evidence')
  })

  it('a few shared words are not enough', async () => {
    expect((await check('Thirty trawlers sailed from the harbour.')).status).toBe('no_evidence')
  })
})
