/**
 * Story scoping: a corpus figure is evidence for a claim only when both are about the same story. The
 * claim's entities (its sentence's, else its context's) must be known to the figure's sentence or source,
 * at least one specific entity (not a country) must be shared when the claim has one, places named on both
 * sides must nest, and the dates must be close. Missing context never matches everything.
 */
import type { ClaimScope, CorpusFigure, Figure } from '../types'
import { isCommonWord, namesOf, sameEntity, surelySameEntity } from '../measures/entities'
import { commonIntervals, overlaps } from './intervals'
import { EVENT_WORDS } from '../vocabulary/words'
import { containersOf, countriesOf, isBroadPlace, isKnownPlace, isNewsroomAlias, isWorldRegion, namedPartOf, placesNest } from '../measures/gazetteer'

/** Reports of one story are this close in time; an article a year later is about another event. */
export const STORY_WINDOW_DAYS = 180
const DAY_MS = 86_400_000
/** An event stated in a claim may lie this far before a report of it (a year's results, last year's toll). */
const EVENT_WINDOW_DAYS = 400

/** Entities of a corpus figure: its sentence's and its source's story. */
export const entitiesOf = (figure: CorpusFigure) => [...figure.about.entities, ...figure.story]

/**
 * A claim's entity is known to a figure's story when named there, when a place there lies in it or it lies in
 * a place there, or when it is part of a region the newsroom declared and the story names ("Essen" in a story
 * of the Ruhr).
 */
function knownTo(entity: string, names: string[], places: string[]): boolean {
  if (names.some((name) => sameEntity(entity, name))) return true
  // "Yorkshire" in a story of "North Yorkshire", "Thornfold" in one of "Thornfold Bridge" (and the other way)
  if (names.some((name) => namedPartOf(name, entity) || namedPartOf(entity, name))) return true
  if (containersOf(entity).some((container) => isNewsroomAlias(container) && names.includes(container))) return true
  if (!isKnownPlace(entity)) return false
  // a place the story lies in, or a province of the country the story is in
  const within = containersOf(entity)
  return places.some((place) => containersOf(place).includes(entity) || (!isBroadPlace(entity) && !isWorldRegion(place) && within.includes(place)))
}

/**
 * A town or region the claim names that the report never does ("Halifax had 86cm of snow" against a report on Keld,
 * in the same province) may have had its own amount: the report's refutes nothing there, and the same amount in other words
 * supports nothing.
 */
export function unnamedTown(figure: Figure, candidate: CorpusFigure): boolean {
  const names = entitiesOf(candidate)
  return figure.about.entities.some(
    (entity) =>
      isKnownPlace(entity) && !isBroadPlace(entity) &&
      !names.some((name) => sameEntity(entity, name) || namedPartOf(entity, name) || namedPartOf(name, entity) || (isKnownPlace(name) && containersOf(name).includes(entity))) &&
      // a part of a region the newsroom declared ("Essen" of "the Ruhr") is told by the region's reports
      !containersOf(entity).some((container) => isNewsroomAlias(container) && names.includes(container)),
  )
}

/** "died in a house fire", "were hurt in a crash": an event the claim brings in as a new one, by its noun. */
const INDEFINITE_EVENT = new RegExp(`\\b(?:in|during|after|by) an? (?:[a-z-]+ ){0,2}(${EVENT_WORDS.join('|')})\\b`, 'i')

/** The claim's figure is of an event it brings in ("in a house fire") that the report never writes: another event. */
export function eventUntold(sentence: string, candidate: CorpusFigure): boolean {
  const event = INDEFINITE_EVENT.exec(sentence)?.[1]?.toLowerCase()
  return event !== undefined && !new RegExp(`\\b${event}`, 'i').test(`${candidate.title ?? ''} ${candidate.quote}`)
}

/** Entities a source is about, as against those it mentions in passing. */
const SALIENT_PLACES = 8

const samePlace = (a: string, b: string) => sameEntity(a, b) || placesNest(a, b)


/**
 * A claim's "place" that is the surname of a person the source names ("documents from Harwell" in a story of
 * "Simon Harwell") is that person, not where anything happened.
 */
