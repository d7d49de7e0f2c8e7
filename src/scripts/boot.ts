import type { Payload } from 'payload'

import { createLocalReq, getPayload } from 'payload'

import { seedCorpus } from '../seed/corpus'

/**
 * Payload for command-line tools: its log goes to stderr (stdout is the tool's output),
 * and the corpus is seeded first when the database has none.
 */
export async function bootForCli({ seedIfEmpty = true } = {}): Promise<Payload> {
  const config = await (await import('../../payload.config')).default
  config.logger = { options: { level: process.env.LOG_LEVEL ?? 'warn' }, destination: process.stderr } as never
  const payload = await getPayload({ config })
  if (seedIfEmpty && (await payload.count({ collection: 'sources' })).totalDocs === 0) await seedCorpus(payload)
  return payload
}

export const cliRequest = (payload: Payload) => createLocalReq({}, payload)
