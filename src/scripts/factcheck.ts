/**
 * The batch command line.
 *   factcheck check --jsonl     JSON lines {"id", "text", "date"?} on stdin → one result line each, in order
 *   factcheck corpus-conflicts  JSON lines: the measures on which corpus sources disagree, with the quotes
 */
import type { Payload } from 'payload'

import { createInterface } from 'node:readline'

import { checkRequestSchema } from '../factcheck/endpoints/schemas'
import { checkText } from '../factcheck/engine'
import { loadCorpusConflicts } from '../factcheck/services/corpusConflicts'
import { databaseLookup } from '../factcheck/services/corpusIndex'
import { bootForCli, cliRequest } from './boot'

const USAGE = 'usage: factcheck check --jsonl < claims.jsonl | factcheck corpus-conflicts'

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)

async function checkLines(payload: Payload) {
  const lookup = databaseLookup(await cliRequest(payload))
  let lineNumber = 0
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++
    if (!line.trim()) continue
    let input: { id?: unknown; [key: string]: unknown }
    try {
      input = JSON.parse(line)
    } catch (error) {
      print({ line: lineNumber, error: `not JSON: ${(error as Error).message}` })
      continue
    }
    const where = input && typeof input === 'object' && 'id' in input ? { id: input.id } : { line: lineNumber }
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      print({ ...where, error: 'each line must be a JSON object {"id", "text", "date"?}' })
      continue
    }
    const { id: _id, ...request } = input
    const parsed = checkRequestSchema.safeParse(request)
    if (!parsed.success) {
      print({ ...where, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') })
      continue
    }
    try {
      print({ ...where, ...(await checkText(parsed.data.text, { date: parsed.data.date, lookup })) })
    } catch (error) {
      print({ ...where, error: `check failed: ${(error as Error).message}` })
    }
  }
}

async function corpusConflicts(payload: Payload) {
  for (const conflict of await loadCorpusConflicts(payload)) print(conflict)
}

const [command, ...flags] = process.argv.slice(2)
if (command !== 'corpus-conflicts' && !(command === 'check' && flags.includes('--jsonl'))) {
  console.error(USAGE)
  process.exit(2)
}
const payload = await bootForCli()
try {
  await (command === 'check' ? checkLines(payload) : corpusConflicts(payload))
} catch (error) {
  console.error(`factcheck: ${(error as Error).stack ?? error}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
