/**
 * What a conflict needs beyond a shared measure: the two figures must be the same quantity of the same
 * occurrence at the same time. Support can be loose (a matching number of a plausible same measure); a different
 * number is a conflict only when nothing says the two figures could be about different things. Each rule here
 * names one way two figures of one measure can differ without either being wrong.
 */
import type { CorpusFigure, Figure } from '../types'
import { OBLIGATION_WORDS } from '../figures/vocabulary'
import { containersOf, isBroadPlace, namedPartOf } from '../measures/gazetteer'
import { isStopWord, sameEntity } from '../measures/entities'
import { FRAMES } from '../vocabulary/frames'
import { CAPACITY_WORDS, END_VERBS, FALL_WORDS, LONG_EVENTS, PLACE_BOUND, RISE_WORDS, SPAN_EVENTS, START_VERBS, SYNONYM_CLASSES } from '../vocabulary/words'

/** "since 1994", "until 13 October", "by 2030": a date that marks a reference point, not the event's own date. */
const REFERENCE_BEFORE = /\b(?:since|until|till|by|before|after|through|from)\s+(?:(?:the|early|late|mid|mid-|at|about|around)\s+)*$/i

export function isReferenceDate(figure: Figure, sentence: string): boolean {
  return figure.kind === 'date' && REFERENCE_BEFORE.test(String(sentence ?? '').slice(Math.max(0, figure.start - 40), figure.start)) && !isDeadline(figure, sentence)
}

const OBLIGED = new RegExp(`\\b(?:${OBLIGATION_WORDS.join('|')})\\b`, 'i')
/** "by 30 June", "by the end of June". */
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i

/**
 * "The commission must deliver its report by 30 June": a "by" date that a clause of obligation sets, with no amount
 * before it ("must cut emissions 40% by 2030" sets a level for that date), is the date of the act itself.
 */
function isDeadline(figure: Figure, sentence: string): boolean {
  const before = clauseBefore(figure, sentence)
  const by = BY_BEFORE.exec(before)
  if (!by) return false
  const head = before.slice(0, by.index)
  return OBLIGED.test(head) && !/\d/.test(head)
}

function forms(verb: string): string[] {
  const [head, ...rest] = verb.split(' ')
  const tail = rest.length ? ` ${rest.join(' ')}` : ''
  const stem = head.replace(/e$/, '')
  return [head, `${head}s`, `${stem}ed`, `${stem}ing`, `${head}d`].map((form) => form + tail)
}

function verbMatcher(verbs: string[]): RegExp {
  const all = verbs.flatMap(forms)
  return new RegExp(`\\b(?:${[...new Set(all)].join('|')})\\b`, 'i')
}

const STARTS = verbMatcher(START_VERBS)
const ENDS = verbMatcher(END_VERBS)
const SPANNING = new Set([...LONG_EVENTS, ...SPAN_EVENTS])

/**
 * An event that lasts days (a strike, a fire, an outbreak) has many dates: "on Monday as the fire spread" is not
 * contradicted by "the fire broke out on Sunday". Two dates of it are the same date only when both sentences date
 * its start, or both its end.
 */
export function differentMomentOfSpan(claim: Figure, sentence: string, candidate: CorpusFigure): boolean {
  if (claim.kind !== 'date' || !SPANNING.has(claim.about.topic.split('/')[0].replace(/-end$/, ''))) return false
  const starts = STARTS.test(sentence) && STARTS.test(candidate.quote ?? '')
  const ends = ENDS.test(sentence) && ENDS.test(candidate.quote ?? '')
  return !starts && !ends
}

const DAY = 1
/**
 * "concluded on Wednesday" and "talks on 2 December": a meeting that ran past midnight ended the day after it
 * began, so an end dated a day from a date that is not an end is no refutation.
 */
export function endAndStartApart(claim: Figure, sentence: string, candidate: CorpusFigure): boolean {
  if (claim.kind !== 'date' || candidate.kind !== 'date' || !claim.iso || !candidate.iso) return false
  // month and day: one of the two may be written without its year
  const dayOf = (iso: string) => Date.UTC(2001, Number(iso.slice(-5, -3)) - 1, Number(iso.slice(-2))) / 86_400_000
  if (claim.iso.from !== claim.iso.to || candidate.iso.from !== candidate.iso.to) return false
  if (Math.abs(dayOf(claim.iso.from) - dayOf(candidate.iso.from)) > DAY) return false
  return ENDS.test(clauseText(claim, sentence)) !== ENDS.test(clauseText(candidate, candidate.quote))
}

/**
 * Two times of day of one event are one moment only when both sentences say it is the same: both its end ("broke up
 * at 10pm", "ran well past midnight"), both its start, both the same instant ("landed at"), both the time a thing is
 * named by ("the 10pm curfew"); a start never refutes an end. When a sentence does not say, its time refutes
 * nothing, and it supports only a time whose moment does not differ from its own. Times in different zones, or one
 * in a zone and one in none ("local time"), are never compared: the zone may be all the difference.
 */
