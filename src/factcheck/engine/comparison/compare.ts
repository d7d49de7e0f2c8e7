/**
 * Claim figure vs candidate corpus figures → evidence and a figure status. Candidates count only when they
 * measure the same thing in the same story; a running tally is compared with the reports that stood at the
 * claim's date; the evidence returned is bounded.
 */
import type { ClaimScope, CorpusFigure, Evidence, Figure, FigureCheck } from '../types'
import { figureStatus } from '../status/status'
import { evidenceOf } from './evidence'
import { sameMeasure } from './sameMeasure'
import { claimEntities, countDistinctStories, countStories, entitiesOf, namedInContext, sourcesLinked, storyCandidates, eventUntold, unnamedTown, writtenInContext } from './sameStory'
import { commonIntervals, overlaps } from './intervals'
import { isBroadPlace, isKnownPlace, placesNest } from '../measures/gazetteer'
import { isStopWord, sameEntity, surelySameEntity } from '../measures/entities'
import { ANONYMOUS_PERSONS, EVENT_WORDS, SYNONYM_CLASSES, VERSIONED_THINGS } from '../vocabulary/words'
import { CLOSED_FRAMES, capacityAndCount, countryAndLocal, ofAnotherThing, datedApart, differentMomentOfDay, earlierOccurrence, differentMomentOfSpan, endAndStartApart, isReferenceDate, laterLevel, partAndWhole, placePartAndWhole, reportedBefore } from './identity'

const VERSIONED = new Set(VERSIONED_THINGS)
const ANONYMOUS = new Set(ANONYMOUS_PERSONS)

/** Evidence items kept per source and in all: the best and newest few, with a count of the rest. */
const EVIDENCE_PER_SOURCE = 2
const MAX_EVIDENCE = 8

/** Amounts this many times apart are about different scopes (a country's output, a mine's), not one wrong figure. */
const SCOPE_RATIO = 10
const AMOUNTS = new Set(['count', 'money', 'quantity'])

function differentScope(figure: Figure, [[aMin, aMax], [bMin, bMax]]: [[number, number], [number, number]]): boolean {
  if (!AMOUNTS.has(figure.kind) || aMin <= 0 || bMin <= 0) return false
  // "at least 1,900" is about 1,900, not any amount above it
  const top = (min: number, max: number) => (max >= OPEN_ENDED ? min : max)
  return aMin > top(bMin, bMax) * SCOPE_RATIO || bMin > top(aMin, aMax) * SCOPE_RATIO
}
/** Whether an open-ended interval ("at least 24") only bounds the other, which lies well above its bound. */
function onlyBounded([boundMin, boundMax]: [number, number], [otherMin]: [number, number]): boolean {
  return boundMax >= OPEN_ENDED && boundMin > 0 && otherMin > boundMin * BOUND_REACH
}
/** How far above "at least N" an amount may lie and still be confirmed by it: as far as "more than N" reaches. */
const BOUND_REACH = 1.3

/** Upper bounds this large are open ("at least", "more than" with no end). */
const OPEN_ENDED = Number.MAX_SAFE_INTEGER / 2

/** Dimensions whose measured thing may be any noun or verb at all: amounts, and the dates of any event. */
const OPEN_DIMENSIONS = new Set([
  'count', 'money', 'share', 'quantity', 'length', 'area', 'mass', 'volume', 'speed', 'energy', 'power', 'data', 'temperature', 'date', 'time', 'lead', 'lag',
])
const KNOWN_THINGS = new Set([...SYNONYM_CLASSES.map((words) => words[0]), ...EVENT_WORDS])
/** Share of the claim's words a quote must repeat before an amount of an arbitrary thing can conflict with it. */
const CONFLICT_OVERLAP = 0.5

/** A figure of a closed frame, a known thing or event, or a named place; otherwise of words two sentences may use differently. */
function wellDefined(about: Figure['about']): boolean {
  const thing = about.topic.split('/')[0].replace(/-end$/, '')
  // a share of a named place ("a quarter of the valley") is of that place
  const named = about.entities.includes(thing) || isKnownPlace(thing)
  // a named variant makes a measure specific: "net profit", "operating profit", "average temperature"
  return !OPEN_DIMENSIONS.has(about.dimension) || CLOSED_FRAMES.has(thing) || KNOWN_THINGS.has(thing) || named || Boolean(about.variant)
}

