import type { Payload, TypedUser } from 'payload'

import type { SourcesByKey } from '../components/types'

import { pluginSlugs } from '../options'

/** Titles and ids of the corpus sources with the given keys, read with the user's access. */
export async function sourcesByKey(payload: Payload, keys: string[], user: TypedUser): Promise<SourcesByKey> {
  if (keys.length === 0) return {}
  const { docs } = await payload.find({
    collection: pluginSlugs(payload).sources,
    where: { key: { in: keys } },
    select: { key: true, title: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return Object.fromEntries(
    (docs as unknown as Array<{ id: number | string; key: string; title: string }>).map((source) => [
      source.key,
      { id: source.id, title: source.title },
    ]),
  )
}
