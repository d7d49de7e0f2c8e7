import type { CollectionSlug, Payload } from 'payload'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { createLocalReq } from 'payload'

import type { ArticleJsonLd } from '../endpoints/schemas'

import { pluginOptions } from '../options'
import { articleJsonLd, judgedClaimsOfArticle } from './claimReview'
import { onlyPublished } from './published'
import { ratingOf } from './ratingScale'

/** A published verdict as the public page shows it next to its sentence. */
export interface VerdictNote {
  claimId: number | string
  rating: string
  colour: string
  explanation?: string
}

/** A run of a paragraph: plain text, or a judged sentence with its verdict. */
export type Segment = { text: string; verdict?: VerdictNote }

export interface ArticlePage {
  title: string
  datePublished?: string
  paragraphs: Segment[][]
  verdicts: VerdictNote[]
  jsonLd: ArticleJsonLd
}

/** Splits a paragraph at the judged sentences it contains (each sentence once, first occurrence). */
function segmentsOf(paragraph: string, notes: Array<{ text: string; verdict: VerdictNote }>): Segment[] {
  const found = notes
    .map((note) => ({ ...note, at: paragraph.indexOf(note.text) }))
    .filter((note) => note.at >= 0)
    .sort((a, b) => a.at - b.at)
  const segments: Segment[] = []
  let cursor = 0
  for (const note of found) {
    if (note.at < cursor) continue
    if (note.at > cursor) segments.push({ text: paragraph.slice(cursor, note.at) })
    segments.push({ text: note.text, verdict: note.verdict })
    cursor = note.at + note.text.length
  }
  if (cursor < paragraph.length) segments.push({ text: paragraph.slice(cursor) })
  return segments
}

/**
 * What the public page of a published article shows: its text in paragraphs, each sentence that a published
 * verdict judges marked with that verdict, and the page's JSON-LD. Read as an anonymous visitor: drafts,
 * unpublished verdicts and staff-only fields never reach it. Null when no published article has the slug.
 */
export async function loadArticlePage(payload: Payload, collection: string, slug: string): Promise<ArticlePage | null> {
  const options = pluginOptions(payload)
  const config = options.articles[collection]
  if (!config) throw new Error(`"${collection}" is not an article collection of the fact-check plugin`)
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ slug: { equals: slug } }, onlyPublished(payload, collection)] },
    draft: false,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
  })
  const doc = docs[0] as unknown as ({ id: number | string } & Record<string, unknown>) | undefined
  if (!doc) return null
  const found = await judgedClaimsOfArticle(req, options, collection, doc.id)
  if (!found) return null
  const notes = found.judged.map(({ claim, verdict }) => {
    const rating = ratingOf(options, verdict.rating)
    return {
      text: String(claim.text),
      verdict: {
        claimId: claim.id,
        rating: rating?.label ?? String(verdict.rating),
        colour: rating?.colour ?? '#757575',
        explanation: typeof verdict.explanation === 'string' && verdict.explanation.trim() ? verdict.explanation.trim() : undefined,
      },
    }
  })
  const body = doc[config.field]
  const text = body && typeof body === 'object' ? convertLexicalToPlaintext({ data: body as never }) : String(body ?? '')
  const titleField = payload.collections[collection as CollectionSlug].config.admin.useAsTitle ?? 'id'
  return {
    title: String(doc[titleField] ?? ''),
    datePublished: found.article.datePublished,
    paragraphs: text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph) => segmentsOf(paragraph, notes)),
    verdicts: notes.map((note) => note.verdict),
    jsonLd: articleJsonLd(options, found.article, found.judged),
  }
}