function personNamed(place: string, candidate: CorpusFigure): boolean {
  if (place.includes(' ') || isKnownPlace(place)) return false
  return entitiesOf(candidate).some((name) => name.endsWith(` ${place}`) && !isKnownPlace(name) && namesOf(name).includes(place))
}

/**
 * A name the gazetteer does not know, taken for a place in the claim ("leaked from the Varna Star") and for
 * one who acts at the report's figure ("escaped from the tanker Varna Star"), is that actor: nowhere.
 */
const actsThere = (place: string, candidate: CorpusFigure) =>
  !isKnownPlace(place) && candidate.about.actors.some((actor) => sameEntity(place, actor))

/**
 * Where the two events happened: places named at both figures must be one or nest ("Geneva" is not
 * "Nairobi"; "the Elysée" may be declared part of Paris). Against a source's places in general, only
 * places the gazetteer knows can be told apart.
 */
function placesAgree(places: string[], candidate: CorpusFigure, event: boolean): boolean {
  const claim = places.filter((place) => !personNamed(place, candidate) && !actsThere(place, candidate))
  if (claim.length === 0) return true
  if (candidate.about.places.length) {
    if (claim.some((a) => candidate.about.places.some((b) => samePlace(a, b)))) return true
    // a level read at "Thornfold Bridge" is read at "Thornfold"; a count there is a part of the town's, which the
    // comparison tells apart (identity.ts): the same count supports, a different one refutes nothing
    if (claim.some((a) => candidate.about.places.some((b) => namedPartOf(a, b) || namedPartOf(b, a)))) return true
    // "MARROW BAY, Nova Scotia — …": a town the gazetteer does not know, named in the sentence of a figure placed in a
    // region it does know, lies in that region
    const regions = candidate.about.places.every((b) => isKnownPlace(b) && !isBroadPlace(b))
    if (regions && claim.some((a) => !isKnownPlace(a) && candidate.about.entities.some((b) => sameEntity(a, b)))) return true
    if (!event) return false
    // an event's toll is one whether reported for the town or the district the source is about, unless the gazetteer says otherwise
    const salient = candidate.story.slice(0, SALIENT_PLACES)
    return claim.some((a) => salient.some((b) => sameEntity(a, b)) && !(isKnownPlace(a) && candidate.about.places.every(isKnownPlace)))
  }
  const mine = claim.filter(isKnownPlace)
  const theirs = candidate.story.filter(isKnownPlace)
  if (mine.length === 0 || theirs.length === 0) return true
  // a country holds every place in it: "talks in Florida" are not of a story told in Lisbon and Washington
  const specific = theirs.filter((place) => !isBroadPlace(place))
  return mine.some((a) => (specific.length ? specific : theirs).some((b) => placesNest(a, b)))
}

/**
 * Who acts: when the figure's sentence names other people and none of the claim's, it is about them
 * ("Arancibia was sentenced to five years" is not about Molina's eight).
 */
function actorsAgree(claim: string[], candidate: CorpusFigure['about']): boolean {
  if (claim.length === 0 || candidate.actors.length === 0) return true
  return claim.some((a) => candidate.entities.some((b) => sameEntity(a, b)))
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS
}

/** The entities a claim figure is about: its sentence's, else its context's (empty: context-free). */
export function claimEntities(figure: Figure, scope: ClaimScope): string[] {
  return figure.about.entities.length ? figure.about.entities : scope.story
}

/** Whether the claim's entities and context name the candidate's story. */
function namesStory(figure: Figure, scope: ClaimScope, candidate: CorpusFigure): boolean {
  const names = entitiesOf(candidate)
  if (names.length === 0) return false
  const places = [...candidate.about.places, ...candidate.story.filter(isKnownPlace)]
  const own = figure.about.entities
  if (!own.every((entity) => knownTo(entity, names, places))) return false
  const about = [...own, ...scope.story]
  const specific = about.filter((entity) => !isBroadPlace(entity))
  const written = namedInContext(scope, candidate)
  const shared = written || (specific.length ? specific : about).some((entity) => knownTo(entity, names, places))
  if (!shared) return false
  // the article's story must be the source's too, whatever the sentence names
  const story = scope.story.filter((entity) => !isBroadPlace(entity))
  return !story.length || written || story.some((entity) => knownTo(entity, names, places)) || placedByItsName(own, story, candidate)
}