export function differentMomentOfDay(claim: Figure, candidate: Figure, relation: 'supports' | 'conflicts'): boolean {
  if (claim.kind !== 'time' && candidate.kind !== 'time') return false
  if ((claim.about.zone ?? '') !== (candidate.about.zone ?? '')) return true
  const [mine, theirs] = [claim.about.moment, candidate.about.moment]
  if (mine && theirs) return mine !== theirs
  return relation === 'conflicts'
}

/** A counted noun → the broad word of its class ("home" → "structure"); itself when it has none. */
const BROAD = new Map<string, string>(SYNONYM_CLASSES.flatMap((words) => words.map((word) => [word, words[0]] as [string, string])))
const countedNoun = (figure: Figure) => figure.unit.toLowerCase().replace(/s$/, '')

/**
 * Counts of two different nouns of one class are a part and a whole ("97 of them homes" among "143 structures"):
 * the part can be smaller than the whole, never larger. Two different narrow nouns ("homes", "properties") are
 * neither: no conflict either way.
 */
export function partAndWhole(claim: Figure, candidate: CorpusFigure, [[aMin, aMax], [bMin, bMax]]: [[number, number], [number, number]]): boolean {
  if (claim.kind !== 'count' || candidate.kind !== 'count') return false
  const mine = countedNoun(claim)
  const theirs = countedNoun(candidate)
  if (!mine || !theirs || mine === theirs) return false
  const broadMine = BROAD.get(mine)
  const broadTheirs = BROAD.get(theirs)
  if (!broadMine || broadMine !== broadTheirs) return false
  // the claim counts a part of the candidate's whole: consistent while it is not larger
  if (theirs === broadTheirs) return aMin <= bMax
  // the claim counts the whole: consistent while it is not smaller than the candidate's part
  if (mine === broadMine) return aMax >= bMin
  return true
}

/**
 * A claim dated on a day ("on Thursday") is not contradicted by a report published before that day: the report
 * could not know that day's figure. A running tally of a period ("the March walkout cost €14m") is not known before
 * the period ends: an undated figure in a report written during it is of an earlier part of it, or another event.
 */
export function reportedBefore(claim: Figure, candidate: CorpusFigure): boolean {
  const day = claim.about.eventDate
  if (!day || !candidate.sourceDate) return false
  const known = candidate.about.eventEnd ?? candidate.about.eventDate ?? candidate.sourceDate
  if (candidate.sourceDate < day && known < day) return true
  const end = claim.about.eventEnd ?? day
  return Boolean(claim.about.tally) && !candidate.about.eventDate && end > day && candidate.sourceDate < end
}

/**
 * "walked out for six days in March" and "for six days in November": figures whose sentences date them to periods
 * that do not meet are of two occurrences, and neither supports nor refutes the other.
 */
export function datedApart(claim: Figure, candidate: CorpusFigure): boolean {
  const mine = claim.about
  const theirs = candidate.about
  if (!mine.eventDate || !theirs.eventDate) return false
  return (mine.eventEnd ?? mine.eventDate) < theirs.eventDate || (theirs.eventEnd ?? theirs.eventDate) < mine.eventDate
}

/** Days after its end a one-off event is still the news of a report that does not date it. */
const OCCURRENCE_DAYS = 45
const DAY_MS = 86_400_000

/**
 * "Their previous meeting, in August, also lasted five hours": the length of an occurrence dated months before a
 * report is not that report's undated length of its news, which is a later occurrence.
 */
export function earlierOccurrence(claim: Figure, candidate: CorpusFigure): boolean {
  const end = claim.about.eventEnd
  if (claim.about.dimension !== 'duration' || !end || candidate.about.eventDate || !candidate.sourceDate) return false
  return (Date.parse(candidate.sourceDate) - Date.parse(end)) / DAY_MS > OCCURRENCE_DAYS
}

/** A change stated right before the level: "rose 11% to", "fell by 3.2 per cent to". */
const STATED_CHANGE = /\d[\d.,]*\s*(?:%|per ?cent|pc|percent)\s+to\s+\S*$/i
const RISES = verbMatcher(RISE_WORDS)
const FALLS = verbMatcher(FALL_WORDS)

/**
 * "The fire has grown to 17,000 hectares", "now expected to cost $3.1bn": a running tally's level reached by the claim's date. A
 * report published earlier with a lower level (or a higher one, for a fall) is of an earlier day, not a refutation;
 * one with a level past the claim's still refutes it.
 */
export function laterLevel(claim: Figure, sentence: string, candidate: CorpusFigure, [[aMin], [, bMax]]: [[number, number], [number, number]], date: string | undefined): boolean {
  if (!date || !candidate.sourceDate || candidate.sourceDate >= date || claim.kind === 'date' || claim.kind === 'time') return false
  // "by Tuesday night it had grown to 32" against "grew to 23 on Tuesday night": the same moment, not a later one
  const { eventEnd } = claim.about
  if (eventEnd && candidate.about.eventEnd && eventEnd <= candidate.about.eventEnd) return false
  const before = String(sentence ?? '').slice(0, claim.start)
  // "Revenue rose 11% to €4.17bn": a result set against the last period's by its change, not a level that has moved since
  if (STATED_CHANGE.test(before)) return false
  if (aMin > bMax) return RISES.test(before)
  return FALLS.test(before)
}

