/**
 * `npm run eval [-- path/to/claims.jsonl]`: runs the batch contract (`factcheck check --jsonl`, a separate
 * process, as a batch user would) on labelled claims and prints status accuracy and source recall.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

interface Labelled {
  id: string
  text: string
  date?: string
  expect: string[]
  sources: string[]
}

const file = path.resolve(process.argv[2] ?? '../shared/eval/dev.jsonl')
const claims: Labelled[] = (await readFile(file, 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

const child = spawn('npm', ['run', '--silent', 'factcheck', '--', 'check', '--jsonl'], {
  stdio: ['pipe', 'pipe', 'inherit'],
})
child.stdin.end(claims.map(({ id, text, date }) => JSON.stringify({ id, text, date })).join('\n') + '\n')
let stdout = ''
for await (const chunk of child.stdout) stdout += chunk
const code = await new Promise((resolve) => child.on('close', resolve))
if (code !== 0) throw new Error(`factcheck exited with ${code}`)
const results = new Map(
  stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((result) => [result.id, result]),
)

let correct = 0
let withSources = 0
let sourceHits = 0
const misses: string[] = []
for (const claim of claims) {
  const result = results.get(claim.id)
  const ok = Boolean(result && claim.expect.includes(result.status))
  if (ok) correct++
  const evidence = new Set<string>(
    (result?.figures ?? []).flatMap((figure: any) => figure.evidence.map((item: any) => item.source)),
  )
  let sourceOk = true
  if (claim.sources.length) {
    withSources++
    sourceOk = claim.sources.some((source) => evidence.has(source))
    if (sourceOk) sourceHits++
  }
  if (!ok || !sourceOk) {
    misses.push(
      `${claim.id}  got ${result?.status ?? result?.error ?? 'nothing'}, expected ${claim.expect.join('|')}` +
        `${sourceOk ? '' : `; no evidence from ${claim.sources.join(', ')}`}\n      ${claim.text}`,
    )
  }
}
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—')
console.log(`claims:        ${claims.length}  (${path.relative(process.cwd(), file)})`)
console.log(`accuracy:      ${pct(correct, claims.length)}%  (${correct}/${claims.length} statuses in expect)`)
console.log(`source recall: ${pct(sourceHits, withSources)}%  (${sourceHits}/${withSources} claims with an expected source in the evidence)`)
if (misses.length) console.log(`\nwrong:\n${misses.join('\n')}`)
