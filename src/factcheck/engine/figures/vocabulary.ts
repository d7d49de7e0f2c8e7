/**
 * The words of figures, in one place: number and scale words, vague amounts, units and currencies,
 * qualifiers, and the function words the extractor leans on. To teach the extractor a new unit or
 * phrase, add a line here; the code reads these tables and never lists words of its own.
 */
import type { FigureKind } from '../types'

/** A lookup table without a prototype, so that words such as "constructor" are never found in it. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}

export const NUMBER_WORDS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
})
export const TENS_WORDS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
})
export const SCALE_WORDS: Record<string, number> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
})
/** Abbreviated scales written after a number: "20k", "1.5bn", "$3tn". */
export const SHORT_SCALES: Record<string, number> = table({ k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12 })
/** "m" is a million only next to a currency or before counted people ("3m people"); otherwise metres. */
export const AMBIGUOUS_SCALES: Record<string, number> = table({ m: 1e6 })
/** Plural nouns a scale letter may count ("3m people"); regular plurals are found by their lemma. */
export const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'cattle', 'livestock', 'personnel', 'sheep', 'fish', 'deer', 'aircraft'])
/** "a dozen", "two dozen", "half a dozen". */
export const DOZEN = { word: 'dozen', size: 12 }
/** "a score of points": twenty ("scores of" is a vague amount). */
export const SCORE_WORD = { word: 'score', size: 20 }

/** Denominators of fractions written in words: "two-thirds", "a quarter". */
export const FRACTION_WORDS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
})
/** Words around a fraction that make it one: "half of", "half the", "by a third", "than half". */
export const FRACTION_FOLLOWERS = new Set(['of', 'a', 'an', 'the', 'their', 'its', 'his', 'her', 'our', 'that', 'this', 'those', 'these', 'all'])
export const FRACTION_LEADERS = new Set(['by', 'than', 'about', 'roughly', 'nearly', 'almost', 'around', 'some', 'over', 'under', 'just'])
/** Unicode vulgar fractions: "1½ hours". */
export const FRACTION_CHARACTERS: Record<string, number> = table({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 })

/**
 * Vague plurals ("dozens of", "tens of thousands"): the lowest plural reading (twice the base) up to
 * just below the next order of magnitude. Multi-word forms are listed with their words.
 */
export const VAGUE_AMOUNTS: Array<{ words: string[]; low: number; high: number }> = [
  { words: ['tens', 'of', 'thousands'], low: 2e4, high: 99_999 },
  { words: ['hundreds', 'of', 'thousands'], low: 2e5, high: 999_999 },
  { words: ['tens', 'of', 'millions'], low: 2e7, high: 99_999_999 },
  { words: ['hundreds', 'of', 'millions'], low: 2e8, high: 999_999_999 },
  { words: ['dozens'], low: 24, high: 99 },
  { words: ['scores'], low: 40, high: 199 },
  { words: ['hundreds'], low: 200, high: 999 },
  { words: ['thousands'], low: 2000, high: 9999 },
  { words: ['millions'], low: 2e6, high: 9_999_999 },
  { words: ['billions'], low: 2e9, high: 9_999_999_999 },
]

/** Signs and words that make the number after them negative: "-4", "minus 3", "−2.5%". */
export const NEGATIVE_SIGNS = new Set(['-', '−', 'minus'])
/** Words after a number that make it a time of day, not an amount: "3 p.m.", "10 GMT". */
export const TIME_OF_DAY = new Set(['am', 'a.m.', 'a.m', 'pm', 'p.m.', 'p.m', 'gmt', 'bst', 'utc', 'et', 'pt', 'cet', "o'clock", 'o’clock'])
/**
 * Times of day (figures/times.ts). Words that are a time themselves, in minutes after midnight: "shortly before
 * midnight", "at noon". A capitalised one inside a sentence is a name ("Midnight Oil"), not a time.
 */
export const TIME_WORDS: Record<string, number> = table({ midnight: 0, noon: 720, midday: 720 })
/** "twenty to four", "quarter past nine", "ten after six": the minutes a word before "past" or "to" stands for. */
export const CLOCK_MINUTE_WORDS: Record<string, number> = table({ five: 5, ten: 10, quarter: 15, 'a quarter': 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, half: 30 })
/** Words after an hour that count forward from it ("past") or back to it ("to"). */
export const CLOCK_DIRECTIONS: Record<string, 1 | -1> = table({ past: 1, after: 1, to: -1, before: -1, of: -1 })
/** Hours written in words: "four o'clock". */
export const CLOCK_HOUR_WORDS: Record<string, number> = table({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
})
/**
 * Words after a time written in words that say which half of the day it is in: "twenty to four" alone may be either,
 * and is no figure; "twenty to four on Monday morning" is 3.40am. "Night" is evening for late hours, morning for early.
 */