/** Content words of a sentence, crudely stemmed, without its figures. */
function wordsOf(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[a-z\u00c0-\u024f]{4,}/g) ?? []).filter((word) => !isStopWord(word))
  return new Set(words.map((word) => word.replace(/(?:ies|es|s)$/, '')))
}

/** The words of a claim sentence (without its figure), and those of the names it holds. */
interface ClaimWords {
  all: Set<string>
  names: Set<string>
}

/**
 * How much of the claim sentence the quote repeats (0–1): of all its words, or of what it says of its thing without
 * the names that tie it to its story ("Kestrel Foods operating profit was …" repeats "Operating profit climbed to …").
 */
function overlapWith(claim: ClaimWords, quote: string): number {
  if (claim.all.size === 0) return 0
  const theirs = wordsOf(quote)
  let shared = 0
  let sharedNames = 0
  for (const word of claim.all) {
    if (!theirs.has(word)) continue
    shared++
    if (claim.names.has(word)) sharedNames++
  }
  const unnamed = claim.all.size - claim.names.size
  return Math.max(shared / claim.all.size, unnamed > 0 ? (shared - sharedNames) / unnamed : 0)
}

/** The specific names the claim shares with a candidate's story: written in the context, or named on both sides. */
function sharedNames(figure: Figure, candidate: CorpusFigure, scope: ClaimScope): string[] {
  const mine = [...figure.about.entities, ...scope.story].filter((entity) => !isBroadPlace(entity))
  const theirs = entitiesOf(candidate).filter((entity) => !isBroadPlace(entity))
  return [
    ...new Set([
      ...writtenInContext(scope, candidate),
      ...mine.filter((a) => theirs.some((b) => surelySameEntity(a, b) || (isKnownPlace(a) && isKnownPlace(b) && placesNest(a, b)))),
    ]),
  ]
}

/**
 * A context naming only countries ("how the US peace plan changed") may still say which story it is by its words: the
 * candidates whose report repeats the most of them, when those tell one story and the others repeat none as many.
 */
function toldInContextWords(candidates: CorpusFigure[], context: string): CorpusFigure[] {
  const words = wordsOf(context)
  if (words.size === 0) return candidates
  const repeated = candidates.map((candidate) => {
    const theirs = wordsOf(`${candidate.title ?? ''} ${candidate.quote}`)
    return [...words].filter((word) => theirs.has(word)).length
  })
  const best = Math.max(...repeated)
  const told = candidates.filter((_, i) => repeated[i] === best)
  return best > 0 && countStories(told) === 1 ? told : candidates
}

/** Whether the names shared are only a town or city, which every story told there shares. */
const onlyPlaces = (names: string[]) => names.length === 1 && isKnownPlace(names[0])

/**
 * A conflict needs surer identity than a support: the claim's story is the candidate's by a specific name both
 * write (not a country, not a shared surname or generic last word), and the quote repeats enough of the claim.
 * A city alone is not enough where another candidate shares a name of the event, an organisation or a person
 * (a protest in a capital is not a football final in the same capital).
 */
function surelyComparable(figure: Figure, candidate: CorpusFigure, scope: ClaimScope, claimWords: ClaimWords, story: StoryTies): boolean {
  if (unnamedTown(figure, candidate)) return false
  if (!wellDefined(figure.about) && overlapWith(claimWords, candidate.quote) < CONFLICT_OVERLAP) return false
  const mine = [...figure.about.entities, ...scope.story].filter((entity) => !isBroadPlace(entity))
  // a claim about nothing specific was answered only where its measure has a single story
  if (mine.length === 0) return true
  const shared = sharedNames(figure, candidate, scope)
  // a later report that no longer writes the claim's name ("the Oskar Bridge" → "the bridge in Oskarzyn") is of
  // its story when it shares salient names with a report that does
  if (shared.length === 0) return story.linkedToNamed(candidate)
  return !(onlyPlaces(shared) && story.cityIsWeak())
}