const CAPACITY = new RegExp(`\\b(?:${CAPACITY_WORDS.join('|')})\\b`, 'i')
/** Words before a figure in its clause (at most 60 characters), and after it up to the next punctuation or number. */
const CLAUSE_BREAK = /[,;:()\u2014\u2013]/
const AFTER_BREAK = /[,;:.()\d\u2014\u2013]/
const REACH_BEFORE = 60
const REACH_AFTER = 30

/** The words of a figure's clause before it. */
function clauseBefore(figure: Pick<Figure, 'start'>, sentence: string): string {
  const before = String(sentence ?? '').slice(Math.max(0, figure.start - REACH_BEFORE), figure.start)
  for (let i = before.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(before[i])) return before.slice(i + 1)
  return before
}

/** The words of a figure's clause around it. */
function clauseText(figure: Pick<Figure, 'start' | 'end' | 'text'>, sentence: string): string {
  const text = String(sentence ?? '')
  const before = clauseBefore(figure, text)
  let after = text.slice(figure.end, figure.end + REACH_AFTER)
  const stop = after.search(AFTER_BREAK)
  if (stop >= 0) after = after.slice(0, stop)
  return `${before} ${figure.text} ${after}`
}

const statesCapacity = (figure: Figure, sentence: string) => CAPACITY.test(clauseText(figure, sentence))

/**
 * What a thing can hold is not what it held: "the ferry was licensed to carry 400 passengers" and "it was carrying
 * 231" are both true. A count of a capacity is compared only with a count of a capacity.
 */
export function capacityAndCount(claim: Figure, candidate: CorpusFigure, sentence: string): boolean {
  if (claim.kind !== 'count' || candidate.kind !== 'count') return false
  return statesCapacity(claim, sentence) !== statesCapacity(candidate, candidate.quote)
}

/** Amounts that add up over places: a town's share of a region's count is a part of it. */
const ADDITIVE = new Set(['count', 'money', 'quantity'])
const BETWEEN_PLACES = new Set(FRAMES.filter((frame) => frame.betweenPlaces).map((frame) => frame.measure))

/**
 * A count at a place and one at another place that lies in it (or holds it) are a part and a whole, and so is time
 * spent in a city and in a building in it; which name holds the other is not always what the names say (a
 * newsroom's alias may make a seat of power stand for its city), so neither refutes the other. The length of an
 * event is one wherever it is placed, and places that do not nest are left to story scoping.
 */
export function placePartAndWhole(claim: Figure, candidate: CorpusFigure): boolean {
  if ((!ADDITIVE.has(claim.kind) && !PLACE_BOUND.includes(claim.about.topic)) || BETWEEN_PLACES.has(claim.about.topic)) return false
  const mine = claim.about.places
  const theirs = candidate.about.places
  if (mine.length === 0 || theirs.length === 0 || mine.some((place) => theirs.includes(place))) return false
  const holds = (outer: string[], inner: string[]) =>
    inner.some((place) => containersOf(place).some((container) => outer.includes(container)) || outer.some((whole) => namedPartOf(place, whole)))
  return holds(mine, theirs) || holds(theirs, mine)
}

/**
 * A country's figure and one placed somewhere the claim does not name ("Malawi has recorded 412 cases" and "2,015
 * cases in Kasembe") are a whole and a part, or two countries: a district's count never refutes a national one.
 */
export function countryAndLocal(claim: Figure, candidate: CorpusFigure): boolean {
  if (!ADDITIVE.has(claim.kind)) return false
  const named = claim.about.entities
  if (named.length === 0 || !named.every(isBroadPlace)) return false
  return candidate.about.places.some((place) => !isBroadPlace(place) && !named.some((name) => sameEntity(name, place)))
}

/** Frames whose measure is one thing in a story; "cost" and "damage" are of whatever the sentence names. */
export const CLOSED_FRAMES = new Set(
  FRAMES.filter((frame) => !frame.perThing && (frame.kinds.includes('count') || frame.kinds.includes('percent') || frame.kinds.includes('quantity'))).map((f) => f.measure),
)

/** "412 cases of measles": what a frame's count is of, written after it. */
const OF_WHAT = /^\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]{4,})\b/

/**
 * A frame counts its thing in any story ("cases" of any disease): a claim naming what it counts ("412 cases of
 * measles") is not about a report figure whose quote and title never write it.
 */
export function ofAnotherThing(figure: Figure, sentence: string, candidate: CorpusFigure): boolean {
  if (!CLOSED_FRAMES.has(figure.about.topic)) return false
  const thing = OF_WHAT.exec(String(sentence ?? '').slice(figure.end))?.[1]
  if (!thing || isStopWord(thing)) return false
  const stem = thing.replace(/(?:ies|es|s)$/, '')
  return !new RegExp(`\\b${stem}`, 'i').test(`${candidate.title ?? ''} ${candidate.quote}`)
}
