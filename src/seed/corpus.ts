import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq } from 'payload'

import { pluginOptions } from '../factcheck/options'
import { importSources } from '../factcheck/services/corpusImport'
import { manifestSchema, toSource } from '../factcheck/services/sourceFiles'

export const seedsDir = () => path.resolve(process.env.SEEDS_DIR ?? path.join(process.cwd(), 'seeds'))

/**
 * Loads the demo corpus of seeds/manifest.json through the corpus import (idempotent: unchanged sources are
 * not written). Only the demo mode and tests call it; a newsroom loads its archive with `npm run corpus`.
 */
export async function seedCorpus(payload: Payload, dir = seedsDir()) {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ dir, 'manifest.json'), 'utf8')))
  const items = []
  for (const { file, ...entry } of manifest.sources) {
    const content = await readFile(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8')
    const source = toSource({ ...entry, file, content })
    if ('error' in source) throw new Error(`${file}: ${source.error}`)
    items.push({ origin: file, source })
  }
  const summary = await importSources(await createLocalReq({}, payload), pluginOptions(payload), items)
  if (summary.failed.length > 0) throw new Error(`seed corpus: ${summary.failed.map((f) => `${f.origin}: ${f.reason}`).join('; ')}`)
  return { created: summary.added, updated: summary.updated, total: manifest.sources.length }
}
