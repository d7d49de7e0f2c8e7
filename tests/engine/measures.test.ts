/** What each figure measures: compounds, "of the X", counted nouns, subjects and verbs, aliases, modifiers. */
import { figuresOf, onlyFigure } from './helpers.js'

const keyOf = (text: string) => onlyFigure(text).lookupKeys

describe('the measured thing', () => {
  test.each([
    ['a revised, 20-point U.S. peace proposal', 'point:plan'],
    ['the five-hour talks between the envoys and Putin', 'duration:talks'],
    ['the remaining 25 per cent of the Donbas region', 'share:donbas'],
    ['a quarter of Donetsk and Luhansk', 'share:donbas'],
    ['Five hours of intense talks ended without progress.', 'duration:talks'],
    ['Russia received four additional documents.', 'count:document'],
    ['The US delegation handed over 4 extra papers.', 'count:document'],
    ['The meeting stretched for five hours.', 'duration:talks'],
    ['The Kremlin session went on for five hours.', 'duration:talks'],
    ['Putin and the envoys talked for five hours.', 'duration:talks'],
    ['Witkoff and Kushner met Putin for 5 hours.', 'duration:talks'],
    ['The envoys flew 4 hours from Florida to Moscow.', 'duration:flight'],
    ['Zelensky spent three days in Ireland.', 'duration:stay'],
    ['Journalists waited three hours outside.', 'duration:wait'],
    ['This updated plan, now reduced to roughly 19–20 points, was streamlined.', 'point:plan'],
    ['The revised US peace proposal has 20 points.', 'point:plan'],
    ['a $100 million embezzlement case', 'money:embezzlement'],
    ['The US has given Ukraine $60 billion in aid.', 'money:aid'],
    ['Putin launched a special military operation in February 2022.', 'date:war'],
    ['Russia began the invasion in February 2022.', 'date:war'],
    ['The war ended in 2030.', 'date:war-end'],
    ['Crimea, the peninsula it annexed in 2014, was discussed.', 'date:annexation'],
    ['The talks took place on 2 December.', 'date:talks'],
    ['The war is entering its fourth year.', 'ordinal:war'],
    ['The conflict approaches its fourth year.', 'ordinal:war'],
    ['The 28-point plan leaked two weeks ago.', 'point:plan'],
  ])('%s → %s', (text, key) => {
    expect(figuresOf(text).flatMap((f) => f.lookupKeys)).toContain(key)
  })

  test('figures about different things get different keys', () => {
    expect(keyOf('Ukraine has 20 brigades.')).not.toEqual(keyOf('the 20-point plan'))
    expect(keyOf('The ceasefire would last 25 days.')).not.toEqual(keyOf('25 per cent of the Donbas'))
    expect(keyOf('A two-day NATO meeting in Brussels')).toEqual(['duration:talks'])
    expect(keyOf('Twenty journalists waited outside the Kremlin.')).toEqual(['count:journalist'])
  })

  test('a figure whose measured thing is unknown has no lookup key', () => {
    const figure = onlyFigure('London – December 4, 2025')
    expect(figure.lookupKeys).toEqual([])
    expect(figure.measure).toMatch(/unspecified/)
  })

  test('the measure is human-readable', () => {
    expect(onlyFigure('The talks in Moscow lasted eight hours.').measure).toBe('duration of the talks in moscow')
    expect(onlyFigure('The revised plan has 20 points.').measure).toBe('points of the revised plan')
    expect(onlyFigure('The war is entering its fourth year.').measure).toBe('year of the war')
  })
})

describe('aliases collapse to one name', () => {
  test.each(['US', 'U.S.', 'American', 'Washington'])('%s → us', (name) => {
    expect(onlyFigure(`The ${name} envoys talked for five hours.`).about.actors).toContain('us')
  })

  test.each(['Kremlin', 'Moscow'])('%s → moscow', (name) => {
    expect(onlyFigure(`The talks in the ${name} lasted five hours.`).about.places).toEqual(['moscow'])
  })

  test.each(['talks', 'meeting', 'discussions', 'session', 'negotiations'])('%s → talks', (noun) => {
    expect(onlyFigure(`The ${noun} lasted five hours.`).lookupKeys).toEqual(['duration:talks'])
  })
})

describe('modifiers that tell things apart', () => {
  test.each([
    ['The original plan had 28 points.', 'original'],
    ['The leaked plan had 28 points.', 'original'],
    ['An earlier 28-point plan was criticised.', 'original'],
    ['The initial draft had 28 points.', 'original'],
    ['The revised plan has 20 points.', 'revised'],
    ['The new plan has 20 points.', 'revised'],
    ['The updated framework has 20 points.', 'revised'],
    ['A streamlined 20-point proposal was presented.', 'revised'],
    ['The 28-point plan leaked two weeks before the talks.', 'original'],
  ])('%s → %s', (text, version) => {
    expect(figuresOf(text)[0].about.version).toBe(version)
  })

  test('places and parties of events', () => {
    expect(onlyFigure('A two-day NATO meeting in Brussels ended.').about).toMatchObject({ places: ['brussels'], actors: ['nato'] })
    const stay = onlyFigure('Zelensky spent three days in Ireland.').about
    expect(stay.places).toEqual(['ireland'])
    expect(stay.actors).toContain('ukraine')
    // what is discussed is not a party; who meets is
    expect(onlyFigure('Talks on Ukraine between US envoys and Russian officials lasted five hours.').about.actors).toEqual(['russia', 'us'])
    // an unknown name is a party of its own
    expect(onlyFigure('Macron talked with Putin for five hours.').about.actors).toEqual(['macron', 'russia'])
  })

  test('a plan is told apart by its owner, not by where it is discussed', () => {
    expect(onlyFigure('Envoys brought a revised 25-point US plan to Moscow.').about).toMatchObject({ places: [], actors: ['us'] })
    expect(onlyFigure('The European counter-proposal has 12 points.').lookupKeys).toEqual(['point:counterproposal'])
  })

  test('who holds a share of territory', () => {
    expect(onlyFigure('Ukraine still holds half of the Donbas region.').about.holder).toBe('ukraine')
    expect(onlyFigure('Russia controls three-quarters of the Donbas.').about.holder).toBe('russia')
    expect(onlyFigure("Forces must leave the 25 per cent of the Donbas still under Kyiv's control.").about.holder).toBe('ukraine')
  })

  test('a figure with no place of its own takes the previous sentence\'s', () => {
    const [figure] = figuresOf('The talks concluded in Moscow. After nearly five hours of discussions, both sides left.')
    expect(figure.about.places).toEqual(['moscow'])
  })
})
