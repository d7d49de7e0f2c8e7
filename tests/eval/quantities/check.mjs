// Validates the quantity gold files and prints counts per set, topic, unit and phenomenon.
// Usage: node tests/eval/quantities/check.mjs   (exit code 1 when any line is invalid)
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

// The closed unit list is the README's "Units" table: every `symbol` in its rows.
function readUnits() {
  const readme = readFileSync(join(here, 'README.md'), 'utf8')
  const section = readme.split('## Units')[1].split('\n## ')[0]
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| dimension'))
  return new Set(rows.flatMap((row) => [...row.split('|')[2].matchAll(/`([^`]+)`/g)].map((m) => m[1])))
}
const units = readUnits()
const validUnit = (unit) => {
  if (unit === null || units.has(unit)) return true
  const [top, bottom, extra] = unit.split('/')
  return extra === undefined && bottom !== undefined && (top === '' || units.has(top)) && units.has(bottom)
}

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v)
const approxWords = /\b(nearly|almost|about|around|roughly|some|more than|over|under|at least|up to|fewer than|less than|just under|just over|close to|approximately|an estimated)\s+$/i

function phenomena(line, q) {
  const t = q.text
  const tags = []
  if (q.kind) return [q.kind]
  if (Array.isArray(q.value)) tags.push('range')
  if (/\d(\.\d+)?\s?(m|bn|k|tn)\b/.test(t) || /\b(million|billion|trillion)\b/i.test(t)) tags.push('scale word')
  if (q.unit && /^[A-Z]{3}$|^(p|ct)$/.test(q.unit.split('/')[0])) tags.push('currency')
  if (/[$€£¥]/.test(t)) tags.push('currency symbol')
  if (/\d(GB|MB|TB|km|m|cm|mm|kg|g|mg|lb|ft|in|mph|MW|GW|MWh|GHz|Gbps|C|F)\b|\d°|\d%/.test(t)) tags.push('glued or symbol unit')
  if (q.unit === '%') tags.push(/%/.test(t) ? 'percent sign' : 'per cent in words')
  if ((isNumber(q.value) && q.value < 0) || /^[-−]|minus|below zero/.test(t)) tags.push('negative')
  if (!/\d/.test(t)) tags.push('number words')
  if (/\b(dozens|hundreds|thousands|millions)\b/i.test(t)) tags.push('vague plural')
  if (/\b(half|third|quarter|fifth|thirds|quarters|in \d+|in (two|three|four|five|ten))\b/i.test(t) || /\d\/\d|½/.test(t)) tags.push('fraction')
  if (/\d,\d{3}/.test(t)) tags.push('thousands comma')
  if (/\d\.\d/.test(t)) tags.push('decimal')
  const unitWords = t.match(/\d(ft|in|lb|oz)\b|\b(hours?|minutes?|seconds?|years?|months?|weeks?|days?|ft|in|lb|oz)\b/g) ?? []
  if (unitWords.length >= 2 && !Array.isArray(q.value)) tags.push('compound')
  if (/\d:\d\d/.test(t)) tags.push('clock duration')
  if (q.unit && q.unit.includes('/')) tags.push('rate unit')
  if (q.unit === null && !tags.includes('fraction')) tags.push('count or dimensionless')
  const at = line.text.indexOf(t)
  if (at >= 0 && approxWords.test(line.text.slice(0, at))) tags.push('approximation')
  if (line.quantities.some((o) => o !== q && o.measured === q.measured && o.unit !== q.unit && o.unit && q.unit)) tags.push('conversion')
  return tags
}

const seen = new Set()
let errors = 0
const fail = (where, message) => { errors++; console.error(`${where}: ${message}`) }
const count = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by)
const print = (title, map) => {
  console.log(`\n${title}`)
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(4)}  ${k}`)
}

for (const file of ['dev.jsonl', 'holdout.jsonl']) {
  const lines = readFileSync(join(here, file), 'utf8').split('\n').filter(Boolean)
  const topics = new Map(), unitCounts = new Map(), tags = new Map()
  let quantities = 0, dates = 0, negatives = 0
  lines.forEach((raw, i) => {
    const where = `${file}:${i + 1}`
    let line
    try { line = JSON.parse(raw) } catch (e) { return fail(where, `not JSON (${e.message})`) }
    const keys = Object.keys(line).filter((k) => !['id', 'topic', 'text', 'quantities'].includes(k))
    if (keys.length) fail(where, `unknown keys ${keys}`)
    if (typeof line.id !== 'string' || seen.has(line.id)) fail(where, `missing or duplicate id ${line.id}`)
    seen.add(line.id)
    if (typeof line.text !== 'string' || !line.text.trim()) return fail(where, 'no text')
    if (!Array.isArray(line.quantities)) return fail(where, 'quantities is not an array')
    count(topics, line.topic ?? '(none)')
    if (line.quantities.length === 0) negatives++
    let from = 0
    for (const q of line.quantities) {
      const qk = Object.keys(q).filter((k) => !['text', 'value', 'unit', 'measured', 'kind'].includes(k))
      if (qk.length) fail(where, `unknown quantity keys ${qk}`)
      if (typeof q.text !== 'string' || !line.text.includes(q.text)) fail(where, `quantity text "${q.text}" not in sentence`)
      else {
        const at = line.text.indexOf(q.text, from)
        if (at < 0) fail(where, `quantity "${q.text}" out of order`)
        else from = at + (q.text.length > 2 ? 1 : 0)
      }
      if (typeof q.measured !== 'string' || !q.measured.trim()) fail(where, `quantity "${q.text}" has no measured`)
      if (q.kind !== undefined && !['date', 'time'].includes(q.kind)) fail(where, `bad kind ${q.kind}`)
      if (q.kind) { dates++ } else {
        quantities++
        const okValue = isNumber(q.value) || (Array.isArray(q.value) && q.value.length === 2 && q.value.every(isNumber) && q.value[0] < q.value[1])
        if (!okValue) fail(where, `bad value ${JSON.stringify(q.value)} for "${q.text}"`)
        if (!validUnit(q.unit)) fail(where, `unit ${q.unit} not in the README list`)
        count(unitCounts, q.unit ?? 'null')
      }
      for (const tag of phenomena(line, q)) count(tags, tag)
    }
  })
  console.log(`\n== ${file}: ${lines.length} sentences (${negatives} with no quantity), ${quantities} quantities, ${dates} dates/times`)
  print('per topic (sentences)', topics)
  print('per unit (quantities)', unitCounts)
  print('per phenomenon (quantities and dates)', tags)
}
if (errors) { console.error(`\n${errors} problem(s)`); process.exit(1) }
console.log('\nall lines valid')
