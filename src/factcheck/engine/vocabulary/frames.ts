/**
 * Measure frames: what a figure measures, from the words that govern it. "47 people died", "killed 47",
 * "the death toll rose to 47" and "47 lives were lost" all measure deaths. A newcomer adds a measure here,
 * in one place; nothing else needs to know it.
 *
 * A frame matches a figure of one of its `kinds` when the noun the figure counts or completes is one of its
 * `nouns` (or, for a bare number, its `anchors`), or a verb or adjective close to it is one of its `cues` (lemmas). `needsCue` frames need the cue:
 * "1,200 homes" alone is a town's size, "1,200 homes destroyed" a loss.
 */
import type { FigureKind } from '../types'

export interface MeasureFrame {
  /** Part of the lookup key and the comparison's identity: figures of different frames never meet. */
  measure: string
  /** How an editor reads it: "death toll", "homes destroyed". */
  label: string
  kinds: FigureKind[]
  /** For quantities, the dimensions measured ('mass', 'volume'); any when not given. */
  dimensions?: string[]
  nouns?: string[]
  /** Nouns a bare number completes: "a city of 20,000" is a population. */
  anchors?: string[]
  cues?: string[]
  needsCue?: boolean
  /** A running tally: reports revise it, so the latest report at the claim's date leads. */
  tally?: boolean
  /** Verbs whose "by N" is this measure: "won by 13,400 votes" is a margin. */
  byVerbs?: string[]
  /** Words right after the figure that make it this measure: "4,212 votes ahead". */
  followers?: string[]
  /**
   * A count of its nouns that is the subject of a verb other than its cues is what that verb says: "180,000 residents
   * have had a first dose" is no population.
   */
  notAsSubject?: boolean
  /** Used only when no other frame fits: "1,500 firefighters were tackling the flames", not "12 firefighters died". */
  lastResort?: boolean
  /** Words right before the figure that make it this measure: "home to 61,000 people". */
  leaders?: string[]
  /** Words right after the figure that make it this measure when a place follows them: "59 km to Pohjanlinna". */
  towardsPlace?: string[]
  /**
   * Of whatever the sentence names, like the cost of something: a story may measure it for several things (the
   * distance of a wreck and of a slick from one port), so a conflict needs the sentence's words too.
   */
  perThing?: boolean
  /** Measured between two places (a distance): to a town and to a site named after it is one measure, not a part and a whole. */
  betweenPlaces?: boolean
  /** Of whoever the sentence says it is of ("the plant employs", "the county's 8,400 staff"): another's is another count. */
  ofSubject?: boolean
  /** Of the place that owns it: "Kollsey's 4,600 residents" are Kollsey's, wherever the sentence goes next. */
  ofPlace?: boolean
}

const STRUCTURES = ['structure', 'home', 'house', 'building', 'dwelling', 'residence', 'property', 'homestead', 'apartment', 'business', 'school']