/**
 * A context that names only the region of its story ("California's most destructive fire") is the source's story
 * when the claim's sentence writes the source's own salient name ("the Cutler Ridge blaze" of a source on "the Cutler
 * Ridge Fire" that names only its county), unless the source is placed in another country.
 */
function placedByItsName(own: string[], story: string[], candidate: CorpusFigure): boolean {
  if (!story.every(isKnownPlace)) return false
  const salient = candidate.story.slice(0, LINKING_ENTITIES).filter((entity) => !isBroadPlace(entity))
  const named = own.some((entity) => !isKnownPlace(entity) && salient.some((name) => surelySameEntity(entity, name)))
  if (!named) return false
  const theirs = [...candidate.about.places, ...salient].filter((place) => isKnownPlace(place) && !isBroadPlace(place))
  const countries = new Set(story.flatMap(countriesOf))
  return theirs.length === 0 || theirs.some((place) => countriesOf(place).some((country) => countries.has(country)))
}

/**
 * Where no candidate writes the claim's names, an organisation named after the story's salient name ("Hollingmouth
 * Port Holdings" in a story of the "Port of Hollingmouth") ties the claim to it: enough to support, never to refute
 * (a conflict needs a name both write, see compare.ts).
 */
function namesStoryByItsName(figure: Figure, scope: ClaimScope, candidate: CorpusFigure): boolean {
  const own = figure.about.entities
  if (own.length === 0 || scope.story.some((entity) => !isBroadPlace(entity))) return false
  const salient = candidate.story.slice(0, LINKING_ENTITIES).filter((entity) => !isBroadPlace(entity))
  return own.every((entity) => {
    const words = entity.split(' ')
    return words.length > 1 && salient.some((name) => surelySameEntity(words[0], name))
  })
}

/**
 * Where no candidate knows all the claim's people ("Vasquez met Olden and Pryor in the capital"), a report about one of
 * them (among its most salient names) that writes the claim's very figure may be of its story though it leaves the
 * others out: it names no one else at its figure, and the names it lacks are people or places the gazetteer does not
 * know. Enough to support, never to refute: such a candidate counts only when its figure agrees with the claim's.
 */
function namesStoryInPart(figure: Figure, scope: ClaimScope, candidate: CorpusFigure): boolean {
  const { entities, actors } = figure.about
  if (actors.length < 2) return false
  const intervals = commonIntervals(figure, candidate)
  if (!intervals || !overlaps(...intervals)) return false
  const names = entitiesOf(candidate)
  const knownPlaces = [...candidate.about.places, ...candidate.story.filter(isKnownPlace)]
  const known = (entity: string) => knownTo(entity, names, knownPlaces)
  const missing = entities.filter((entity) => !known(entity))
  if (missing.length === 0 || missing.some(isKnownPlace) || missing.every((entity) => !actors.includes(entity))) return false
  const salient = candidate.story.slice(0, LINKING_ENTITIES)
  if (!actors.some((actor) => known(actor) && salient.some((name) => surelySameEntity(actor, name)))) return false
  if (!candidate.about.actors.every((actor) => entities.some((entity) => sameEntity(actor, entity)))) return false
  const story = scope.story.filter((entity) => !isBroadPlace(entity))
  return story.every(known)
}

/**
 * Where a claim that names no place happened, by its context: a place the context writes right before the claim's
 * measure word ("Vorsk talks end in stalemate, Dellin diplomats told": the talks are in Vorsk, not in Dellin).
 */
function placesOf(figure: Figure, scope: ClaimScope): string[] {
  const { places, topic } = figure.about
  if (places.length || !topic || !scope.text || /[^a-z]/.test(topic)) return places
  const text = scope.text
  return scope.story.filter((entity) => {
    if (!isKnownPlace(entity) || isBroadPlace(entity)) return false
    const at = text.indexOf(`${entity} ${topic}`)
    return at >= 0 && !/[a-z]/.test(text[at - 1] ?? '') && /^s?(?![a-z])/.test(text.slice(at + entity.length + topic.length + 1))
  })
}