export const DAY_HALF_WORDS: Record<string, 'am' | 'pm' | 'night'> = table({
  morning: 'am', dawn: 'am', 'a.m.': 'am', am: 'am', afternoon: 'pm', evening: 'pm', 'p.m.': 'pm', pm: 'pm', night: 'night', overnight: 'night',
})
/**
 * Words before a time of day and the window of minutes around it they allow, [from, to] relative to the time
 * written (both ends included; the longest phrase wins): "about 10pm" is 9.30pm to 10.30pm, "before 10pm" the
 * three hours up to it, "well past midnight" from half past twelve to four. A time with none of these is the
 * time written, give or take how round it is (see TIME_ROUNDING).
 */
export const TIME_QUALIFIERS: Array<[string, Qualifier, [number, number]]> = [
  ['about', 'approx', [-30, 30]], ['around', 'approx', [-30, 30]], ['roughly', 'approx', [-30, 30]], ['approximately', 'approx', [-30, 30]],
  ['circa', 'approx', [-30, 30]], ['some time around', 'approx', [-30, 30]], ['sometime around', 'approx', [-30, 30]],
  ['nearly', 'nearly', [-30, 0]], ['almost', 'nearly', [-30, 0]], ['close to', 'nearly', [-30, 0]],
  ['shortly before', 'justBelow', [-45, -1]], ['just before', 'justBelow', [-45, -1]], ['soon before', 'justBelow', [-45, -1]],
  ['right before', 'justBelow', [-45, -1]], ['moments before', 'justBelow', [-45, -1]], ['minutes before', 'justBelow', [-45, -1]],
  ['not long before', 'justBelow', [-45, -1]],
  ['well before', 'wellBelow', [-240, -31]], ['long before', 'wellBelow', [-240, -31]],
  ['before', 'below', [-180, -1]],
  ['shortly after', 'justAbove', [1, 45]], ['just after', 'justAbove', [1, 45]], ['soon after', 'justAbove', [1, 45]],
  ['right after', 'justAbove', [1, 45]], ['moments after', 'justAbove', [1, 45]], ['minutes after', 'justAbove', [1, 45]],
  ['not long after', 'justAbove', [1, 45]], ['shortly past', 'justAbove', [1, 45]], ['just past', 'justAbove', [1, 45]],
  ['just gone', 'justAbove', [1, 45]], ['past', 'justAbove', [1, 45]],
  ['well past', 'wellAbove', [31, 240]], ['well after', 'wellAbove', [31, 240]], ['long after', 'wellAbove', [31, 240]],
  ['long past', 'wellAbove', [31, 240]], ['far past', 'wellAbove', [31, 240]],
  ['after', 'above', [1, 180]],
  ['by', 'atMost', [-240, 0]],
]
/** Slack of a time written without a qualifier, by how round it is: to the hour (and "midnight"), to five minutes, to the minute. */
export const TIME_ROUNDING = { hour: 15, fiveMinutes: 3, minute: 0 }
/** Parts of the night read as a time of day: "in the early hours of Sunday" is between midnight and 5am. */
export const TIME_PERIODS: Array<{ words: string[]; window: [number, number] }> = [
  { words: ['early', 'hours'], window: [0, 300] },
  { words: ['small', 'hours'], window: [0, 300] },
  { words: ['wee', 'hours'], window: [0, 300] },
]
/**
 * Time zones written after a time ("14:20 GMT"), to one name per zone; "<Name> time" ("Vorsk time") is the zone of
 * that place, and "local time" none: a time in one zone is never compared with one in another or in none.
 */
export const TIME_ZONES: Record<string, string> = table({
  gmt: 'utc', utc: 'utc', greenwich: 'utc', bst: 'bst', cet: 'cet', cest: 'cest', eet: 'eet', eest: 'eest', msk: 'msk',
  et: 'et', est: 'et', edt: 'et', eastern: 'et', ct: 'ct', cst: 'ct', cdt: 'ct', central: 'ct', mt: 'mt', mst: 'mt', mdt: 'mt',
  mountain: 'mt', pt: 'pt', pst: 'pt', pdt: 'pt', pacific: 'pt', ist: 'ist', jst: 'jst', aest: 'aest', aedt: 'aedt', hkt: 'hkt', sgt: 'sgt',
})
/** "10pm local time": a zone word that names no zone. */
export const LOCAL_TIME_WORDS = new Set(['local'])
/** Words before a time that make "N am/pm" written in capitals with a space ("at 10 PM") a time, not a prime minister. */
export const TIME_PREPOSITIONS = new Set(['at', 'by', 'before', 'after', 'until', 'till', 'from', 'to', 'around', 'about', 'past', 'since', 'between', 'and'])
/**
 * Words a few words before "N:NN" that make it a score, odds, a ratio or a running time ("won 10:30"?, "odds of
 * 5:20", "finished in 2:08"), not a time of day.
 */
