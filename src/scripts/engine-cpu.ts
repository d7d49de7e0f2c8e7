/**
 * `node src/scripts/run.mjs src/scripts/engine-cpu.ts [claims.jsonl] [rounds]`: CPU time of the engine's check of one
 * claim (analysis of the claim and its context, lookup in memory, comparison), over the seeds and the fixture archive,
 * as a long-running server sees it: after two warm-up rounds (the compiler's work on first use is not the check's),
 * over 20 rounds by default. Prints milliseconds of CPU per claim (process.cpuUsage, user + system) and the wall time.
 */
import path from 'node:path'

import { checkText } from '../factcheck/engine'
import { CLAIMS_DIR, memoryLookup, readArchive, readClaims } from './eval/claims'

const ROUNDS = Number(process.argv[3] ?? 20)
const WARM_UP_ROUNDS = 2

const file = path.resolve(process.argv[2] ?? path.join(CLAIMS_DIR, 'dev.jsonl'))
const claims = await readClaims(file)
const { lookup, figures } = memoryLookup(await readArchive())
const checkAll = async () => {
  for (const claim of claims) await checkText(claim.text, { date: claim.date, context: claim.context, lookup })
}
for (let round = 0; round < WARM_UP_ROUNDS; round++) await checkAll()
const cpuBefore = process.cpuUsage()
const wallBefore = performance.now()
for (let round = 0; round < ROUNDS; round++) await checkAll()
const cpu = process.cpuUsage(cpuBefore)
const checks = ROUNDS * claims.length
console.log(`${claims.length} claims × ${ROUNDS} against ${figures.length} corpus figures (${path.relative(process.cwd(), file)})`)
console.log(`CPU per claim:  ${((cpu.user + cpu.system) / 1000 / checks).toFixed(3)} ms`)
console.log(`wall per claim: ${((performance.now() - wallBefore) / checks).toFixed(3)} ms`)