/** What the candidates of a claim tell of its story, worked out once and only when a conflict needs it. */
interface StoryTies {
  cityIsWeak: () => boolean
  /** Whether the reports of the story measure the claim's event with other people and never with the claim's. */
  othersTakePart: () => boolean
  /** Whether some candidate shares more than a city with the claim. */
  namedMore: () => boolean
  linkedToNamed: (candidate: CorpusFigure) => boolean
}

/** Whether the candidate's sentence names one of the people or bodies the claim's names. */
const namesAnActor = (figure: Figure, candidate: CorpusFigure) =>
  figure.about.actors.some((actor) => candidate.about.entities.some((entity) => sameEntity(actor, entity)))
/** Measures of an event's occurrence: its length and its time. */
const EVENT_DIMENSIONS = new Set(['duration', 'date', 'time'])
const EVENT_THINGS = new Set([...EVENT_WORDS, ...SYNONYM_CLASSES.map((words) => words[0])])

/** Whether the two figures could be different quantities, occurrences or moments although they share a measure. */
function possiblyDifferent(figure: Figure, candidate: CorpusFigure, sentence: string, intervals: [[number, number], [number, number]], date?: string): boolean {
  return (
    laterLevel(figure, sentence, candidate, intervals, date) ||
    isReferenceDate(figure, sentence) ||
    isReferenceDate(candidate, candidate.quote) ||
    differentMomentOfSpan(figure, sentence, candidate) ||
    endAndStartApart(figure, sentence, candidate) ||
    partAndWhole(figure, candidate, intervals) ||
    placePartAndWhole(figure, candidate) ||
    countryAndLocal(figure, candidate) ||
    reportedBefore(figure, candidate)
  )
}

const daysMeet = (a: CorpusFigure['about'], b: CorpusFigure['about']) =>
  a.eventDate! <= (b.eventEnd ?? b.eventDate!) && b.eventDate! <= (a.eventEnd ?? a.eventDate!)

/**
 * A claim that names no day of its own is about the occurrence its exact match reports: where every report of the
 * same measure that matches it is dated, a differing figure dated on a day none of them meets is of another
 * occurrence of a one-off event (a session that broke up on Wednesday, not the one that ended in a deal on
 * Sunday), not a refutation. Running tallies are left to `standing`.
 */
function otherOccurrencesApart(figure: Figure, evidence: Evidence[], sourceOf: Map<Evidence, CorpusFigure>, strict: Set<CorpusFigure>, candidates: CorpusFigure[]): Evidence[] {
  if (figure.about.eventDate || figure.kind === 'date') return evidence
  const supports = evidence.filter((e) => e.relation === 'supports').map((e) => sourceOf.get(e)!)
  if (!supports.length || supports.some((c) => !strict.has(c) || !c.about.eventDate)) return evidence
  // an undated figure (a headline) is dated as the same amount of the same measure is elsewhere in its report
  const dated = (candidate: CorpusFigure) =>
    candidate.about.eventDate ? candidate : candidates.find((c) => c.source === candidate.source && c.about.eventDate && strict.has(c) && c.min === candidate.min && c.max === candidate.max)
  return evidence.filter((e) => {
    if (e.relation !== 'conflicts') return true
    const theirs = dated(sourceOf.get(e)!)
    return !theirs || supports.some((c) => daysMeet(c.about, theirs.about))
  })
}

/**
 * "More than 140 operations postponed", then 380, then 612: a count that rises from one dated report to the next is a
 * running tally whatever it counts, and the latest report at the claim's date leads.
 */
function risesReportToReport(candidates: CorpusFigure[]): boolean {
  const bySource = new Map<string, number>()
  for (const candidate of candidates) {
    if (!candidate.sourceDate || candidate.about.dimension !== 'count') continue
    const key = `${candidate.sourceDate}\u0000${candidate.source}`
    bySource.set(key, Math.max(bySource.get(key) ?? -Infinity, candidate.value))
  }
  const values = [...bySource.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => value)
  return values.length >= RISING_REPORTS && values.every((value, i) => i === 0 || value > values[i - 1])
}
const RISING_REPORTS = 2

/** A report of the measure that neither supports nor refutes the claim: it still stands over older reports of a tally. */
const INCONCLUSIVE = 'inconclusive'

