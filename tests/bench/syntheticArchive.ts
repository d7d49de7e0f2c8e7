/**
 * A synthetic newsroom archive: many stories over many topics, each told by 3–30 reports over days or weeks.
 * Written from this file's own templates (never the seed story): the topics share words ("people", "per cent",
 * "million") and numbers, reports of one story disagree on some figures, and tallies rise from report to report.
 * Deterministic from a seed number, so every run measures the same archive; the first N sources of a larger
 * archive are the archive of size N.
 */

export function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

export interface Story {
  id: number
  topic: string
  place: string
  person: string
  org: string
  start: number
  reports: number
  /** The measure values of the story, by measure name: the first report's. */
  values: Record<string, number>
}

/** A measure of a topic: how a report states it, and whether it is a tally that rises as the story goes on. */
interface MeasureTemplate {
  name: string
  say: (s: Story, value: number) => string
  base: (random: Random) => number
  tally?: boolean
}

interface Topic {
  name: string
  headline: (s: Story) => string
  measures: MeasureTemplate[]
}

const round = (value: number) => Math.round(value)

const TOPICS: Topic[] = [
  {
    name: 'flood',
    headline: (s) => `Floods hit ${s.place}`,
    measures: [
      { name: 'deaths', tally: true, base: (r) => between(r, 2, 40), say: (s, v) => `The floods in ${s.place} have killed ${v} people, officials said.` },
      { name: 'homes', tally: true, base: (r) => between(r, 200, 5000), say: (s, v) => `About ${v} homes were flooded in ${s.place}.` },
      { name: 'river', base: (r) => between(r, 2, 9), say: (s, v) => `The river at ${s.place} rose ${v} metres above its usual level.` },
    ],
  },
  {
    name: 'earthquake',
    headline: (s) => `Earthquake strikes near ${s.place}`,
    measures: [
      { name: 'deaths', tally: true, base: (r) => between(r, 3, 300), say: (s, v) => `The earthquake near ${s.place} killed ${v} people.` },
      { name: 'buildings', tally: true, base: (r) => between(r, 10, 900), say: (s, v) => `${v} buildings collapsed in ${s.place}, rescuers said.` },
      { name: 'magnitude', base: (r) => 4 + round(r() * 40) / 10, say: (s, v) => `The quake near ${s.place} had a magnitude of ${v.toFixed(1)}.` },
    ],
  },
  {
    name: 'wildfire',
    headline: (s) => `Wildfire spreads near ${s.place}`,
    measures: [
      { name: 'area', tally: true, base: (r) => between(r, 300, 20000), say: (s, v) => `The wildfire near ${s.place} has burned ${v} hectares.` },
      { name: 'firefighters', base: (r) => between(r, 40, 900), say: (s, v) => `${v} firefighters are fighting the fire near ${s.place}.` },
      { name: 'evacuated', tally: true, base: (r) => between(r, 100, 8000), say: (s, v) => `${v} residents of ${s.place} were evacuated.` },
    ],
  },
  {
    name: 'strike',
    headline: (s) => `Strike at ${s.org}`,
    measures: [
      { name: 'days', tally: true, base: (r) => between(r, 1, 12), say: (s, v) => `The strike at ${s.org} has lasted ${v} days.` },
      { name: 'workers', base: (r) => between(r, 100, 9000), say: (s, v) => `${v} workers at ${s.org} walked out.` },
      { name: 'raise', base: (r) => between(r, 3, 15), say: (s, v) => `The union at ${s.org} is asking for a pay rise of ${v} per cent.` },
    ],
  },
  {
    name: 'election',
    headline: (s) => `${s.person} leads the vote in ${s.place}`,
    measures: [
      { name: 'share', base: (r) => between(r, 30, 65), say: (s, v) => `${s.person} won ${v} per cent of the vote in ${s.place}.` },
      { name: 'turnout', base: (r) => between(r, 35, 80), say: (s, v) => `Turnout in ${s.place} was ${v} per cent.` },
      { name: 'seats', base: (r) => between(r, 5, 60), say: (s, v) => `The party of ${s.person} won ${v} seats on the ${s.place} council.` },
    ],
  },
  {
    name: 'budget',
    headline: (s) => `${s.place} council sets its budget`,
    measures: [
      { name: 'budget', base: (r) => between(r, 20, 900), say: (s, v) => `The ${s.place} council approved a budget of ${v} million euros.` },
      { name: 'cuts', base: (r) => between(r, 2, 80), say: (s, v) => `The ${s.place} council will cut spending by ${v} million euros.` },
      { name: 'staff', base: (r) => between(r, 100, 4000), say: (s, v) => `The ${s.place} council employs ${v} people.` },
    ],
  },
  {
    name: 'rail',
    headline: (s) => `New rail line for ${s.place}`,
    measures: [
      { name: 'length', base: (r) => between(r, 8, 240), say: (s, v) => `The new rail line to ${s.place} is ${v} kilometres long.` },
      { name: 'cost', base: (r) => between(r, 100, 5000), say: (s, v) => `The rail line to ${s.place} will cost ${v} million euros.` },
      { name: 'stations', base: (r) => between(r, 3, 30), say: (s, v) => `The line to ${s.place} will have ${v} stations.` },
    ],
  },
  {
    name: 'trial',
    headline: (s) => `${s.person} sentenced`,
    measures: [
      { name: 'sentence', base: (r) => between(r, 2, 25), say: (s, v) => `${s.person} was sentenced to ${v} years in prison.` },
      { name: 'fine', base: (r) => between(r, 10, 900), say: (s, v) => `${s.person} was also fined ${v} thousand euros.` },
      { name: 'trial', base: (r) => between(r, 3, 60), say: (s, v) => `The trial of ${s.person} lasted ${v} days.` },
    ],
  },
  {
    name: 'earnings',
    headline: (s) => `${s.org} reports its results`,
    measures: [
      { name: 'revenue', base: (r) => between(r, 50, 9000), say: (s, v) => `${s.org} reported revenue of ${v} million dollars.` },
      { name: 'jobs', base: (r) => between(r, 50, 6000), say: (s, v) => `${s.org} will cut ${v} jobs.` },
      { name: 'growth', base: (r) => between(r, 1, 30), say: (s, v) => `Sales at ${s.org} grew ${v} per cent.` },
    ],
  },
  {
    name: 'football',
    headline: (s) => `${s.place} United's season`,
    measures: [
      { name: 'wins', tally: true, base: (r) => between(r, 2, 20), say: (s, v) => `${s.place} United have won ${v} matches this season.` },
      { name: 'goals', tally: true, base: (r) => between(r, 3, 30), say: (s, v) => `${s.person} has scored ${v} goals for ${s.place} United.` },
      { name: 'crowd', base: (r) => between(r, 5000, 60000), say: (s, v) => `${v} fans watched ${s.place} United at home.` },
    ],
  },
  {
    name: 'outbreak',
    headline: (s) => `Measles outbreak in ${s.place}`,
    measures: [
      { name: 'cases', tally: true, base: (r) => between(r, 5, 400), say: (s, v) => `${v} cases of measles have been confirmed in ${s.place}.` },
      { name: 'hospital', tally: true, base: (r) => between(r, 1, 60), say: (s, v) => `${v} people are in hospital in ${s.place}.` },
      { name: 'vaccinated', base: (r) => between(r, 60, 97), say: (s, v) => `${v} per cent of children in ${s.place} are vaccinated.` },
    ],
  },
  {
    name: 'migration',
    headline: (s) => `Boats reach ${s.place}`,
    measures: [
      { name: 'arrivals', tally: true, base: (r) => between(r, 50, 3000), say: (s, v) => `${v} migrants have arrived in ${s.place} this month.` },
      { name: 'boats', tally: true, base: (r) => between(r, 2, 80), say: (s, v) => `${v} boats landed at ${s.place}.` },
      { name: 'centre', base: (r) => between(r, 100, 2000), say: (s, v) => `The reception centre in ${s.place} has room for ${v} people.` },
    ],
  },
  {
    name: 'housing',
    headline: (s) => `Rents climb in ${s.place}`,
    measures: [
      { name: 'rents', base: (r) => between(r, 2, 25), say: (s, v) => `Average rents in ${s.place} rose ${v} per cent last year.` },
      { name: 'homes', base: (r) => between(r, 100, 9000), say: (s, v) => `${s.place} plans to build ${v} new homes.` },
      { name: 'waiting', base: (r) => between(r, 500, 30000), say: (s, v) => `${v} households are waiting for social housing in ${s.place}.` },
    ],
  },
  {
    name: 'heatwave',
    headline: (s) => `Heatwave grips ${s.place}`,
    measures: [
      { name: 'temperature', base: (r) => between(r, 34, 47), say: (s, v) => `Temperatures in ${s.place} reached ${v} degrees Celsius.` },
      { name: 'deaths', tally: true, base: (r) => between(r, 1, 90), say: (s, v) => `The heat has killed ${v} people in ${s.place}.` },
      { name: 'days', tally: true, base: (r) => between(r, 3, 14), say: (s, v) => `The heatwave in ${s.place} has lasted ${v} days.` },
    ],
  },
  {
    name: 'protest',
    headline: (s) => `Protest in ${s.place}`,
    measures: [
      { name: 'marchers', base: (r) => between(r, 500, 90000), say: (s, v) => `${v} people marched through ${s.place}.` },
      { name: 'arrests', tally: true, base: (r) => between(r, 2, 300), say: (s, v) => `Police in ${s.place} arrested ${v} people.` },
      { name: 'injured', tally: true, base: (r) => between(r, 1, 80), say: (s, v) => `${v} people were injured in ${s.place}.` },
    ],
  },
  {
    name: 'crash',
    headline: (s) => `Plane crash near ${s.place}`,
    measures: [
      { name: 'passengers', base: (r) => between(r, 20, 300), say: (s, v) => `The plane that crashed near ${s.place} carried ${v} passengers.` },
      { name: 'deaths', tally: true, base: (r) => between(r, 1, 200), say: (s, v) => `The crash near ${s.place} killed ${v} people.` },
      { name: 'age', base: (r) => between(r, 3, 35), say: (s, v) => `The aircraft that came down near ${s.place} was ${v} years old.` },
    ],
  },
  {
    name: 'mine',
    headline: (s) => `Miners trapped at ${s.place}`,
    measures: [
      { name: 'trapped', base: (r) => between(r, 3, 60), say: (s, v) => `${v} miners are trapped at the ${s.place} mine.` },
      { name: 'depth', base: (r) => between(r, 100, 1500), say: (s, v) => `The miners at ${s.place} are ${v} metres underground.` },
      { name: 'rescued', tally: true, base: (r) => between(r, 1, 20), say: (s, v) => `Rescuers at ${s.place} have brought ${v} miners to the surface.` },
    ],
  },
  {
    name: 'schools',
    headline: (s) => `Schools in ${s.place}`,
    measures: [
      { name: 'pupils', base: (r) => between(r, 200, 40000), say: (s, v) => `Schools in ${s.place} have ${v} pupils.` },
      { name: 'teachers', base: (r) => between(r, 20, 3000), say: (s, v) => `${s.place} is short of ${v} teachers.` },
      { name: 'closed', tally: true, base: (r) => between(r, 1, 40), say: (s, v) => `${v} schools in ${s.place} have closed.` },
    ],
  },
  {
    name: 'bridge',
    headline: (s) => `Bridge works at ${s.place}`,
    measures: [
      { name: 'span', base: (r) => between(r, 80, 3000), say: (s, v) => `The bridge at ${s.place} is ${v} metres long.` },
      { name: 'closure', tally: true, base: (r) => between(r, 2, 30), say: (s, v) => `The bridge at ${s.place} has been closed for ${v} weeks.` },
      { name: 'repairs', base: (r) => between(r, 5, 400), say: (s, v) => `Repairs to the bridge at ${s.place} will cost ${v} million euros.` },
    ],
  },
  {
    name: 'windfarm',
    headline: (s) => `Wind farm off ${s.place}`,
    measures: [
      { name: 'capacity', base: (r) => between(r, 50, 1500), say: (s, v) => `The wind farm off ${s.place} will produce ${v} megawatts.` },
      { name: 'turbines', base: (r) => between(r, 10, 140), say: (s, v) => `The wind farm off ${s.place} has ${v} turbines.` },
      { name: 'cost', base: (r) => between(r, 100, 4000), say: (s, v) => `The wind farm off ${s.place} cost ${v} million euros.` },
    ],
  },
  {
    name: 'jobs',
    headline: (s) => `Jobless rate in ${s.place}`,
    measures: [
      { name: 'unemployment', base: (r) => between(r, 3, 18), say: (s, v) => `Unemployment in ${s.place} fell to ${v} per cent.` },
      { name: 'jobseekers', base: (r) => between(r, 1000, 90000), say: (s, v) => `${v} people in ${s.place} are looking for work.` },
      { name: 'youth', base: (r) => between(r, 8, 35), say: (s, v) => `Youth unemployment in ${s.place} is ${v} per cent.` },
    ],
  },
  {
    name: 'talks',
    headline: (s) => `Talks in ${s.place}`,
    measures: [
      { name: 'duration', base: (r) => between(r, 2, 14), say: (s, v) => `The talks in ${s.place} lasted ${v} hours.` },
      { name: 'delegates', base: (r) => between(r, 4, 120), say: (s, v) => `${v} delegates attended the talks in ${s.place}.` },
      { name: 'points', base: (r) => between(r, 5, 40), say: (s, v) => `The plan discussed in ${s.place} has ${v} points.` },
    ],
  },
]

