import type { Payload } from 'payload'

import { once } from 'node:events'
import { createLocalReq, getPayload } from 'payload'

import configPromise from '../../payload.config'
import { seedCorpus } from '../seed/corpus'

/**
 * Payload for command-line tools (run with FACTCHECK_AUTORUN=false: jobs belong to the app): its log goes to stderr (stdout is the tool's output),
 * and the corpus is seeded first when the database has none.
 */
export async function bootForCli({ seedIfEmpty = true } = {}): Promise<Payload> {
  const config = await configPromise
  config.logger = { options: { level: process.env.LOG_LEVEL ?? 'warn' }, destination: process.stderr } as never
  // The development schema push prints its progress on stdout: send it to stderr while booting.
  const write = process.stdout.write
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof write
  try {
    const payload = await getPayload({ config })
    if (seedIfEmpty && (await payload.count({ collection: 'sources' })).totalDocs === 0) await seedCorpus(payload)
    return payload
  } finally {
    process.stdout.write = write
  }
}

/** Ends a command-line tool once its output is written (Payload's open handles would keep it alive). */
export async function exitWhenFlushed(payload: Payload): Promise<never> {
  await payload.destroy()
  if (process.stdout.writableLength > 0) await once(process.stdout, 'drain')
  process.exit()
}

export const cliRequest = (payload: Payload) => createLocalReq({}, payload)