function evidenceFor(figure: Figure, candidate: CorpusFigure, scope: ClaimScope, claimWords: ClaimWords, sentence: string, story: StoryTies): Evidence | typeof INCONCLUSIVE | undefined {
  const intervals = commonIntervals(figure, candidate)
  if (!intervals || differentScope(figure, intervals) || datedApart(figure, candidate) || earlierOccurrence(figure, candidate) || eventUntold(sentence, candidate) || ofAnotherThing(figure, sentence, candidate)) return undefined
  // what a thing can hold is another quantity than what it held: neither supports nor refutes the other
  if (capacityAndCount(figure, candidate, sentence)) return undefined
  const relation = overlaps(intervals[0], intervals[1]) ? 'supports' : 'conflicts'
  // "at least 24 patients" bounds an amount from below: it confirms no amount well above its bound
  if (relation === 'supports' && (onlyBounded(intervals[1], intervals[0]) || onlyBounded(intervals[0], intervals[1]))) return undefined
  // a start time and an end time, or times in two zones: neither supports nor refutes the other
  if (differentMomentOfDay(figure, candidate, relation)) return undefined
  if (!stagesAgree(figure.about, candidate.about, relation)) return undefined
  // a rise and a fall are two moves (the day of the results, a later slide), not one misreported
  if (figure.about.direction && candidate.about.direction && figure.about.direction !== candidate.about.direction) return undefined
  // when unsure it is the same thing or story, a different amount is no evidence: "2,800 dockers took part" vs "1,900 dockers voted"
  if (relation === 'conflicts' && !surelyComparable(figure, candidate, scope, claimWords, story)) return undefined
  // "a 78-year-old woman was rescued" and "a woman, aged 71, was missing" may be two women
  if (relation === 'conflicts' && figure.about.dimension === 'age' && ANONYMOUS.has(figure.about.holder ?? '')) return undefined
  // what could happen ("could destroy up to 100 homes") may be confirmed by what did, never refuted by it
  if (relation === 'conflicts' && (figure.about.possible || candidate.about.possible)) return undefined
  // "Harkova's meeting with the ministers lasted three hours": an event the story's reports measure with other people
  // and never with hers is another meeting
  if (relation === 'conflicts' && !namesAnActor(figure, candidate) && story.othersTakePart()) return undefined
  // a report tied to the claim by a city alone, where others share a person or a body with it, is another story told there
  if (relation === 'supports' && !figure.about.tally && !candidate.about.tally && story.namedMore() && onlyPlaces(sharedNames(figure, candidate, scope))) return undefined
  if (relation === 'conflicts' && possiblyDifferent(figure, candidate, sentence, intervals, scope.date)) return INCONCLUSIVE
  return evidenceOf(candidate, relation)
}

/**
 * "fell to €512m from €640m": the level a change left is of an earlier time. It refutes only another such level, and
 * it does not support a claim of the level reached ("the bottom line fell 20% to €640m").
 */
function stagesAgree(claim: Figure['about'], candidate: Figure['about'], relation: 'supports' | 'conflicts'): boolean {
  if (relation === 'conflicts') return (claim.stage === 'from') === (candidate.stage === 'from')
  return !(candidate.stage === 'from' && claim.stage === 'to')
}

/**
 * One evidence per quote: a sentence stating the claimed value in one state ("cut from 28 to 20")
 * supports the claim even if it also states another. Of a running tally, the level the sentence reaches leads
 * whatever it says ("revised down to 27 from 31": the 31 is an earlier report's, `left`).
 */
function dedupe(evidence: Evidence[], left: (item: Evidence) => boolean): Evidence[] {
  const byQuote = new Map<string, Evidence>()
  const rank = (item: Evidence) => (left(item) ? 0 : 2) + (item.relation === 'supports' ? 1 : 0)
  for (const item of evidence) {
    const key = `${item.source}\u0000${item.quote}`
    const known = byQuote.get(key)
    if (!known || rank(item) > rank(known)) byQuote.set(key, item)
  }
  return [...byQuote.values()]
}