/** Whether who acts, where and when agree between the claim's figure and the candidate. */
function detailsAgree(figure: Figure, scope: ClaimScope, candidate: CorpusFigure, places: string[]): boolean {
  if (entitiesOf(candidate).length === 0) return false
  if (!actorsAgree(figure.about.actors, candidate.about)) return false
  if (!placesAgree(places, candidate, figure.about.tally === true)) return false
  // an event dated well before the source is another event ("the worst crash since 1990 killed 67")
  // ("in 2025" ends on 31 December: a report of February 2026 is about it)
  const { eventDate } = figure.about
  const eventEnd = figure.about.eventEnd ?? eventDate
  if (eventEnd && candidate.sourceDate && eventEnd < candidate.sourceDate && daysBetween(eventEnd, candidate.sourceDate) > EVENT_WINDOW_DAYS) return false
  // both dated: "revenue rose 5% in 2024" says nothing of 2025, nor "42C on Tuesday" of Wednesday
  const theirs = candidate.about
  if (eventDate && theirs.eventDate && (figure.about.eventEnd ?? eventDate) < theirs.eventDate) return false
  if (eventDate && theirs.eventDate && (theirs.eventEnd ?? theirs.eventDate) < eventDate) return false
  return !scope.date || !candidate.sourceDate || daysBetween(scope.date, candidate.sourceDate) <= STORY_WINDOW_DAYS
}

/**
 * The candidates of the claim's story: those it names, and those of sources of the same story (linked by
 * their salient entities) that name it less, such as a later report of a toll that no longer names the region.
 */
export function storyCandidates(figure: Figure, scope: ClaimScope, candidates: CorpusFigure[]): CorpusFigure[] {
  const places = placesOf(figure, scope)
  const agreeing = candidates.filter((candidate) => detailsAgree(figure, scope, candidate, places))
  let named = agreeing.filter((candidate) => namesStory(figure, scope, candidate))
  if (named.length === 0) named = agreeing.filter((candidate) => namesStoryByItsName(figure, scope, candidate))
  if (named.length === 0) {
    // a report naming only some of the claim's people ties it to none of its other reports: no linking; where it
    // happened is told apart only by places the gazetteer knows ("the Varen Palace" may lie in the report's "Dellin")
    const known = places.filter(isKnownPlace)
    return candidates.filter((candidate) => namesStoryInPart(figure, scope, candidate) && detailsAgree(figure, scope, candidate, known))
  }
  const linking = new Set(named.flatMap((c) => c.story.slice(0, LINKING_ENTITIES).filter((e) => !isBroadPlace(e)).flatMap(linkingNames)))
  const shares = (entity: string) => !isBroadPlace(entity) && linkingNames(entity).some((name) => linking.has(name))
  // two cities many stories pass through (a capital, a summit town) tie nothing: one shared name must be no known place
  const linked = (candidate: CorpusFigure) => {
    const specific = candidate.story.slice(0, LINKING_ENTITIES).filter((entity) => !isBroadPlace(entity))
    const shared = specific.filter(shares)
    return shared.length >= Math.min(LINKING_SHARED, specific.length) && shared.some((entity) => !isKnownPlace(entity))
  }
  return agreeing.filter((candidate) => named.includes(candidate) || linked(candidate))
}

/** The source's salient specific names the context writes ("Pine Hollow Fire 68% Contained"). */
export function writtenInContext(scope: ClaimScope, candidate: CorpusFigure): string[] {
  const { text } = scope
  if (!text) return []
  return candidate.story.slice(0, LINKING_ENTITIES).filter((entity) => {
    if (isBroadPlace(entity) || entity.length < 4) return false
    const at = text.indexOf(entity)
    return at >= 0 && !/[a-z]/.test(text[at - 1] ?? '') && !/[a-z]/.test(text[at + entity.length] ?? '')
  })
}

/** Whether the context writes one of the source's salient specific names. */
export function namedInContext(scope: ClaimScope, candidate: CorpusFigure): boolean {
  return writtenInContext(scope, candidate).length > 0
}

/**
 * The names by which two sources' salient entities tie them together: a short name only when it is no ordinary word
 * ("red" of "Red Cross", "courier" of "Channel Courier" tie nothing).
 */
