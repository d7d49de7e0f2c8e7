import type { Payload } from 'payload'

import { once } from 'node:events'
import { createLocalReq, getPayload } from 'payload'

import configPromise from '../../payload.config'

/**
 * Payload for command-line tools (run with FACTCHECK_AUTORUN=false: jobs belong to the app): its log goes to
 * stderr (stdout is the tool's output). It never seeds: the demo corpus belongs to `npm run dev`'s demo mode.
 */
export async function bootForCli(): Promise<Payload> {
  const config = await configPromise
  config.logger = { options: { level: process.env.LOG_LEVEL ?? 'warn' }, destination: process.stderr } as never
  // The development schema push prints its progress on stdout: send it to stderr while booting.
  const write = process.stdout.write
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof write
  try {
    return await getPayload({ config })
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