/** Sentences with numbers that belong to no measure of the story: the noise every real report has. */
const FILLERS = [
  (s: Story, r: Random) => `A spokesperson for ${s.org} said ${between(r, 2, 12)} officials would visit next week.`,
  (s: Story, r: Random) => `Local radio in ${s.place} has covered the story for ${between(r, 2, 9)} days.`,
  (s: Story, r: Random) => `${s.person}, ${between(r, 30, 70)}, spoke to reporters on Tuesday.`,
  (s: Story) => `More details are expected from ${s.org} later this week.`,
  (s: Story) => `Residents of ${s.place} said they were worried.`,
]

const SYLLABLES = ['kel', 'mor', 'an', 'dor', 'vel', 'ras', 'ith', 'bro', 'sal', 'ten', 'wyn', 'car', 'lo', 'mir', 'pen', 'tor', 'ul', 'ves', 'ham', 'gar']
const PLACE_SUFFIXES = ['', '', ' Vale', ' Bay', ' County', 'ford', 'ton', ' Harbour', 'by', ' Springs']
const FIRST_NAMES = ['Ana', 'Boris', 'Chloe', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca', 'Maya', 'Nils', 'Olga', 'Pavel']
const ORG_KINDS = ['Metals', 'Motors', 'Logistics', 'Textiles', 'Foods', 'Shipping', 'Energy', 'Chemicals']

const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1)
const invented = (random: Random, syllables: number) => capitalise(Array.from({ length: syllables }, () => pick(random, SYLLABLES)).join(''))