export const NOT_CLOCK_BEFORE = new Set([
  'won', 'win', 'beat', 'beats', 'lost', 'lose', 'drew', 'draw', 'led', 'trailed', 'score', 'scoreline', 'odds', 'ratio', 'verse',
  'clocked', 'record', 'best', 'ran', 'finished', 'time', 'times', 'margin', 'split',
])
/** Words right before "N:NN" that make it how long something took: "won the race in 2:08". */
export const CLOCK_DURATION_BEFORE = new Set(['in', 'within', 'of'])
/** Words right after "N:NN" that make it odds, a ratio or a score. */
export const NOT_CLOCK_AFTER = new Set([
  'odds', 'ratio', 'win', 'victory', 'defeat', 'loss', 'lead', 'scoreline', 'shot', 'favourite', 'favorite', 'chance', 'majority',
  'margin', 'draw', 'hours', 'hrs', 'minutes', 'mins', 'split', 'pace', 'marathon', 'mile', 'finish',
])

/** Words that introduce the unit a rate is given per: "$15 an hour", "300 per square kilometre". */
export const RATE_WORDS = new Set(['per', 'a', 'an', 'every', '/'])
/** Words after a span that make it relative to an event: "two weeks ago" (lead), "five hours later" (lag). */
/** Verbs of going on for a time: "lasted 11 hours before collapsing" is how long, not how long before. */
export const LASTING_VERBS = ['last', 'take', 'run', 'stretch', 'continue', 'drag', 'extend', 'span', 'spend', 'wait', 'fly', 'burn', 'deliberate']

export const RELATIVE_AFTER: Record<string, 'lead' | 'lag'> = table({ ago: 'lead', earlier: 'lead', later: 'lag' })
/**
 * Words before "N years ago" in its clause that make it a point of comparison or the bound of a period, not the date
 * of the event the sentence tells: "higher than four years ago", "up from a year ago", "until two weeks ago".
 */
export const AGO_REFERENCE_WORDS = new Set([
  'than', 'from', 'since', 'until', 'till', 'with', 'as', 'versus', 'vs', 'vs.', 'compared', 'against', 'before', 'after', 'by', 'over', 'between', 'to',
])
/** Words before a bare number that make it an age: "aged 74". ("at the age of 19" is read as "age" + "of".) */
/** Words that make a "by" date a deadline the clause sets: "must deliver a report by 30 June", "is due to finish by May". */
export const OBLIGATION_WORDS = ['must', 'due', 'will', 'shall', 'should', 'has to', 'have to', 'is to', 'are to', 'required', 'obliged', 'expected', 'scheduled', 'set to']

export const AGE_WORDS = new Set(['aged'])
/** Words glued to a number by a hyphen that leave it a plain number: "a magnitude-7 quake". */
export const NUMBER_PREFIXES = new Set(['magnitude'])
/** "five degrees below zero". */
export const BELOW_ZERO = ['below', 'zero']

