import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

const manifestSchema = z.object({
  sources: z.array(
    z.object({
      key: z.string().min(1),
      file: z.string().min(1),
      title: z.string().min(1),
      publisher: z.string().nullable(),
      publishedAt: z.iso.date().nullable(),
      url: z.url().nullable(),
    }),
  ),
})

export const seedsDir = () => path.resolve(process.env.SEEDS_DIR ?? path.join(process.cwd(), 'seeds'))

/**
 * Loads the corpus of seeds/manifest.json idempotently: a source is found again by its key,
 * created when missing and updated only when its file changed.
 */
export async function seedCorpus(payload: Payload, dir = seedsDir()) {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ dir, 'manifest.json'), 'utf8')))
  let created = 0
  let updated = 0
  for (const entry of manifest.sources) {
    const text = await readFile(path.join(/*turbopackIgnore: true*/ dir, entry.file), 'utf8')
    const data = {
      key: entry.key,
      title: entry.title,
      publisher: entry.publisher,
      publishedAt: entry.publishedAt,
      url: entry.url,
      text,
    }
    const { docs } = await payload.find({ collection: 'sources', where: { key: { equals: entry.key } }, limit: 1, depth: 0 })
    if (!docs[0]) {
      await payload.create({ collection: 'sources', data })
      created++
    } else if (docs[0].text !== text || docs[0].title !== entry.title) {
      await payload.update({ collection: 'sources', id: docs[0].id, data })
      updated++
    }
  }
  return { created, updated, total: manifest.sources.length }
}