const DAY = 86_400_000
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** Reports per story: 3 to 30, most stories short. */
const reportCount = (random: Random) => 3 + Math.floor(27 * random() ** 3)

/** The archive's stories, each about a place of its own. */
export function* stories(seed: number, taken = new Set<string>()): Generator<Story> {
  const random = prng(seed)
  for (let id = 0; ; id++) {
    const topic = TOPICS[id % TOPICS.length]
    let place: string
    do place = `${invented(random, between(random, 2, 3))}${pick(random, PLACE_SUFFIXES)}`
    while (taken.has(place))
    taken.add(place)
    const values = Object.fromEntries(topic.measures.map((measure) => [measure.name, measure.base(random)]))
    yield {
      id,
      topic: topic.name,
      place,
      person: `${pick(random, FIRST_NAMES)} ${invented(random, 2)}`,
      org: `${invented(random, 2)} ${pick(random, ORG_KINDS)}`,
      start: Date.UTC(2016, 0, 1) + between(random, 0, 3500) * DAY,
      reports: reportCount(random),
      values,
    }
  }
}

const topicOf = (story: Story) => TOPICS.find((topic) => topic.name === story.topic) as Topic

/** Report `index` of a story: its date, and the value it states for each measure (tallies rise; some disagree). */
export function reportValue(story: Story, measure: MeasureTemplate, index: number, random: Random): number {
  const base = story.values[measure.name]
  if (measure.tally) return round(base * (1 + index * 0.15))
  // One report in six gets a fixed figure wrong: the archive disagrees with itself.
  return random() < 1 / 6 ? round(base * 1.6) + 1 : base
}