export const ORDINAL_WORDS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
})
/** What an ordinal can count in a figure worth checking: "its fourth year", "the second round". */
export const ORDINAL_UNITS = new Set(['year', 'month', 'week', 'day', 'round', 'anniversary', 'term', 'title', 'championship', 'victory', 'win', 'time', 'explosion', 'blast', 'strike', 'attack', 'accident'])
/** Words between a count and its noun: "four additional documents". */
export const COUNT_MODIFIERS = new Set(['more', 'additional', 'extra', 'further', 'other', 'new', 'separate', 'fewer'])
/** Tails of hyphen compounds: "four-year-long", "a 34-year-old man". */
export const COMPOUND_TAILS = new Set(['long', 'old', 'strong', 'wide', 'high', 'deep', 'tall'])
/** Verbs (lemmas) and particles that turn "to N"/"from N" into the after/before states of a change. */
export const CHANGE_WORDS = new Set([
  'reduce', 'cut', 'scale', 'trim', 'slash', 'lower', 'raise', 'increase', 'expand', 'shrink', 'pare', 'narrow',
  'rise', 'fall', 'drop', 'grow', 'climb', 'decline', 'decrease', 'boost', 'revise', 'bring', 'amend',
  'streamline', 'shorten', 'lengthen', 'change', 'down', 'up', 'back', 'jump', 'soar', 'surge', 'plunge',
  'slip', 'dip', 'edge', 'widen', 'ease', 'swell', 'tumble', 'sink', 'double', 'halve', 'move', 'go',
])
/** Words before a bare number that compare it with an amount just stated: "2,233 sq ft, down from 2,467". */
export const COMPARED_WITH = new Set(['from', 'against', 'versus', 'vs', 'vs.', 'with'])
/** Words after "N times" that make it a multiple ("three times higher"), not a count of occasions. */
export const MULTIPLE_FOLLOWERS = new Set([
  'more', 'higher', 'larger', 'bigger', 'greater', 'faster', 'as', 'the', 'longer', 'lower', 'smaller', 'less', 'fewer', 'over',
  'that', 'this', 'its', 'their', 'his', 'her', 'what', 'normal', 'usual',
])
/** Multiples written as one word: "twice its rival's haul", "roughly double the rate" (not the verb "doubled"). */
export const MULTIPLE_WORDS: Record<string, number> = table({ twice: 2, double: 2, triple: 3, treble: 3, quadruple: 4 })
/** Nouns after "N-point" that make the points a score or a margin ("a six-point lead"), not parts of a plan. */
export const SCORE_NOUNS = new Set(['lead', 'gap', 'margin', 'swing', 'drop', 'fall', 'rise', 'gain', 'jump', 'deficit', 'advantage', 'decline', 'increase', 'slide', 'loss', 'win', 'victory', 'cut'])
/** Nouns near "N points" that make the points parts of a document ("the plan's 20 points"), not a score. */
export const DOCUMENT_NOUNS = new Set(['plan', 'proposal', 'programme', 'program', 'agenda', 'charter', 'list', 'document', 'deal', 'framework', 'manifesto', 'blueprint', 'roadmap', 'declaration', 'treaty', 'draft', 'memorandum', 'platform', 'provision'])
/** "one in five", "1 in 8": a share written as a count out of a whole. */
export const OUT_OF = ['out of', 'in']
/** Prepositions and determiners before a four-digit number that make it a year: "in 2019", "the 2014 annexation" (not "of": "a total of 1885 runners"). */
export const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'pre', 'post', 'before', 'after', 'through', 'fiscal', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter'])
export const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', "'s", '’s'])
/** Verbs that give things to someone named right after them: "gives Ostrava 4 documents" counts documents, not a model. */
export const GIVING_VERBS = new Set(['give', 'hand', 'send', 'bring', 'deliver', 'present', 'offer', 'pay', 'owe', 'cost', 'award', 'grant', 'lend', 'sell', 'show', 'promise', 'leave'])
/** Words between a number and the plural noun it counts: "4 more documents". */
export const COUNT_BETWEEN = new Set(['more', 'additional', 'new', 'further', 'extra', 'other'])
/** Nouns after a number that make it an identifier, not an amount: "No. 10", "Article 5", "Flight 370". */
export const NAME_BEFORE_NUMBER = new Set(['no', 'no.', 'nos', 'number', '#', 'article', 'section', 'chapter', 'flight', 'route', 'room', 'page', 'level', 'bus', 'line', 'platform', 'gate', 'exit', 'junction', 'category', 'phase', 'stage', 'version', 'season', 'episode', 'series', 'model', 'grade', 'class', 'division', 'district', 'ward', 'highway', 'interstate', 'paragraph', 'clause', 'rule', 'resolution', 'amendment', 'bill', 'act', 'proposition', 'measure', 'item', 'lap', 'photo', 'image', 'slide', 'picture', 'part', 'hole', 'pier', 'terminal', 'apartment', 'unit', 'suite', 'floor', 'channel', 'track'])

export type Qualifier =
  | 'approx' | 'nearly' | 'above' | 'justAbove' | 'wellAbove' | 'below' | 'atLeast' | 'atMost' | 'exact'
  // times of day only ("shortly before midnight", "well before dawn's 6am"): a fixed window of minutes
  | 'justBelow' | 'wellBelow'

