/**
 * Places the engine knows without being told: countries (their other names, codes and demonyms), their
 * first-level regions and larger cities, with containment (a city is in its country). Loaded once from the
 * committed data module derived by src/scripts/engine-data.ts. The newsroom's own aliases (plugin option
 * `aliases`) add names and parts: "the Ruhr" = Essen + Dortmund + ...
 */
import { GAZETTEER } from '../../places/gazetteer'
import { PROSE_CODES, SITE_HEADS } from '../vocabulary/words'

export interface GazetteerData {
  countries: Record<string, { names: string[]; codes: string[]; demonyms: string[]; capital?: string; region: string }>
  regions: Record<string, string[]>
  cities: Record<string, string[]>
  /** World regions and the larger ones they lie in: "western europe" → ["europe"]. */
  world: Record<string, string[]>
}

export interface Place {
  /** Canonical name: "united states", "kyiv". */
  name: string
  kind: 'world' | 'country' | 'region' | 'city' | 'alias'
  /** Places it lies in (countries, world regions, newsroom regions). */
  within: string[]
  /** A demonym or adjective ("Mexican"), not the place's own name. */
  demonym?: boolean
}

interface Tables {
  /** Lowercase surface → place. */
  names: Map<string, Place>
  /** Codes as written ("US", "U.S.") → country. */
  codes: Map<string, Place>
  /** Capital city → its country (a government named by its seat: "Kyiv says ..."). */
  capitals: Map<string, string>
  /** Place → the places lying in it (newsroom aliases with parts). */
  parts: Map<string, string[]>
}

let tables: Tables | undefined
let newsroomAliases: Record<string, string[]> = {}

function build(): Tables {
  const data = GAZETTEER
  const names = new Map<string, Place>()
  const codes = new Map<string, Place>()
  const capitals = new Map<string, string>()
  const parts = new Map<string, string[]>()
  for (const [city, countries] of Object.entries(data.cities)) names.set(city, { name: city, kind: 'city', within: countries })
  for (const [region, countries] of Object.entries(data.regions)) names.set(region, { name: region, kind: 'region', within: countries })
  for (const [world, within] of Object.entries(data.world)) if (!names.has(world)) names.set(world, { name: world, kind: 'world', within })
  for (const [country, info] of Object.entries(data.countries)) {
    const place: Place = { name: country, kind: 'country', within: [info.region] }
    for (const name of [country, ...info.names]) names.set(name, place)
    for (const demonym of info.demonyms) if (!names.has(demonym)) names.set(demonym, { ...place, demonym: true })
    for (const code of info.codes) codes.set(code, place)
    if (info.capital) capitals.set(info.capital, country)
  }
  // The newsroom's aliases: each name covers the names listed with it, as synonyms or as parts.
  for (const [alias, covered] of Object.entries(newsroomAliases)) {
    const name = alias.toLowerCase()
    const known = names.get(name)
    if (!known) names.set(name, { name, kind: 'alias', within: [] })
    parts.set(name, covered.map((c) => c.toLowerCase()))
    for (const part of covered) {
      const key = part.toLowerCase()
      const place = names.get(key) ?? { name: key, kind: 'alias' as const, within: [] }
      names.set(key, { ...place, within: [...new Set([...place.within, name])] })
    }
  }
  return { names, codes, capitals, parts }
}

function getTables(): Tables {
  tables ??= build()
  return tables
}

/** Sets the newsroom's aliases (the plugin's `aliases` option): name → the names it covers. */
export function setAliases(aliases: Record<string, string[]> | undefined): void {
  newsroomAliases = aliases ?? {}
  tables = undefined
}

/** The place a name (as written) stands for, if the gazetteer or the newsroom knows it. */
export function placeNamed(text: string): Place | undefined {
  const { names, codes } = getTables()
  const code = text.length > 2 || PROSE_CODES.includes(text) ? codes.get(text) : undefined
  return code ?? names.get(text.toLowerCase())
}

/** The country a capital city stands for when it acts: "Kyiv rejected the plan". */
export function countryOfCapital(name: string): string | undefined {
  return getTables().capitals.get(name)
}

/** Everything a place lies in, transitively (a city → its country → its world region). */
export function containersOf(name: string): string[] {
  const { names } = getTables()
  const found: string[] = []
  const queue = [...(names.get(name)?.within ?? [])]
  while (queue.length && found.length < 16) {
    const next = queue.shift()!
    if (found.includes(next)) continue
    found.push(next)
    queue.push(...(names.get(next)?.within ?? []))
  }
  return found
}

/** A name the newsroom declared (plugin option `aliases`). */
export function isNewsroomAlias(name: string): boolean {
  return getTables().parts.has(name)
}

export function isKnownPlace(name: string): boolean {
  return getTables().names.has(name)
}

/** Countries and world regions: shared by too many stories to tell one apart. */
export function isBroadPlace(name: string): boolean {
  const place = getTables().names.get(name)
  return place?.kind === 'country' || place?.kind === 'world' || (place !== undefined && place.kind !== 'alias' && place.within.length === 0)
}

/** Continents and parts of the world ("Europe", "Western Europe"): no story is placed by lying in one. */
export function isWorldRegion(name: string): boolean {
  return getTables().names.get(name)?.kind === 'world'
}

/** The newsroom region made of all these names: ["essen", "dortmund"] → "ruhr". */
export function wholeOf(names: string[]): string | undefined {
  if (names.length < 2) return undefined
  for (const [whole, parts] of getTables().parts) {
    if (parts.length > 1 && parts.every((part) => names.includes(part))) return whole
  }
  return undefined
}

/** Two places are compatible when they are one place or one lies in the other. */
export function placesNest(a: string, b: string): boolean {
  return a === b || containersOf(a).includes(b) || containersOf(b).includes(a)
}

/** The countries a place lies in (itself, when a country). */
export function countriesOf(name: string): string[] {
  const { names } = getTables()
  return [name, ...containersOf(name)].filter((place) => names.get(place)?.kind === 'country' && !names.get(place)?.demonym)
}

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east', 'south-west'])
/** Heads of a site named after the place it stands in ("Thornfold Bridge", "Kellow Station", "Thornfold Street"). */
const SITES = new Set(SITE_HEADS)

/**
 * Whether a name, by its form alone, names a part of another place: a compass-qualified place ("North Yorkshire" in
 * "Yorkshire", unless the gazetteer knows the whole: "West Virginia" is no part of "Virginia") or a site named after
 * its place ("Thornfold Bridge" in "Thornfold"). Countries are no one's part ("South Sudan").
 */
export function namedPartOf(part: string, whole: string): boolean {
  const words = part.split(' ')
  if (words.length < 2 || isBroadPlace(part)) return false
  if (COMPASS.has(words[0]) && words.slice(1).join(' ') === whole) return !isKnownPlace(whole)
  const head = words[words.length - 1]
  // a street is often named after another town ("London Road" in Brighton): only after a place the gazetteer does not know
  return SITES.has(head) && words.slice(0, -1).join(' ') === whole && (head !== 'street' || !isKnownPlace(whole))
}
