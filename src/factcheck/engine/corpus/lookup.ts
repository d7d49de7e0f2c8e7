/** An in-memory corpus lookup (tests, CLI baseline) with the store's semantics (see corpus/keys.ts). */
import type { CorpusFigure, CorpusLookup } from '../types'
import { LIMIT_PER_KEY } from './keys'

/** Newest source first, undated last. */
function byNewestSource(a: CorpusFigure, b: CorpusFigure): number {
  if (a.sourceDate === b.sourceDate) return 0
  if (!a.sourceDate) return 1
  if (!b.sourceDate) return -1
  return a.sourceDate < b.sourceDate ? 1 : -1
}

/** Per key at most `limitPerKey` figures, newest source first; each figure once however many keys find it. */
export function createMemoryLookup(figures: CorpusFigure[], { limitPerKey = LIMIT_PER_KEY } = {}): CorpusLookup {
  const byKey = new Map<string, CorpusFigure[]>()
  for (const figure of figures) {
    for (const key of new Set(figure.lookupKeys)) {
      const list = byKey.get(key)
      if (list) list.push(figure)
      else byKey.set(key, [figure])
    }
  }
  for (const list of byKey.values()) list.sort(byNewestSource)
  return async (keys) => {
    const found = new Set<CorpusFigure>()
    for (const key of new Set(keys)) for (const figure of (byKey.get(key) ?? []).slice(0, limitPerKey)) found.add(figure)
    return [...found]
  }
}