export const reportDay = (story: Story, index: number) => isoDay(story.start + index * 2 * DAY)

export interface SyntheticSource {
  key: string
  title: string
  text: string
  publishedAt: string
  publisher: string
  story: number
}

/** The first `count` sources of the archive, story after story. */
export function* archive(count: number, seed: number): Generator<SyntheticSource> {
  const random = prng(seed * 7919 + 1)
  let made = 0
  for (const story of stories(seed)) {
    const topic = topicOf(story)
    for (let index = 0; index < story.reports; index++) {
      if (made++ >= count) return
      const sentences = topic.measures
        .filter(() => random() < 0.8)
        .map((measure) => measure.say(story, reportValue(story, measure, index, random)))
      const fillers = Array.from({ length: between(random, 1, 3) }, () => pick(random, FILLERS)(story, random))
      yield {
        key: `story-${story.id}-report-${index}`,
        title: `${topic.headline(story)}${index > 0 ? ` (update ${index})` : ''}`,
        text: [...sentences, ...fillers].sort(() => random() - 0.5).join(' '),
        publishedAt: reportDay(story, index),
        publisher: pick(random, ['Wire Service', 'City Desk', 'Regional Bureau']),
        story: story.id,
      }
    }
  }
}

export interface BenchClaim {
  kind: 'conflict' | 'supported' | 'unrelated'
  text: string
  context: string
  date: string
  /** Keys of the story's sources (the evidence a correct check cites). */
  story?: number
}