export const QUALIFIERS_BEFORE: Array<[string, Qualifier]> = [
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['some', 'approx'],
  ['circa', 'approx'], ['ca.', 'approx'], ['~', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['just shy of', 'nearly'],
  ['not quite', 'nearly'], ['approaching', 'nearly'], ['approaches', 'nearly'], ['approach', 'nearly'],
  ['more than', 'above'], ['over', 'above'], ['above', 'above'], ['in excess of', 'above'], ['exceeding', 'above'],
  ['upwards of', 'above'], ['north of', 'above'], ['past', 'above'],
  ['just over', 'justAbove'], ['just above', 'justAbove'], ['slightly more than', 'justAbove'],
  ['a little over', 'justAbove'], ['just past', 'justAbove'],
  ['well over', 'wellAbove'], ['well above', 'wellAbove'], ['far more than', 'wellAbove'],
  ['much more than', 'wellAbove'], ['well past', 'wellAbove'],
  ['less than', 'below'], ['under', 'below'], ['fewer than', 'below'], ['below', 'below'],
  ['at least', 'atLeast'], ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['a minimum of', 'atLeast'],
  ['up to', 'atMost'], ['at most', 'atMost'], ['no more than', 'atMost'], ['as many as', 'atMost'],
  ['a maximum of', 'atMost'],
  ['just', 'exact'], ['only', 'exact'], ['exactly', 'exact'], ['precisely', 'exact'], ['a mere', 'exact'],
]
/** Qualifiers written after the figure: "five hours or more". */
export const QUALIFIERS_AFTER: Array<[string, Qualifier]> = [
  ['or more', 'atLeast'], ['or so', 'approx'], ['or less', 'atMost'], ['or fewer', 'atMost'], ['plus', 'atLeast'],
]
/** Verbs whose particle looks like a qualifier: "handed over 4 documents" is not "more than 4". */
export const PARTICLE_VERBS = new Set(['hand', 'turn', 'take', 'pass', 'give', 'win', 'hold', 'carry', 'sign', 'roll', 'look', 'pick', 'add', 'make', 'end', 'bring', 'stretch'])

/**
 * Units. `unit` is the engine's canonical name (existing names kept; new ones are their usual symbols),
 * `qty` the js-quantities name that converts it (time units convert through `hours`), `words` the
 * written forms (lower case; several words for phrases). `glued` forms count only when written against
 * the number ("5m", "10in", "3t"), because alone they are ordinary words or letters.
 */
export interface UnitEntry {
  unit: string
  kind: FigureKind
  dimension: string
  qty?: string
  /** Size in hours, for calendar units js-quantities does not know (months). */
  hours?: number
  words: string[]
  /** Compared case-sensitively: "3M" is a company, "3m" three metres. */
  glued?: string[]
  /** Case-sensitive forms ("GB", "MW"): lower case would be a word or another unit. */
  symbols?: string[]
}

export const UNIT_TABLE: UnitEntry[] = [
  // time
  { unit: 'millisecond', kind: 'duration', dimension: 'time', hours: 1 / 3_600_000, words: ['ms', 'millisecond', 'milliseconds'] },
  { unit: 'second', kind: 'duration', dimension: 'time', hours: 1 / 3600, words: ['second', 'seconds', 'sec', 'secs'], glued: ['s'] },
  { unit: 'minute', kind: 'duration', dimension: 'time', hours: 1 / 60, words: ['minute', 'minutes', 'min', 'mins'] },
  { unit: 'hour', kind: 'duration', dimension: 'time', hours: 1, words: ['hour', 'hours', 'hr', 'hrs'], glued: ['h'] },
  { unit: 'day', kind: 'duration', dimension: 'time', hours: 24, words: ['day', 'days'] },
  { unit: 'week', kind: 'duration', dimension: 'time', hours: 168, words: ['week', 'weeks', 'wk', 'wks'] },
  { unit: 'fortnight', kind: 'duration', dimension: 'time', hours: 336, words: ['fortnight', 'fortnights'] },
  { unit: 'month', kind: 'duration', dimension: 'time', hours: 730.5, words: ['month', 'months'] },
  { unit: 'year', kind: 'duration', dimension: 'time', hours: 8766, words: ['year', 'years', 'yr', 'yrs'] },
  { unit: 'decade', kind: 'duration', dimension: 'time', hours: 87_660, words: ['decade', 'decades'] },
  { unit: 'century', kind: 'duration', dimension: 'time', hours: 876_600, words: ['century', 'centuries'] },
  // length
  { unit: 'mm', kind: 'quantity', dimension: 'length', qty: 'mm', words: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'] },
  { unit: 'cm', kind: 'quantity', dimension: 'length', qty: 'cm', words: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'] },
  { unit: 'metre', kind: 'quantity', dimension: 'length', qty: 'm', words: ['metre', 'metres', 'meter', 'meters'], glued: ['m'], symbols: ['m'] },
  { unit: 'km', kind: 'quantity', dimension: 'length', qty: 'km', words: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'] },
  { unit: 'in', kind: 'quantity', dimension: 'length', qty: 'in', words: ['inch', 'inches'], glued: ['in'] },
  { unit: 'ft', kind: 'quantity', dimension: 'length', qty: 'ft', words: ['ft', 'foot', 'feet'] },
  { unit: 'yd', kind: 'quantity', dimension: 'length', qty: 'yd', words: ['yd', 'yds', 'yard', 'yards'] },
  { unit: 'nmi', kind: 'quantity', dimension: 'length', qty: 'nmi', words: ['nautical mile', 'nautical miles', 'nmi'] },
  { unit: 'mile', kind: 'quantity', dimension: 'length', qty: 'mi', words: ['mile', 'miles', 'mi'] },
  // area
  { unit: 'mm2', kind: 'quantity', dimension: 'area', qty: 'mm^2', words: ['square millimetre', 'square millimetres', 'sq mm', 'mm2', 'mm²'] },
  { unit: 'cm2', kind: 'quantity', dimension: 'area', qty: 'cm^2', words: ['square centimetre', 'square centimetres', 'sq cm', 'cm2', 'cm²'] },
  { unit: 'm2', kind: 'quantity', dimension: 'area', qty: 'm^2', words: ['square metre', 'square metres', 'square meter', 'square meters', 'sq m', 'm2', 'm²', 'sqm'] },
  { unit: 'km2', kind: 'quantity', dimension: 'area', qty: 'km^2', words: ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km', 'km2', 'km²', 'sqkm'] },
  { unit: 'ha', kind: 'quantity', dimension: 'area', qty: 'hectare', words: ['hectare', 'hectares', 'ha'] },
  { unit: 'acre', kind: 'quantity', dimension: 'area', qty: 'acre', words: ['acre', 'acres'] },
  { unit: 'ft2', kind: 'quantity', dimension: 'area', qty: 'ft^2', words: ['square foot', 'square feet', 'sq ft', 'sqft', 'ft2', 'ft²'] },
  { unit: 'mi2', kind: 'quantity', dimension: 'area', qty: 'mi^2', words: ['square mile', 'square miles', 'sq mi', 'mi2', 'mi²'] },
  // volume
  { unit: 'ml', kind: 'quantity', dimension: 'volume', qty: 'ml', words: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'] },
  { unit: 'L', kind: 'quantity', dimension: 'volume', qty: 'l', words: ['litre', 'litres', 'liter', 'liters'], glued: ['l', 'L'], symbols: ['L'] },
  { unit: 'm3', kind: 'quantity', dimension: 'volume', qty: 'm^3', words: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³'] },
  { unit: 'gal', kind: 'quantity', dimension: 'volume', qty: 'gal', words: ['gallon', 'gallons', 'gal'] },
  { unit: 'bbl', kind: 'quantity', dimension: 'volume', qty: 'bbl', words: ['barrel', 'barrels', 'bbl'] },
  { unit: 'bu', kind: 'quantity', dimension: 'volume', qty: 'bu', words: ['bushel', 'bushels', 'bu'] },
  // mass
  { unit: 'µg', kind: 'quantity', dimension: 'mass', qty: 'ug', words: ['µg', 'μg', 'mcg', 'microgram', 'micrograms'] },
  { unit: 'mg', kind: 'quantity', dimension: 'mass', qty: 'mg', words: ['mg', 'milligram', 'milligrams'] },
  { unit: 'g', kind: 'quantity', dimension: 'mass', qty: 'g', words: ['gram', 'grams', 'gramme', 'grammes'], glued: ['g'], symbols: ['g'] },
  { unit: 'kg', kind: 'quantity', dimension: 'mass', qty: 'kg', words: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos'] },
  { unit: 't', kind: 'quantity', dimension: 'mass', qty: 't', words: ['tonne', 'tonnes', 'metric ton', 'metric tons'], glued: ['t'], symbols: ['t'] },
  { unit: 'ton', kind: 'quantity', dimension: 'mass', qty: 'ton', words: ['ton', 'tons'] },
  { unit: 'lb', kind: 'quantity', dimension: 'mass', qty: 'lb', words: ['lb', 'lbs', 'pound'] },
  { unit: 'oz', kind: 'quantity', dimension: 'mass', qty: 'oz', words: ['oz', 'ounce', 'ounces'] },
  // temperature (absolute temperatures: js-quantities' temp units)
  { unit: '°C', kind: 'quantity', dimension: 'temperature', qty: 'tempC', words: ['° c', '°c', 'degrees celsius', 'degrees centigrade', 'degree celsius', 'celsius', 'centigrade'], glued: ['C'] },
  // "degrees" alone: a temperature or an angle whose scale the sentence does not name
  { unit: 'degree', kind: 'quantity', dimension: 'degree', words: ['degree', 'degrees'] },
  { unit: '°F', kind: 'quantity', dimension: 'temperature', qty: 'tempF', words: ['° f', '°f', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit'], glued: ['F'] },
  // speed
  { unit: 'km/h', kind: 'quantity', dimension: 'speed', qty: 'km/h', words: ['km / h', 'km/h', 'kph', 'kmh', 'km per hour', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'] },
  { unit: 'mph', kind: 'quantity', dimension: 'speed', qty: 'mph', words: ['mph', 'miles per hour', 'miles an hour'] },
  { unit: 'km/s', kind: 'quantity', dimension: 'speed', qty: 'km/s', words: ['km / s', 'km/s', 'kilometres per second', 'kilometers per second', 'kilometres a second'] },
  { unit: 'm/s', kind: 'quantity', dimension: 'speed', qty: 'm/s', words: ['m / s', 'm/s', 'metres per second', 'meters per second', 'metres a second'] },
  { unit: 'kn', kind: 'quantity', dimension: 'speed', qty: 'kn', words: ['knot', 'knots'] },
  // data
  { unit: 'KB', kind: 'quantity', dimension: 'data', qty: 'kB', words: ['kilobyte', 'kilobytes'], symbols: ['KB', 'kB'] },
  { unit: 'MB', kind: 'quantity', dimension: 'data', qty: 'MB', words: ['megabyte', 'megabytes'], symbols: ['MB'] },
  { unit: 'GB', kind: 'quantity', dimension: 'data', qty: 'GB', words: ['gigabyte', 'gigabytes'], symbols: ['GB'] },
  { unit: 'TB', kind: 'quantity', dimension: 'data', qty: 'TB', words: ['terabyte', 'terabytes'], symbols: ['TB'] },
  { unit: 'PB', kind: 'quantity', dimension: 'data', qty: 'PB', words: ['petabyte', 'petabytes'], symbols: ['PB'] },
  { unit: 'Mbps', kind: 'quantity', dimension: 'bitrate', qty: 'Mb/s', words: ['mbps', 'mbit/s', 'megabits per second'] },
  { unit: 'Gbps', kind: 'quantity', dimension: 'bitrate', qty: 'Gb/s', words: ['gbps', 'gbit/s', 'gigabits per second'] },
  // energy and power
  { unit: 'kcal', kind: 'quantity', dimension: 'energy', qty: 'kcal', words: ['kcal', 'kilocalorie', 'kilocalories', 'calories'] },
  { unit: 'kWh', kind: 'quantity', dimension: 'energy', qty: 'kWh', words: ['kwh', 'kilowatt-hour', 'kilowatt-hours', 'kilowatt hours', 'kilowatt hour'] },
  { unit: 'MWh', kind: 'quantity', dimension: 'energy', qty: 'MWh', words: ['mwh', 'megawatt-hour', 'megawatt-hours', 'megawatt hours', 'megawatt hour'] },
  { unit: 'GWh', kind: 'quantity', dimension: 'energy', qty: 'GWh', words: ['gwh', 'gigawatt-hour', 'gigawatt-hours', 'gigawatt hours', 'gigawatt hour'] },
  { unit: 'TWh', kind: 'quantity', dimension: 'energy', qty: 'TWh', words: ['twh', 'terawatt-hour', 'terawatt-hours', 'terawatt hours', 'terawatt hour'] },
  { unit: 'W', kind: 'quantity', dimension: 'power', qty: 'W', words: ['watt', 'watts'], symbols: ['W'] },
  { unit: 'kW', kind: 'quantity', dimension: 'power', qty: 'kW', words: ['kw', 'kilowatt', 'kilowatts'] },
  { unit: 'MW', kind: 'quantity', dimension: 'power', qty: 'MW', words: ['megawatt', 'megawatts'], symbols: ['MW'] },
  { unit: 'GW', kind: 'quantity', dimension: 'power', qty: 'GW', words: ['gigawatt', 'gigawatts'], symbols: ['GW'] },
  // other physical units
  { unit: 'Hz', kind: 'quantity', dimension: 'frequency', qty: 'Hz', words: ['hz', 'hertz'] },
  { unit: 'MHz', kind: 'quantity', dimension: 'frequency', qty: 'MHz', words: ['mhz', 'megahertz'] },
  { unit: 'GHz', kind: 'quantity', dimension: 'frequency', qty: 'GHz', words: ['ghz', 'gigahertz'] },
  { unit: 'hPa', kind: 'quantity', dimension: 'pressure', qty: 'hPa', words: ['hpa', 'hectopascal', 'hectopascals', 'millibar', 'millibars'] },
  { unit: 'dB', kind: 'quantity', dimension: 'loudness', words: ['db', 'decibel', 'decibels'] },
  { unit: 'mAh', kind: 'quantity', dimension: 'charge', qty: 'mAh', words: ['milliamp-hours', 'milliamp hours'], symbols: ['mAh'] },
  { unit: 'ppm', kind: 'quantity', dimension: 'concentration', qty: 'ppm', words: ['ppm', 'parts per million'] },
  // shares and multiples
  { unit: 'percent', kind: 'percent', dimension: 'ratio', words: ['%', 'per cent', 'percent', 'pc', 'per-cent', 'pct'] },
  { unit: 'percentage-point', kind: 'percent', dimension: 'ratio', words: ['percentage point', 'percentage points', 'pp', 'ppt', 'ppts'] },
  { unit: 'x', kind: 'quantity', dimension: 'multiple', words: ['fold'], glued: ['x'] },
  // parts of a document, and scores ("a six-point lead", "the index fell 85 points")
  { unit: 'point', kind: 'count', dimension: 'count', words: ['point', 'points', 'provision', 'provisions', 'clause', 'clauses', 'item', 'items'] },
  { unit: 'page', kind: 'count', dimension: 'count', words: ['page', 'pages'] },
]

/** Currency signs written before the number ("$", "A$"); a letter prefix is its own token ("A" "$"). */
export const CURRENCY_SYMBOLS: Record<string, string> = table({
  $: 'USD', us$: 'USD', '£': 'GBP', '€': 'EUR', '₽': 'RUB', '₴': 'UAH', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
  a$: 'AUD', c$: 'CAD', hk$: 'HKD', nz$: 'NZD', r$: 'BRL', 'chf': 'CHF', 'rs': 'INR', 'rs.': 'INR',
})
/** Letters glued before "$" by the tokenizer: "A" + "$" is AUD. */
export const DOLLAR_PREFIXES: Record<string, string> = table({ us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', r: 'BRL', s: 'SGD' })
/** Currency words and codes written after the number ("5 euros", "300 yen"). */
export const CURRENCY_WORDS: Record<string, string> = table({
  dollar: 'USD', dollars: 'USD', usd: 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  pound: 'GBP', pounds: 'GBP', gbp: 'GBP', sterling: 'GBP',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rub: 'RUB',
  hryvnia: 'UAH', hryvnias: 'UAH', uah: 'UAH',
  yen: 'JPY', jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', rmb: 'CNY',
  rupee: 'INR', rupees: 'INR', inr: 'INR', won: 'KRW', krw: 'KRW',
  franc: 'CHF', francs: 'CHF', rand: 'ZAR', zar: 'ZAR', real: 'BRL', reais: 'BRL', brl: 'BRL',
  peso: 'MXN', pesos: 'MXN', mxn: 'MXN', lira: 'TRY', liras: 'TRY', try: 'TRY',
  krona: 'SEK', kronor: 'SEK', sek: 'SEK', aud: 'AUD', cad: 'CAD', nzd: 'NZD', hkd: 'HKD',
  bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC',
  pence: 'p', penny: 'p', cents: 'ct', cent: 'ct',
})
/**
 * Currency names from the runtime's CLDR data (Intl): "US dollars", "Polish zloty" as phrases, and the
 * noun alone ("zloty", "forints") when one currency uses it. The table above wins for shared nouns
 * ("dollars", "pounds"). Historic currencies (names with dates) and silver or gold funds (X codes) are left out.
 */
const NOUNS_NOT_CURRENCIES = new Set(['mark', 'marks', 'gold', 'dram', 'drams', 'kip', 'kips', 'sol', 'soles', 'som', 'soms', 'sum'])

function currencyNames(): { nouns: Record<string, string>; phrases: Array<{ words: string[]; code: string }> } {
  const nouns: Record<string, string> = table({})
  const phrases: Array<{ words: string[]; code: string }> = []
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []
  const byNoun = new Map<string, Set<string>>()
  for (const code of supported) {
    if (code.startsWith('X')) continue
    let names: string[]
    try {
      const singular = new Intl.DisplayNames('en', { type: 'currency' }).of(code) ?? ''
      const plural = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' })
        .formatToParts(2).filter((part) => part.type === 'currency').map((part) => part.value).join('')
      names = [singular, plural].map((name) => name.toLowerCase().trim())
    } catch {
      continue
    }
    if (names.some((name) => !/^[\p{L}\p{M} .'-]+$/u.test(name) || name === code.toLowerCase())) continue
    for (const name of names) {
      // the tokenizer splits "bosnia-herzegovina" at the hyphen and "st." keeps its full stop
      const words = name.replace(/-/g, ' - ').split(/\s+/).filter(Boolean)
      if (words.length > 1) phrases.push({ words, code })
      const noun = words[words.length - 1]
      byNoun.set(noun, (byNoun.get(noun) ?? new Set()).add(code))
    }
  }
  for (const [noun, codes] of byNoun) {
    if (codes.size === 1 && !NOUNS_NOT_CURRENCIES.has(noun)) nouns[noun] = [...codes][0]
  }
  phrases.sort((a, b) => b.words.length - a.words.length)
  return { nouns, phrases }
}

const CLDR_CURRENCIES = currencyNames()
for (const [noun, code] of Object.entries(CLDR_CURRENCIES.nouns)) if (!(noun in CURRENCY_WORDS)) CURRENCY_WORDS[noun] = code
/** "US dollars", "Hong Kong dollars", "Swiss francs": a currency named with its country, longest first. */
export const CURRENCY_PHRASES: ReadonlyArray<{ words: string[]; code: string }> = CLDR_CURRENCIES.phrases

/** "10 pounds of flour": a currency word followed by these is a weight. */
export const WEIGHT_POUNDS = { word: 'pounds', unit: 'lb', before: new Set(['of', 'in', 'each', 'apiece']) }
/** Small coins written glued: "50p" ("99c" would read as Celsius). */
export const GLUED_COINS: Record<string, string> = table({ p: 'p' })