/** Standing reports first, then supports before conflicts, newest first, then by source and quote. */
function byRelevance(a: Evidence, b: Evidence): number {
  if (Boolean(a.superseded) !== Boolean(b.superseded)) return a.superseded ? 1 : -1
  if (a.relation !== b.relation) return a.relation === 'supports' ? -1 : 1
  if ((a.sourceDate ?? '') !== (b.sourceDate ?? '')) return (a.sourceDate ?? '') < (b.sourceDate ?? '') ? 1 : -1
  if (a.source !== b.source) return a.source < b.source ? -1 : 1
  return a.quote < b.quote ? -1 : a.quote > b.quote ? 1 : 0
}

/** The first few per source and in all. */
function bounded(evidence: Evidence[]): { kept: Evidence[]; more: number } {
  const perSource = new Map<string, number>()
  const kept: Evidence[] = []
  for (const item of evidence) {
    const count = perSource.get(item.source) ?? 0
    if (count >= EVIDENCE_PER_SOURCE || kept.length >= MAX_EVIDENCE) continue
    perSource.set(item.source, count + 1)
    kept.push(item)
  }
  return { kept, more: evidence.length - kept.length }
}

/**
 * A running tally: the latest report on or before the claim's date leads and earlier ones are superseded;
 * reports after the date did not stand then. Undated reports stand beside the latest dated one.
 */
function standing(evidence: Evidence[], date: string, inconclusive: string[] = []): Evidence[] {
  const current = evidence.filter((e) => !e.sourceDate || e.sourceDate <= date)
  const dates = [...current.map((e) => e.sourceDate), ...inconclusive.filter((day) => day <= date)]
  const latest = dates.reduce<string | undefined>((max, day) => (day && (!max || day > max) ? day : max), undefined)
  return current.map((e) => (e.sourceDate && latest && e.sourceDate < latest ? { ...e, superseded: true } : e))
}

const today = () => new Date().toISOString().slice(0, 10)

function check(figure: Figure, evidence: Evidence[], reason?: string): FigureCheck {
  const { kept, more } = bounded(evidence.sort(byRelevance))
  const result: FigureCheck = {
    text: figure.text, value: figure.value, min: figure.min, max: figure.max, unit: figure.unit, kind: figure.kind,
    measure: figure.measure, status: figureStatus(evidence.filter((e) => !e.superseded)), evidence: kept,
  }
  if (figure.iso) result.iso = figure.iso
  if (more > 0) result.moreEvidence = more
  if (reason) result.reason = reason
  return result
}

/**
 * `sentence` is the claim's sentence (its words tell an amount of an arbitrary thing apart); the figure's own
 * text when not given.
 */
