/**
 * The batch command line.
 *   factcheck check --jsonl     JSON lines {"id", "text", "date"?, "context"?} on stdin → one result line each, in order
 *   factcheck corpus-conflicts  JSON lines: the measures on which corpus sources disagree, with the quotes
 */
import type { Payload } from 'payload'

import { checkRequestSchema } from '../factcheck/endpoints/schemas'
import { checkText } from '../factcheck/engine'
import { loadCorpusConflicts } from '../factcheck/services/corpusConflicts'
import { databaseLookup } from '../factcheck/services/corpusIndex'
import { bootForCli, cliRequest, exitWhenFlushed } from './boot'

const USAGE = 'usage: factcheck check --jsonl < claims.jsonl | factcheck corpus-conflicts'

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)

async function checkLines(payload: Payload, lines: string[]) {
  const lookup = databaseLookup(await cliRequest(payload))
  let lineNumber = 0
  for (const line of lines) {
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
      print({ ...where, error: 'each line must be a JSON object {"id", "text", "date"?, "context"?}' })
      continue
    }
    // Other keys (a batch user's own labels) are passed over.
    const parsed = checkRequestSchema.safeParse({ text: input.text, date: input.date, context: input.context })
    if (!parsed.success) {
      print({ ...where, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') })
      continue
    }
    try {
      const { text, date, context } = parsed.data
      print({ ...where, ...(await checkText(text, { date, context, lookup })) })
    } catch (error) {
      print({ ...where, error: `check failed: ${(error as Error).message}` })
    }
  }
}

async function corpusConflicts(payload: Payload) {
  for (const conflict of await loadCorpusConflicts(payload)) print(conflict)
}

async function main() {
  const [command, ...flags] = process.argv.slice(2)
  if (command !== 'corpus-conflicts' && !(command === 'check' && flags.includes('--jsonl'))) {
    console.error(USAGE)
    process.exit(2)
  }
  // stdin is read whole before Payload boots: the development schema push reads stdin for its prompts.
  let input = ''
  if (command === 'check') for await (const chunk of process.stdin) input += chunk
  const payload = await bootForCli()
  try {
    await (command === 'check' ? checkLines(payload, input.split(/\r?\n/)) : corpusConflicts(payload))
  } catch (error) {
    console.error(`factcheck: ${(error as Error).stack ?? error}`)
    process.exitCode = 1
  }
  await exitWhenFlushed(payload)
}

// No top-level await in entry scripts: with Payload's module graph it can stall module loading under Node 20.
void main()