export const FRAMES: MeasureFrame[] = [
  {
    measure: 'deaths', label: 'death toll', kinds: ['count'], tally: true,
    nouns: ['death', 'dead', 'fatality', 'toll', 'life', 'victim', 'body'],
    cues: ['die', 'kill', 'perish', 'drown', 'dead', 'claim', 'fatal', 'life'],
  },
  {
    measure: 'injuries', label: 'number injured', kinds: ['count'], tally: true,
    nouns: ['injury', 'injured', 'wounded', 'casualty'],
    cues: ['injure', 'wound', 'hurt', 'hospitalise', 'hospitalize', 'injured', 'wounded'],
  },
  { measure: 'missing', label: 'number missing', kinds: ['count'], tally: true, cues: ['missing', 'unaccounted'] },
  {
    measure: 'evacuated', label: 'number evacuated', kinds: ['count'], tally: true,
    nouns: ['evacuee', 'evacuation'], cues: ['evacuate', 'displace', 'flee', 'displaced', 'evacuated'],
  },
  { measure: 'rescued', label: 'number rescued', kinds: ['count'], tally: true, nouns: ['rescue'], cues: ['rescue', 'rescued'] },
  { measure: 'arrests', label: 'number of arrests', kinds: ['count'], tally: true, nouns: ['arrest', 'detention'], cues: ['arrest', 'detain'] },
  {
    measure: 'destroyed', label: 'buildings destroyed', kinds: ['count'], tally: true, needsCue: true, nouns: STRUCTURES,
    cues: ['destroy', 'burn', 'lose', 'raze', 'level', 'flatten', 'wreck', 'collapse', 'gut', 'consume', 'destroyed', 'lost'],
  },
  {
    measure: 'damaged', label: 'buildings damaged', kinds: ['count'], tally: true, needsCue: true, nouns: STRUCTURES,
    cues: ['damage', 'flood', 'inundate', 'damaged', 'flooded'],
  },
  { measure: 'cases', label: 'number of cases', kinds: ['count'], tally: true, nouns: ['case', 'infection'], cues: ['infect', 'infected'] },
  {
    // "burned 8,500 hectares", "the fire covered 5,000 hectares", "the floodwater spread over 40 km²"
    measure: 'affected', label: 'area affected', kinds: ['quantity'], dimensions: ['area'], tally: true,
    cues: ['burn', 'scorch', 'char', 'blacken', 'consume', 'burned', 'burnt', 'scorched', 'cover', 'spread', 'grow', 'engulf', 'inundate'],
  },
  {
    // "1,800 tonnes of fuel oil has leaked", "160,000 gallons escaped": what a spill lost, estimated anew by each report
    measure: 'spilled', label: 'amount spilled', kinds: ['quantity'], dimensions: ['mass', 'volume'], tally: true,
    nouns: ['spill', 'leak', 'spillage', 'leakage', 'discharge'], cues: ['spill', 'leak', 'escape', 'discharge', 'gush', 'seep', 'spilled', 'leaked'],
  },
  {
    // "59 miles to the south", "95km away", "14 nautical miles off Lirquemar", "drove 59 km to Pohjanlinna"
    measure: 'distance', label: 'distance', kinds: ['quantity'], dimensions: ['length'], perThing: true, betweenPlaces: true,
    followers: [
      'away', 'off', 'offshore', 'inland', 'from', 'north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west',
      'northeast', 'northwest', 'southeast', 'southwest', 'to the north', 'to the south', 'to the east', 'to the west', 'upstream', 'downstream',
    ],
    towardsPlace: ['to', 'towards', 'toward'],
  },
  { measure: 'containment', label: 'containment', kinds: ['percent'], tally: true, nouns: ['containment'], cues: ['contain', 'contained'] },
  { measure: 'cost', label: 'cost', kinds: ['money'], tally: true, nouns: ['cost', 'price', 'bill', 'expense', 'spending'], cues: ['cost'] },
  // what was lost is not what it costs to fight or mend: insured losses and damage estimates are their own tally
  { measure: 'damage', label: 'damage', kinds: ['money'], tally: true, nouns: ['damage', 'damages', 'loss'] },
  {
    measure: 'population', label: 'population', kinds: ['count'],
    nouns: ['population', 'resident', 'inhabitant', 'townspeople', 'citizen'],
    anchors: ['city', 'town', 'village', 'community', 'country', 'nation', 'island', 'municipality', 'district', 'province', 'region', 'county', 'state', 'suburb'],
    cues: ['live', 'inhabit', 'populate'], leaders: ['home to'], notAsSubject: true, ofPlace: true,
  },
  { measure: 'turnout', label: 'turnout', kinds: ['percent', 'count'], nouns: ['turnout'], cues: ['turn out'] },
  { measure: 'vote-share', label: 'share of the vote', kinds: ['percent'], nouns: ['vote', 'ballot', 'poll'], cues: ['poll'] },
  {
    measure: 'employees', label: 'number of employees', kinds: ['count'], ofSubject: true,
    nouns: ['employee', 'staff', 'staffer', 'workforce', 'headcount', 'payroll'], anchors: ['workforce', 'staff', 'payroll', 'headcount'],
    cues: ['employ'],
  },
  {
    measure: 'attendance', label: 'attendance', kinds: ['count'],
    nouns: ['attendance', 'crowd', 'spectator', 'audience', 'attendee', 'onlooker'], anchors: ['attendance', 'crowd', 'audience'],
    cues: ['attend'],
  },
  {
    // "will cut 2,400 jobs", "shed 4,200 posts", "1,200 jobs will go": jobs lost are not jobs created or held
    measure: 'job-cuts', label: 'jobs cut', kinds: ['count'], needsCue: true, nouns: ['job', 'post', 'position', 'role'],
    cues: ['cut', 'shed', 'axe', 'eliminate', 'slash', 'scrap', 'lose', 'go', 'lay', 'redundant'],
  },
  // "demanded €4m", "a €4m ransom", "the appeal seeks $45m": what is asked for is not what is paid or spent
  { measure: 'demand', label: 'amount demanded', kinds: ['money'], nouns: ['ransom', 'demand'], cues: ['demand', 'want', 'seek'] },
  { measure: 'compensation', label: 'compensation', kinds: ['money'], nouns: ['compensation'], cues: ['owe', 'entitle', 'compensate'] },
  { measure: 'delay', label: 'delay', kinds: ['duration'], nouns: ['delay'], followers: ['late', 'behind', 'overdue'] },
  {
    // how many are out on the ground changes from one report to the next, whatever they are said to be doing
    measure: 'personnel', label: 'number deployed', kinds: ['count'], tally: true, lastResort: true,
    nouns: ['firefighter', 'rescuer', 'soldier', 'troop', 'responder', 'paramedic', 'medic', 'diver', 'lifeguard', 'smokejumper'],
  },
  {
    measure: 'margin', label: 'winning margin', kinds: ['count'], nouns: ['majority', 'margin'], anchors: ['majority', 'margin'],
    byVerbs: ['win', 'lead', 'beat', 'defeat', 'trail', 'lose', 'carry'], followers: ['ahead', 'behind', 'clear'],
  },
]