/**
 * Claims about the stories of an archive of `count` sources: the latest figure of a fixed measure (supported), a
 * figure far from every report's (conflict), and claims about places the archive never mentions (unrelated).
 */
export function claims(count: number, seed: number, perKind: number): BenchClaim[] {
  const random = prng(seed * 31 + 5)
  const inArchive: Story[] = []
  let made = 0
  for (const story of stories(seed)) {
    if (made + story.reports > count) break
    made += story.reports
    inArchive.push(story)
  }
  const result: BenchClaim[] = []
  for (let i = 0; i < perKind; i++) {
    const story = inArchive[Math.floor(random() * inArchive.length)]
    const topic = topicOf(story)
    const fixed = topic.measures.filter((measure) => !measure.tally)
    const measure = pick(random, fixed)
    const base = story.values[measure.name]
    const date = reportDay(story, story.reports)
    const context = topic.headline(story)
    result.push({ kind: 'supported', text: measure.say(story, base), context, date, story: story.id })
    result.push({ kind: 'conflict', text: measure.say(story, round(base * 3) + 7), context, date, story: story.id })
  }
  // Stories the archive does not have: places it never names.
  const outside = stories(seed + 1_000_003, new Set(inArchive.map((story) => story.place)))
  for (let i = 0; i < perKind; i++) {
    const story = outside.next().value as Story
    const topic = topicOf(story)
    const measure = pick(random, topic.measures)
    result.push({ kind: 'unrelated', text: measure.say(story, story.values[measure.name]), context: topic.headline(story), date: reportDay(story, 1) })
  }
  return result
}

export const TOPIC_COUNT = TOPICS.length