export function compareFigure(figure: Figure, candidates: CorpusFigure[], scope: ClaimScope = { story: [] }, sentence = figure.text): FigureCheck {
  // "a separate outbreak", "their previous meeting": the claim says it is not of the story's own event
  if (figure.about.other) return check(figure, [], 'about another occurrence than the one the reports tell')
  candidates = candidates.filter((candidate) => !candidate.about.other)
  // only the same measure can refute; one of a loosely same measure (another verb) can only support
  const strict = new Set(candidates.filter((c) => sameMeasure(figure.about, c.about)))
  const measured = candidates.filter((c) => entitiesOf(c).length > 0 && (strict.has(c) || sameMeasure(figure.about, c.about, { loose: true })))
  const named = claimEntities(figure, scope)
  const written = measured.filter((candidate) => namedInContext(scope, candidate))
  let inStory = named.length > 0 ? storyCandidates(figure, scope, measured) : written.length ? written : measured
  // about nothing named, or only countries: answerable only when the candidates tell a single story
  const countries = [...new Set([...named, ...scope.story])]
  // a story told apart by the context's words alone: enough to support, never to refute
  let wordTied = false
  if (countries.every(isBroadPlace)) {
    // of several countries named ("the Chile–Peru water plan"), the stories that name them all
    const all = countries.length > 1 ? inStory.filter((c) => countries.every((country) => entitiesOf(c).some((e) => sameEntity(e, country)))) : []
    if (all.length) inStory = all
    if (countStories(inStory) > 1 && scope.text) {
      const told = toldInContextWords(inStory, scope.text)
      wordTied = told !== inStory
      inStory = told
    }
    const stories = countStories(inStory)
    if (stories > 1) {
      return check(figure, [], `ambiguous: the corpus has ${stories} stories with a ${figure.measure}; send the article's context`)
    }
  }
  // what the claim says of its thing, without the names that tie it to its story (story scoping checks those)
  const all = wordsOf(sentence.slice(0, figure.start) + ' ' + sentence.slice(figure.end))
  const claimWords: ClaimWords = { all, names: new Set([...wordsOf(figure.about.entities.join(' '))].filter((word) => all.has(word))) }
  // a city alone does not make a candidate the claim's story where another candidate shares more with the claim,
  // or where the candidates sharing only the city tell several stories (worked out once, when a conflict needs it)
  let weakCity: boolean | undefined
  const cityIsWeak = () => {
    if (weakCity === undefined) {
      const shared = inStory.map((candidate) => sharedNames(figure, candidate, scope))
      const cityOnly = inStory.filter((_, i) => onlyPlaces(shared[i]))
      const moreSpecific = shared.some((names) => names.length > 0 && !onlyPlaces(names))
      weakCity = moreSpecific || countDistinctStories(cityOnly) > 1
    }
    return weakCity
  }
  let others: boolean | undefined
  const othersTakePart = () => {
    if (others === undefined) {
      const event = EVENT_DIMENSIONS.has(figure.about.dimension) && EVENT_THINGS.has(figure.about.topic.split('/')[0].replace(/-end$/, ''))
      // the story's reports of the measure, whoever they name
      const reports = event && figure.about.actors.length ? storyCandidates({ ...figure, about: { ...figure.about, actors: [] } }, scope, [...strict]) : []
      others = reports.some((c) => c.about.actors.length > 0) && !reports.some((c) => namesAnActor(figure, c))
    }
    return others
  }
  let moreThanCity: boolean | undefined
  const namedMore = () => {
    moreThanCity ??= inStory.some((candidate) => {
      const shared = sharedNames(figure, candidate, scope)
      return shared.length > 0 && !onlyPlaces(shared)
    })
    return moreThanCity
  }
  let namedSources: CorpusFigure[] | undefined
  const linkedToNamed = (candidate: CorpusFigure) => {
    namedSources ??= inStory.filter((c) => {
      const shared = sharedNames(figure, c, scope)
      return shared.length > 0 && !onlyPlaces(shared)
    })
    return namedSources.some((other) => other.source !== candidate.source && sourcesLinked(candidate, other))
  }
  const inconclusive: string[] = []
  const sourceOf = new Map<Evidence, CorpusFigure>()
  const tally = figure.about.tally || inStory.some((c) => c.about.tally) || risesReportToReport(inStory.filter((c) => strict.has(c)))
  let evidence = dedupe(
    inStory.flatMap((candidate) => {
      const item = evidenceFor(figure, candidate, scope, claimWords, sentence, { cityIsWeak, othersTakePart, namedMore, linkedToNamed })
      if (item === INCONCLUSIVE) {
        if (candidate.sourceDate && strict.has(candidate)) inconclusive.push(candidate.sourceDate)
        return []
      }
      if (item && (item.relation === 'supports' || (strict.has(candidate) && !wordTied))) {
        sourceOf.set(item, candidate)
        return item
      }
      return []
    }),
    (item) => tally && sourceOf.get(item)?.about.stage === 'from',
  )
  if (!tally) evidence = otherOccurrencesApart(figure, evidence, sourceOf, strict, inStory)
  if (tally) {
    // "revised the number injured down to 27 from 31": the level a tally left was an earlier report's
    evidence = evidence.map((e) => (sourceOf.get(e)?.about.stage === 'from' ? { ...e, superseded: true } : e))
    evidence = standing(evidence, scope.date ?? today(), inconclusive)
  }
  // "the 28-point plan" names no version: true of the one a report of the same measure supports it by, whatever the others had
  if (VERSIONED.has(figure.about.topic) && !figure.about.version && evidence.some((e) => e.relation === 'supports' && strict.has(sourceOf.get(e)!))) {
    evidence = evidence.filter((e) => e.relation === 'supports')
  }
  const lead = evidence.filter((e) => !e.superseded)
  const refuted = lead.length > 0 && lead.every((e) => e.relation === 'conflicts')
  if (tally && refuted && evidence.some((e) => e.superseded && e.relation === 'supports')) {
    return check(figure, evidence, 'repeats a superseded figure: later reports revised it')
  }
  return check(figure, evidence)
}
