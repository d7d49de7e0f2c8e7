import type { PayloadRequest } from 'payload'

import type { ClaimCheck } from '../engine'

import { checkText, extractClaims } from '../engine'
import { pluginOptions } from '../options'
import { articleContext, type ArticleDocument } from './articleClaims'
import { databaseLookup } from './corpusIndex'
import { toDocumentId } from './documentId'

/** Claim fields written by a check. */
export interface CheckedClaimFields {
  status: ClaimCheck['status']
  figures: ClaimCheck['figures']
  lookupKeys: string
  checkedAt: string
  checkError: null
}

/** Lookup keys of a text's figures, stored as `|key|key|` so that `contains: '|key|'` finds them on every adapter. */
export function encodeLookupKeys(text: string, date?: string, context?: string): string {
  const keys = new Set(extractClaims(text, { date, context }).flatMap((sentence) => sentence.figures.flatMap((f) => f.lookupKeys)))
  return keys.size ? `|${[...keys].join('|')}|` : ''
}

/** Article contexts read during one request: an article's claims are checked together on its save. */
const contextsOfRequest = new WeakMap<PayloadRequest, Map<string, Promise<string | undefined>>>()

/** The title and text of the article a claim comes from (its `articleRef`, `<collection>:<id>`), as the claim's context. */
export function claimContext(req: PayloadRequest, articleRef: unknown): Promise<string | undefined> {
  const ref = typeof articleRef === 'string' ? articleRef : ''
  const split = ref.indexOf(':')
  const collection = ref.slice(0, split)
  const config = split > 0 ? pluginOptions(req.payload).articles[collection] : undefined
  if (!config) return Promise.resolve(undefined)
  const cache = contextsOfRequest.get(req) ?? new Map<string, Promise<string | undefined>>()
  contextsOfRequest.set(req, cache)
  let context = cache.get(ref)
  if (!context) {
    const id = toDocumentId(req.payload, collection, ref.slice(split + 1))
    context = req.payload
      .findByID({ collection: collection as never, id, draft: true, depth: 0, disableErrors: true, req })
      .then((doc) => (doc ? articleContext(doc as unknown as ArticleDocument, config) : undefined))
    cache.set(ref, context)
  }
  return context
}

export async function checkClaimText(req: PayloadRequest, text: string, date?: string, context?: string): Promise<CheckedClaimFields> {
  const result = await checkText(text, { date, context, lookup: databaseLookup(req) })
  return {
    status: result.status,
    figures: result.figures,
    lookupKeys: encodeLookupKeys(text, date, context),
    checkedAt: new Date().toISOString(),
    checkError: null,
  }
}
