import type { FigureCheck } from '../engine/types'
import type { ArticleLinkValue } from '../services/articleLink'

/** The fields of a verdict the UI shows next to its claim. */
export interface VerdictSummary {
  id: number | string
  rating?: null | string
  _status?: 'draft' | 'published' | null
}

/** A claim as the admin UI reads it (REST or Local API, verdict populated at depth 1). */
export interface ClaimForReview {
  id: number | string
  text: string
  status?: null | string
  checkError?: null | string
  figures?: FigureCheck[] | null
  reviewed?: boolean | null
  inArticle?: boolean | null
  createdAt?: string
  /** An ID (or document) with one article collection, `{ relationTo, value }` with several: see readArticleLink. */
  article?: ArticleLinkValue
  articleRef?: null | string
  verdict?: number | string | VerdictSummary | null
  deskState?: null | string
  assignee?: null | number | string | { id: number | string; name?: null | string; email?: string }
  evidenceChanged?: boolean | null
  earlierVerdict?: null | number | string | { id: number | string }
}

/** A user as the desk names them: their name, else their email. */
export const userName = (user: ClaimForReview['assignee']) =>
  user && typeof user === 'object' ? user.name || user.email || String(user.id) : user == null ? undefined : `user ${user}`

/** Corpus sources by key: what the UI shows for a quote's source. */
export type SourcesByKey = Record<string, { id: number | string; title: string }>

/** The desk's fields of a claim, as the admin UI selects them. */
export const DESK_FIELDS = ['deskState', 'assignee', 'evidenceChanged', 'earlierVerdict'] as const

export const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null | undefined)

export const verdictOf = (claim: Pick<ClaimForReview, 'verdict'>): VerdictSummary | null =>
  claim.verdict == null ? null : typeof claim.verdict === 'object' ? claim.verdict : { id: claim.verdict }

/** The keys of the corpus sources quoted as evidence for the claims. */
export const evidenceSourceKeys = (claims: Pick<ClaimForReview, 'figures'>[]): string[] => [
  ...new Set(claims.flatMap((claim) => (claim.figures ?? []).flatMap((figure) => figure.evidence.map((e) => e.source)))),
]
