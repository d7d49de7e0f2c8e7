/** The bench's plot: check latency (with its floor and the naive scan) and ingestion against corpus size, as SVG. */
import { writeFileSync } from 'node:fs'

interface Row {
  sources: number
  check_p50_ms: number
  check_p95_ms: number
  floor_p95_ms: number
  naive_p95_ms: number
  ingest_sources_per_s: number
}

interface Series {
  label: string
  colour: string
  values: number[]
}

const WIDTH = 420
const HEIGHT = 300
const MARGIN = { left: 60, right: 20, top: 36, bottom: 46 }

const log = Math.log10
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** One panel: log-scaled x (sources) and y, a line and dots per series, ticks at powers of ten. */
function panel(x0: number, title: string, unit: string, sizes: number[], series: Series[]): string {
  const values = series.flatMap((s) => s.values).filter((v) => v > 0)
  const yMin = Math.floor(log(Math.min(...values)))
  const yMax = Math.ceil(log(Math.max(...values)))
  const xMin = log(Math.min(...sizes)) - 0.15
  const xMax = log(Math.max(...sizes)) + 0.15
  const w = WIDTH - MARGIN.left - MARGIN.right
  const h = HEIGHT - MARGIN.top - MARGIN.bottom
  const px = (size: number) => x0 + MARGIN.left + ((log(size) - xMin) / (xMax - xMin)) * w
  const py = (value: number) => MARGIN.top + h - ((log(Math.max(value, 10 ** yMin)) - yMin) / Math.max(1, yMax - yMin)) * h
  const parts = [
    `<text x="${x0 + WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">${escape(title)}</text>`,
    `<rect x="${x0 + MARGIN.left}" y="${MARGIN.top}" width="${w}" height="${h}" fill="none" stroke="#999"/>`,
  ]
  for (let power = yMin; power <= yMax; power++) {
    const y = py(10 ** power)
    parts.push(`<line x1="${x0 + MARGIN.left}" x2="${x0 + MARGIN.left + w}" y1="${y}" y2="${y}" stroke="#eee"/>`)
    parts.push(`<text x="${x0 + MARGIN.left - 6}" y="${y + 4}" text-anchor="end" font-size="11">${10 ** power} ${unit}</text>`)
  }
  for (const size of sizes) {
    parts.push(`<text x="${px(size)}" y="${MARGIN.top + h + 16}" text-anchor="middle" font-size="11">${size.toLocaleString('en')}</text>`)
  }
  parts.push(`<text x="${x0 + MARGIN.left + w / 2}" y="${HEIGHT - 8}" text-anchor="middle" font-size="11">sources in the corpus</text>`)
  series.forEach((s, index) => {
    const points = sizes.map((size, i) => `${px(size).toFixed(1)},${py(s.values[i]).toFixed(1)}`)
    parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="2"/>`)
    for (const point of points) {
      const [cx, cy] = point.split(',')
      parts.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${s.colour}"/>`)
    }
    const ly = MARGIN.top + 14 + index * 14
    parts.push(`<line x1="${x0 + MARGIN.left + 8}" x2="${x0 + MARGIN.left + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"/>`)
    parts.push(`<text x="${x0 + MARGIN.left + 26}" y="${ly}" font-size="11">${escape(s.label)}</text>`)
  })
  return parts.join('\n')
}

export function writePlot(file: string, result: { adapter: string; sizes: Row[] }) {
  const rows = result.sizes
  const sizes = rows.map((row) => row.sources)
  const latency = panel(0, `Check latency (${result.adapter})`, 'ms', sizes, [
    { label: 'naive scan p95', colour: '#c0392b', values: rows.map((r) => r.naive_p95_ms) },
    { label: 'check p95', colour: '#2c3e50', values: rows.map((r) => r.check_p95_ms) },
    { label: 'check p50', colour: '#7f8c8d', values: rows.map((r) => r.check_p50_ms) },
    { label: 'true floor p95', colour: '#27ae60', values: rows.map((r) => r.floor_p95_ms) },
  ])
  const ingest = panel(WIDTH, `Ingestion (${result.adapter})`, '/s', sizes, [
    { label: 'sources per second', colour: '#2980b9', values: rows.map((r) => r.ingest_sources_per_s) },
  ])
  writeFileSync(
    file,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT}" font-family="sans-serif">\n` +
      `<rect width="100%" height="100%" fill="white"/>\n${latency}\n${ingest}\n</svg>\n`,
  )
}
