/**
 * A synthetic wire-service corpus grown from the seed reports: each source is a short report of sentences
 * drawn from the seeds with their figures, places, people and measured things varied. Deterministic from a
 * seed number, so every run measures the same corpus.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { splitSentences } from '../../src/factcheck/engine'

export function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SWAPS: Array<[RegExp, string[]]> = [
  [/\bMoscow\b/g, ['Geneva', 'Istanbul', 'Riyadh', 'Vienna', 'Helsinki', 'Ankara', 'Doha', 'Oslo', 'Minsk', 'Budapest']],
  [/\bKremlin\b/g, ['palace', 'ministry', 'conference centre', 'embassy', 'residence']],
  [/\bPutin\b/g, ['Lavrov', 'Ushakov', 'Dmitriev', 'Peskov', 'Medvedev']],
  [/\bWitkoff\b/g, ['Rubio', 'Vance', 'Kellogg', 'Driscoll', 'Bessent']],
  [/\btalks\b/g, ['talks', 'summit', 'negotiations', 'consultations', 'round of meetings']],
  [/\bplan\b/g, ['plan', 'framework', 'roadmap', 'memorandum', 'charter']],
  [/\bdocuments\b/g, ['documents', 'annexes', 'memos', 'letters', 'drafts']],
  [/\bDonbas\b/g, ['Kharkiv region', 'Zaporizhzhia region', 'Kherson region', 'Sumy region', 'Donbas']],
  [/\bhours\b/g, ['hours', 'hours', 'days', 'minutes']],
]

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']

function vary(sentence: string, random: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  let text = sentence
  for (const [pattern, options] of SWAPS) text = text.replace(pattern, () => pick(options))
  return text
    .replace(/\b(19|20)\d\d\b/g, () => String(1990 + Math.floor(random() * 36)))
    .replace(/\b\d{1,3}(?=[-\s])/g, () => String(1 + Math.floor(random() * 99)))
    .replace(/\b(two|three|four|five|six|seven|eight|nine|ten)\b/gi, () => pick(NUMBER_WORDS))
}

export function seedSentences(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => splitSentences(readFileSync(path.join(seedsDir, file), 'utf8')).map((s) => s.text.trim()))
    .filter((text) => text.length > 40 && /\d|\b(two|three|four|five|six|seven|eight|nine|ten|half|quarter)\b/i.test(text))
}

export interface SyntheticSource {
  key: string
  title: string
  text: string
  publishedAt: string
}

export function* syntheticSources(count: number, seed: number, sentences: string[]): Generator<SyntheticSource> {
  const random = prng(seed)
  for (let index = 0; index < count; index++) {
    const body = Array.from({ length: 8 }, () => vary(sentences[Math.floor(random() * sentences.length)], random))
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 2000) * 86_400_000)
    yield {
      key: `synthetic_${seed}_${index}`,
      title: `Synthetic report ${index}`,
      text: body.join(' '),
      publishedAt: day.toISOString().slice(0, 10),
    }
  }
}
