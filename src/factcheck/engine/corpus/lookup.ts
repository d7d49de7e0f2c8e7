/** An in-memory corpus lookup (tests, CLI baseline): each figure is stored under each of its keys. */
import type { CorpusFigure, CorpusLookup } from '../types'

export function createMemoryLookup(figures: CorpusFigure[]): CorpusLookup {
  const byKey = new Map<string, CorpusFigure[]>()
  for (const figure of figures) {
    for (const key of figure.lookupKeys) byKey.set(key, [...(byKey.get(key) ?? []), figure])
  }
  return async (keys) => [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))]
}
