import { createHash } from 'node:crypto'

/** Same sentence of the same article → same fingerprint, whatever the white space around it. */
export function claimFingerprint(articleRef: string, sentence: string): string {
  const normalised = sentence.replace(/\s+/g, ' ').trim()
  return createHash('sha256').update(`${articleRef}\n${normalised}`).digest('hex').slice(0, 40)
}
