import type { Metadata } from 'next'

import config from '@payload-config'
import { notFound } from 'next/navigation.js'
import { getPayload } from 'payload'
import type React from 'react'
import { cache } from 'react'

import { loadArticlePage } from '../../../../factcheck/services/articlePage'

const COLLECTION = 'articles'

const load = cache(async (slug: string) => loadArticlePage(await getPayload({ config }), COLLECTION, slug))

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug)
  return { title: page?.title ?? 'Not found' }
}

/** JSON inside a <script>: "<" escaped so that no text of the article can close the tag. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * A published article, as readers see it: each sentence a published verdict judges is marked (with the
 * `claim-<id>` anchor the ClaimReview `url` points to) and followed by the verdict's summary; the page embeds
 * its JSON-LD (the NewsArticle with corrections, and at most one ClaimReview).
 */
export default async function ArticlePage({ params }: Props) {
  const page = await load((await params).slug)
  if (!page) notFound()
  const date = page.datePublished ? new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(page.datePublished)) : undefined
  return (
    <article className="article">
      <script dangerouslySetInnerHTML={{ __html: scriptJson(page.jsonLd) }} type="application/ld+json" />
      <h1>{page.title}</h1>
      {date && <p className="article__date">{date}</p>}
      {page.paragraphs.map((segments, index) => (
        <p key={index}>
          {segments.map((segment, segmentIndex) =>
            segment.verdict ? (
              <span key={segmentIndex} style={{ '--verdict-colour': segment.verdict.colour } as React.CSSProperties}>
                <mark className="claim" data-rating={segment.verdict.rating} id={`claim-${segment.verdict.claimId}`}>
                  {segment.text}
                </mark>
                <span className="verdict-note" role="note">
                  <span className="verdict-note__rating">Fact-check: {segment.verdict.rating}.</span>
                  {segment.verdict.explanation && <> {segment.verdict.explanation}</>}
                </span>
              </span>
            ) : (
              <span key={segmentIndex}>{segment.text}</span>
            ),
          )}
        </p>
      ))}
    </article>
  )
}