const linkingNames = (entity: string) => namesOf(entity).filter((name) => name === entity || name.includes(' ') || !isCommonWord(name))

/** Salient entities of a source that link it to another source of the same story. */
const LINKING_ENTITIES = 8
/**
 * Salient entities two sources must share to be one story: one name both mention (a capital both stories pass
 * through, a mediator's country) links nothing; the reports of one story share their place and their event. A
 * source that names a single specific entity shares it all when it shares that one.
 */
const LINKING_SHARED = 2

/** Whether two sources share LINKING_SHARED salient specific names (fewer when one names fewer): one story. */
export function sourcesLinked(a: CorpusFigure, b: CorpusFigure): boolean {
  const names = (figure: CorpusFigure) => figure.story.slice(0, LINKING_ENTITIES).filter((entity) => !isBroadPlace(entity))
  const mine = names(a)
  const theirs = names(b).flatMap(linkingNames)
  const shared = mine.filter((entity) => linkingNames(entity).some((name) => theirs.includes(name)))
  // (as in storyCandidates: cities alone tie nothing)
  return shared.length > 0 && shared.length >= Math.min(LINKING_SHARED, mine.length, names(b).length) && shared.some((entity) => !isKnownPlace(entity))
}

/** How many stories the candidates belong to: sources linked by a shared specific entity are one story. */
export function countStories(candidates: CorpusFigure[]): number {
  // a story is told by its most salient entities; a name mentioned in passing links nothing
  const sources = [...new Map(candidates.map((c) => [c.source, c.story.slice(0, LINKING_ENTITIES)])).values()]
  const parent = sources.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  const firstWith = new Map<string, number>()
  const link = (key: string, i: number) => {
    const other = firstWith.get(key)
    if (other === undefined) firstWith.set(key, i)
    else parent[find(i)] = find(other)
  }
  sources.forEach((story, i) => {
    for (const entity of story) {
      if (isBroadPlace(entity)) continue
      for (const name of linkingNames(entity)) {
        // a short name ("whitlock") ties a full name to its bare use, not to another full name ("jonah" and "joanne whitlock")
        if (name !== entity && !name.includes(' ')) link(`\u0000${name}\u0000${i}`, i)
        else link(name, i)
      }
    }
  })
  sources.forEach((story, i) => {
    for (const entity of story) {
      if (entity.includes(' ') || isBroadPlace(entity)) continue
      sources.forEach((_, j) => {
        if (j !== i && firstWith.get(`\u0000${entity}\u0000${j}`) === j) parent[find(i)] = find(j)
      })
    }
  })
  return new Set(sources.map((_, i) => find(i))).size
}

/**
 * How many stories the candidates' sources tell when two sources are one story only if they share LINKING_SHARED
 * salient names (a city both mention is not enough): for telling apart stories that happen in one city.
 */
export function countDistinctStories(candidates: CorpusFigure[]): number {
  const sources = [...new Map(candidates.map((c) => [c.source, c.story.slice(0, LINKING_ENTITIES)])).values()]
  const names = sources.map((story) => story.filter((entity) => !isBroadPlace(entity)).map((entity) => linkingNames(entity)))
  const parent = sources.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  for (let i = 0; i < sources.length; i++) {
    for (let j = 0; j < i; j++) {
      const shared = names[i].filter((mine) => names[j].some((theirs) => theirs.some((name) => mine.includes(name)))).length
      if (shared > 0 && shared >= Math.min(LINKING_SHARED, names[i].length, names[j].length)) parent[find(i)] = find(j)
    }
  }
  return new Set(sources.map((_, i) => find(i))).size
}

/** Two corpus figures tell one story: their sources share a specific entity and the places at the figures agree. */
export function sameCorpusStory(a: CorpusFigure, b: CorpusFigure): boolean {
  if (a.source !== b.source) {
    const specific = a.story.filter((entity) => !isBroadPlace(entity))
    if (!specific.some((entity) => b.story.some((other) => sameEntity(entity, other)))) return false
  }
  if (!actorsAgree(a.about.actors, b.about)) return false
  return a.about.places.length === 0 || b.about.places.length === 0 || a.about.places.some((x) => b.about.places.some((y) => samePlace(x, y)))
}
