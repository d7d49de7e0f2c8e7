/** What each figure measures: frames, measured nouns and their classes, entities, places, labels, versions, holders. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { setAliases, type Figure } from '../../src/factcheck/engine/index.js'
import { figuresOf, onlyFigure, repoRoot } from './helpers.js'

const measureOf = (figure: Figure) => `${figure.about.dimension}:${figure.about.topic}`
const measuresIn = (text: string) => figuresOf(text).map(measureOf)

afterEach(() => setAliases(undefined))

describe('the measured thing', () => {
  test.each([
    ['a revised, 20-point U.S. peace proposal', 'point:plan'],
    ['the five-hour talks between the envoys and the president', 'duration:talks'],
    ['the remaining 25 per cent of the Donbas region', 'share:donbas'],
    ['Five hours of intense talks ended without progress.', 'duration:talks'],
    ['The delegation received four additional documents.', 'count:document'],
    ['The delegation handed over 4 extra papers.', 'count:document'],
    ['The meeting stretched for five hours.', 'duration:talks'],
    ['Harbour talks with the pilots wrapped up after just three hours.', 'duration:talks'],
    ['The negotiations ended after nine hours.', 'duration:talks'],
    ['The first version of the harbour plan contained 12 points.', 'point:plan'],
    ["The mayor's speech to the forum before the talks lasted 40 minutes.", 'duration:speech'],
    ['Mayor, pilots talk 3 hrs', 'duration:talks'],
    ['Pay talks broke down after more than ten hours.', 'duration:talks'],
    ['The airline filled 84.6% of its seats last year.', 'share:seat'],
    ['The dividend was held at €1.10 a share.', 'money:dividend'],
    ['The mayor hosted the union delegation on 4 May 2026.', 'date:talks'],
    ['Ortiz received the envoys in Varen on 4 May.', 'date:talks'],
    ['The agency received 400 applications on 4 May 2026.', 'date:give'],
    ['Talks lasting well over four hours failed to end the strike.', 'duration:talks'],
    ['The negotiators talked for five hours.', 'duration:talks'],
    ['The envoys flew 4 hours from the coast to the capital.', 'duration:flight'],
    ['The minister spent three days abroad.', 'duration:stay'],
    ['Journalists waited three hours outside.', 'duration:wait'],
    ['This updated plan, now reduced to roughly 19–20 points, was streamlined.', 'point:plan'],
    ['a $100 million embezzlement case', 'money:embezzlement'],
    ['The invasion began in February 2022.', 'date:war'],
    ['The war ended in 2030.', 'date:war-end'],
    ['The talks took place on 2 December.', 'date:talks'],
    ['The war is entering its fourth year.', 'ordinal:war'],
  ])('%s → %s', (text, measure) => {
    expect(measuresIn(text)).toContain(measure)
  })

  test('figures about different things get different measures', () => {
    expect(measuresIn('The army has 20 brigades.')).not.toEqual(measuresIn('the 20-point plan'))
    expect(measuresIn('The ceasefire would last 25 days.')).not.toEqual(measuresIn('25 per cent of the region'))
    expect(measuresIn('Twenty journalists waited outside.')).toEqual(['count:journalist'])
  })

  test('a figure whose measured thing is unknown has no lookup key', () => {
    const figure = onlyFigure('London – December 4, 2025')
    expect(figure.lookupKeys).toEqual([])
    expect(figure.measure).toMatch(/unspecified/)
  })
})

describe('measure frames: the verb or noun that governs a figure', () => {
  test.each([
    ['The flood killed 47 people.', 'count:deaths'],
    ['At least 47 people died in the flood.', 'count:deaths'],
    ['The death toll rose to 47.', 'count:deaths'],
    ['The toll stood at 47 on Sunday.', 'count:deaths'],
    ['The storm claimed 47 lives.', 'count:deaths'],
    ['There were 47 victims.', 'count:deaths'],
    ['Rescuers evacuated 3,000 residents.', 'count:evacuated'],
    ['Some 3,000 people were evacuated overnight.', 'count:evacuated'],
    ['The fire destroyed 1,200 homes.', 'count:destroyed'],
    ['More than 1,200 buildings were destroyed.', 'count:destroyed'],
    ['Twelve people are still missing.', 'count:missing'],
    ['The fire was 40 per cent contained.', 'share:containment'],
    ['Turnout was 64 per cent.', 'share:turnout'],
    ['The repairs will cost $2 billion.', 'money:cost'],
    ['a city of 20,000', 'count:population'],
  ])('%s → %s', (text, measure) => {
    expect(measuresIn(text)).toContain(measure)
  })

  test('a part of a toll is not the toll; a count of buildings with no loss is not a loss', () => {
    expect(measuresIn('Three firefighters died in the blaze.')).toEqual(['count:deaths/firefighter'])
    expect(measuresIn('The village has 1,200 homes.')).not.toContain('count:destroyed')
  })

  test('counts of a noun by different verbs are different measures', () => {
    const built = onlyFigure('The plant built 1,100 trucks.').about
    const recalled = onlyFigure('About 1,100 trucks were recalled.').about
    expect(built.topic).toEqual(recalled.topic)
    expect(built.verb).not.toEqual(recalled.verb)
    // a verb with a frame says what is counted
    const employs = onlyFigure('The plant employs 1,100 people.').about
    const fled = onlyFigure('About 1,100 people fled the town.').about
    expect([employs.topic, fled.topic]).toEqual(['employees', 'evacuated'])
  })

  test('staff, a workforce and employees are one count; an age is its holder\'s', () => {
    expect(onlyFigure('Harlow has about 40,000 employees.').about.topic).toEqual('employees')
    expect(onlyFigure('The group has a workforce of 61,000.').about.topic).toEqual('employees')
    expect(onlyFigure('Garside won by 4,212 votes.').about.topic).toMatch(/^margin/)
    expect(onlyFigure('She finished 4,212 votes ahead of him.').about.topic).toMatch(/^margin/)
    expect(onlyFigure('A crowd of about 58,000 packed the stadium.').about.topic).toEqual('attendance')
    const age = onlyFigure('Ruth Garside is 61.').about
    expect([age.dimension, age.holder]).toEqual(['age', 'ruth garside'])
    expect(onlyFigure('Garside, a 61-year-old farmer from Kellow, spoke.').about.holder).toEqual('garside')
    expect(onlyFigure('A 57-year-old firefighter drowned.').about.holder).toEqual('firefighter')
  })

  test('a speed is of what moves, a level under a light verb of its subject, points of what has them', () => {
    expect(onlyFigure('Preliminary data suggest the train was travelling at about 130 km/h.').about).toMatchObject({ topic: 'train' })
    expect(onlyFigure('Preliminary data suggest the train was travelling at about 130 km/h.').about.proposed).toBeUndefined()
    expect(onlyFigure('Prosecutors wanted him jailed for a dozen years.').about.proposed).toBe(true)
    expect(onlyFigure('The train was doing 131 km/h when it derailed.').about.topic).toEqual('train')
    const celsius = onlyFigure('Temperatures hit 44 degrees Celsius.').about
    expect([celsius.topic, celsius.entities]).toEqual([onlyFigure('Temperatures reached 44C on Sunday.').about.topic, []])
    expect(onlyFigure('The final mackerel agreement has nine points.').about.topic).toEqual('agreement')
  })

  test('a plural common noun first in its sentence names nobody', () => {
    expect(onlyFigure('Dockers will get a 6.5% rise this year.').about.entities).toEqual([])
  })

  test('nouns of one WordNet sense are one thing', () => {
    expect(onlyFigure('Its net income was $412 million.').about.topic).toEqual(onlyFigure('Earnings were $412 million.').about.topic)
    expect(onlyFigure('About 2,800 dockworkers walked out.').about.topic).toEqual(onlyFigure('Some 2,800 dockers walked out.').about.topic)
  })

  test('a change is not a level', () => {
    expect(onlyFigure('The toll rose by 5 overnight.').about.change).toBe(true)
    expect(onlyFigure('Shares fell 12% on the news.').about.change).toBe(true)
    expect(onlyFigure('The toll rose to 47.').about.change).toBeUndefined()
  })

  test('a figure asked for or offered is not the one agreed', () => {
    expect(onlyFigure('Prosecutors sought a 12-year sentence.').about.proposed).toBe(true)
    expect(onlyFigure('The operator offered a 4.2% rise.').about.proposed).toBe(true)
    expect(onlyFigure('The court sentenced him to eight years.').about.proposed).toBeUndefined()
    expect(figuresOf('They demand that the rebels leave the 25 per cent of the valley they hold.')[0].about.proposed).toBeUndefined()
  })

  test('running tallies are marked; the length of a meeting is not one', () => {
    expect(onlyFigure('The flood killed 47 people.').about.tally).toBe(true)
    expect(onlyFigure('The meeting lasted five hours.').about.tally).toBeUndefined()
  })

  test('a bare number with nothing it completes is not measured', () => {
    expect(figuresOf('He said 47.')).toEqual([])
  })
})

describe('synonym classes and derivations collapse words for one thing', () => {
  test('a noun of an act is the verb it is made from (WordNet)', async () => {
    const { classOf } = await import('../../src/factcheck/engine/measures/measure.js')
    expect(classOf('evacuation')).toBe('evacuate')
    expect(classOf('destruction')).toBe('destroy')
    expect(classOf('meeting')).toBe('talks')
  })

  test.each(['talks', 'meeting', 'discussions', 'session', 'negotiations'])('%s → talks', (noun) => {
    expect(measuresIn(`The ${noun} lasted five hours.`)).toEqual(['duration:talks'])
  })
})

describe('entities from the text', () => {
  test('a first word a town is named like ("Most", a Czech town) is that word when it quantifies', () => {
    expect(onlyFigure('Most of the 650 staff were at home.').about.entities).toEqual([])
    expect(onlyFigure('Nice has 340,000 residents.').about.entities).toEqual(['nice'])
  })

  test('a newsroom label before a headline\'s colon is no name', async () => {
    const { analyseDocument } = await import('../../src/factcheck/engine/document.js')
    expect(analyseDocument('Explainer: how the Varen harbour plan changed').story).toEqual(['varen'])
    expect(analyseDocument('Cutler Ridge Fire: evacuation orders lifted in Pine Hollow').story).toEqual(['cutler ridge fire', 'pine hollow'])
  })

  const entities = (text: string) => [...new Set(figuresOf(text).flatMap((f) => f.about.entities))]

  test('proper names without titles, calendar words or abbreviations', () => {
    expect(entities('Governor Jane Smith said on Aug. 10 that the flood killed 47 people.')).toEqual(['jane smith'])
    expect(entities('On Monday, President Maria Lopez said the meeting lasted five hours.')).toEqual(['maria lopez'])
  })

  test('an ordinary capitalised first word is no name; a name that is no word is', () => {
    expect(entities('Heavy rain killed 47 people in Marlow County.')).toEqual(['marlow county'])
    expect(entities('Officials evacuated 3,000 residents.')).toEqual([])
    expect(entities('Okonjo talked with the envoys for eight hours.')).toEqual(['okonjo'])
    expect(entities('Cholera has killed 34 people.')).toEqual([])
  })

  test('countries, codes and demonyms resolve through the gazetteer; a country acting is not a place', () => {
    const figure = onlyFigure('Talks between US envoys and Russian officials in Geneva lasted five hours.')
    expect(figure.about.entities).toEqual(['geneva', 'russia', 'united states'])
    expect(figure.about.places).toEqual(['geneva'])
  })

  test('a surname is the full name; a county is its bare name too', async () => {
    const { namesOf } = await import('../../src/factcheck/engine/measures/entities.js')
    expect(namesOf('vladimir putin')).toContain('putin')
    expect(namesOf('marlow county')).toContain('marlow')
    expect(namesOf('red cross')).toContain('cross')
    expect(namesOf('ohio state university')).toEqual(['ohio state university'])
  })

  test("a newsroom's aliases: a region made of parts", () => {
    setAliases({ Donbas: ['Donetsk', 'Luhansk'] })
    expect(measuresIn('They hold a quarter of Donetsk and Luhansk.')).toEqual(['share:donbas'])
  })
})

describe('labels an editor can read', () => {
  test.each([
    ['The talks in Geneva lasted eight hours.', 'duration of the talks in geneva'],
    ['The revised plan has 20 points.', 'points of the revised plan'],
    ['The war is entering its fourth year.', 'year of the war'],
    ['The flood in Marlow County killed 47 people.', 'death toll in marlow county'],
    ['The fire destroyed 1,200 homes.', 'buildings destroyed'],
  ])('%s → %s', (text, label) => {
    expect(figuresOf(text)[0].measure).toBe(label)
  })
})

describe('an event verb in the passive is done to its subject', () => {
  it('"a deal was struck on 21 June" dates the deal, not a strike', () => {
    expect(figuresOf('The ferry deal was struck on 21 June.')[0].about.topic).not.toBe('strike')
  })

  it('the strike itself is still dated as the strike', () => {
    expect(figuresOf('The ferry strike began on 21 June.')[0].about.topic).toBe('strike')
  })
})

describe('a date right after its verb dates that verb', () => {
  it('"was sentenced on 12 March to eight years for embezzling" dates the sentence, not the embezzlement', () => {
    const [date] = figuresOf('Ruth Garside was sentenced on 12 March to eight years in prison for embezzling public money.').filter((f) => f.kind === 'date')
    expect(date.about.topic).toBe('sentence')
  })

  it('an event named before the date is still what it dates', () => {
    expect(figuresOf('The ferry strike began on 21 June.')[0].about.topic).toBe('strike')
  })
})

describe('a length of time late is a delay', () => {
  test.each([
    ['The passengers arrived 22 hours late.', 'delay'],
    ['The ferry reached Dunmere 12 hours behind schedule.', 'delay'],
  ])('%s → %s', (text, topic) => {
    expect(figuresOf(text)[0].about.topic).toBe(topic)
  })

  it('a length of time that is not late is no delay', () => {
    expect(figuresOf('The ferry sailed for 12 hours before reaching Dunmere.')[0].about.topic).not.toBe('delay')
  })
})

describe('money owed to people for a loss is compensation', () => {
  test.each([
    ['Passengers are owed £250 each under the rules.', 'compensation'],
    ['Each passenger is entitled to £520 in compensation.', 'compensation'],
  ])('%s → %s', (text, topic) => {
    expect(figuresOf(text)[0].about.topic).toBe(topic)
  })

  it('a price is not compensation', () => {
    expect(figuresOf('A ticket on the ferry costs £250.')[0].about.topic).not.toBe('compensation')
  })
})

describe('money is of the head of the phrase it completes', () => {
  it('"€25m in emergency aid" is aid', () => {
    expect(figuresOf('The government has approved €25m in emergency aid for the town.')[0].about.topic).toBe('aid')
  })

  it('"€25m in aid" is aid too', () => {
    expect(figuresOf('The government has approved €25m in aid for the town.')[0].about.topic).toBe('aid')
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
  ])('%s → %s', (text, version) => {
    expect(figuresOf(text)[0].about.version).toBe(version)
  })

  test('who holds or won a share', () => {
    expect(onlyFigure('Nordmark still holds half of the valley.').about.holder).toBe('nordmark')
    expect(onlyFigure('Okonjo won 52 per cent of the vote.').about.holder).toBe('okonjo')
    expect(onlyFigure("The 25 per cent of the province still under Kyiv's control.").about.holder).toBe('ukraine')
    expect(onlyFigure('The 40% of the valley still held by Nordmark is contested.').about.holder).toBe('nordmark')
  })

  test('a share of a place someone holds is a fact a demand is about, not what is demanded', () => {
    const held = onlyFigure('Nordmark wants the rebels out of the 40% of Velmora still held by Ostrava.').about
    expect([held.holder, held.proposed]).toEqual(['ostrava', undefined])
    expect(onlyFigure('The union wants a 9% pay rise.').about.proposed).toBe(true)
  })

  test('a place naming another event is not the place of the figure', () => {
    expect(onlyFigure('The three-year-old war shows no sign of ending despite the Geneva talks.').about.places).toEqual([])
    expect(onlyFigure('The war in Geneva has lasted three years.').about.places).toEqual(['geneva'])
  })

  test('a span since a first time or a record is not how long the event went on', () => {
    expect(figuresOf('Dockers walk out in their first strike for three decades.').find((f) => f.kind === 'duration')!.about.topic).toBe('')
    expect(onlyFigure('It was the worst flooding in 50 years.').about.topic).toBe('')
    expect(onlyFigure('The strike went on for three weeks.').about.topic).toBe('strike')
  })

  test('a level a change reached is its subject\'s, not the verb\'s', () => {
    expect(onlyFigure('The exclusion zone was reduced to half a kilometre.').about.topic).toBe('zone')
    expect(onlyFigure('The crews walked half a kilometre.').about.topic).not.toBe('zone')
  })

  test('how long an event went on, whatever its verb', () => {
    expect(onlyFigure('The fire burned for ten days.').about.topic).toBe('fire')
    expect(onlyFigure('The storm raged for three days.').about.topic).toBe('storm')
    expect(onlyFigure('The crews worked for ten days.').about.topic).not.toBe('fire')
  })

  test("a figure with no place of its own takes the previous sentence's", () => {
    const [figure] = figuresOf('The talks concluded in Geneva. After nearly five hours of discussions, both sides left.')
    expect(figure.about.places).toEqual(['geneva'])
  })
})

describe('no story in the engine', () => {
  // from a word's start: "computing" is no "putin"
  const STORY_WORDS = /\b(?:witkoff|kushner|putin|zelensk|kremlin|donbas|donetsk|luhansk|pokrovsk|kupyansk|ushakov|dmitriev|yermak|moscow|ukraine|russia)/i
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name)
      return statSync(file).isDirectory() ? files(file) : [file]
    })

  test('engine code and vocabulary name no story (the gazetteer, all the world\'s places, is data outside it (src/factcheck/places))', () => {
    const engine = path.join(repoRoot, 'src/factcheck/engine')
    expect(files(engine).filter((file) => STORY_WORDS.test(readFileSync(file, 'utf8'))).map((f) => path.relative(engine, f))).toEqual([])
  })
})

describe('names and plurals a headline or a title hides', () => {
  test('a capitalised hyphenated word of ordinary parts, a former title and a first plural are no names', () => {
    expect(figuresOf('Anti-graft detectives searched Ilse Marr’s home in a $40m fraud inquiry.')[0].about.entities).toEqual(['ilse marr'])
    expect(figuresOf('Ex-mayor Lund was jailed for eight years.')[0].about.entities).toEqual(['lund'])
    expect(figuresOf('Gusts of up to 60 km/h drove the fire across the Varen valley.')[0].about.entities).toEqual(['varen'])
  })

  test('a measure phrase before a second verb is no subject: "is 312 metres long and was opened in 1974"', () => {
    expect(measuresIn('The Varen bridge is 312 metres long and was opened in 1974.')).toEqual(['length:bridge', 'date:bridge'])
  })

  test('"in the end" is when, never what money is of', () => {
    expect(measuresIn('In the end Varen agreed to contribute €40m.')).not.toContain('money:end')
  })

  test("an event's age is how long it has lasted; a person's stays an age", () => {
    expect(measuresIn('The nearly four-year-old strike shows no sign of ending.')).toEqual(['duration:strike'])
    expect(measuresIn('Okafor, 61, was rescued on Tuesday.')[0]).toBe('age:age')
  })

  test('a common word before a title is the office, not a name; an acronym stays a name', () => {
    expect(figuresOf('A £12m fund was announced by the Environment Secretary.')[0].about.entities).toEqual([])
    expect(figuresOf('The NATO foreign ministers met for five hours.')[0].about.entities).toEqual(['nato'])
  })

  test('a capitalised first plural keeps the noun it is: shares are shares, sales are takings', () => {
    expect(measuresIn('Shares fell 6.4% on results day.')).toEqual(['share:share'])
    expect(measuresIn('Harbour shares fell 6.4% on results day.')).toEqual(['share:share'])
  })
})

describe('one name in two transliterations', () => {
  test('long single names a letter apart are one name for support, never surely one for a conflict', async () => {
    const { sameEntity, surelySameEntity } = await import('../../src/factcheck/engine/measures/entities.js')
    expect(sameEntity('kovalenko', 'oksana kovalenkko')).toBe(true)
    expect(sameEntity('zelinsky', 'ivan zelinskyy')).toBe(true)
    expect(surelySameEntity('zelinsky', 'ivan zelinskyy')).toBe(false)
    expect(sameEntity('jones', 'mary jonas')).toBe(false)
    expect(sameEntity('marlowe', 'kit marlowes')).toBe(true)
    expect(sameEntity('hartfield', 'anna hartwell')).toBe(false)
  })
})
