import type { PayloadRequest } from 'payload'

import type { ClaimCheck } from '../engine'

import { checkText, extractClaims } from '../engine'
import { databaseLookup } from './corpusIndex'

/** Claim fields written by a check. */
export interface CheckedClaimFields {
  status: ClaimCheck['status']
  figures: ClaimCheck['figures']
  lookupKeys: string
  checkedAt: string
  checkError: null
}

/** Lookup keys of a text's figures, stored as `|key|key|` so that `contains: '|key|'` finds them on every adapter. */
export function encodeLookupKeys(text: string, date?: string): string {
  const keys = new Set(extractClaims(text, { date }).flatMap((sentence) => sentence.figures.flatMap((f) => f.lookupKeys)))
  return keys.size ? `|${[...keys].join('|')}|` : ''
}

export async function checkClaimText(req: PayloadRequest, text: string, date?: string): Promise<CheckedClaimFields> {
  const result = await checkText(text, { date, lookup: databaseLookup(req) })
  return {
    status: result.status,
    figures: result.figures,
    lookupKeys: encodeLookupKeys(text, date),
    checkedAt: new Date().toISOString(),
    checkError: null,
  }
}
