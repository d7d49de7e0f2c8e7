import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import type { ClaimForReview } from '../components/types'

import { DESK_STATES, type DeskState } from '../constants'
import { pluginSlugs } from '../options'
import { type ArticleLink, readArticleLink } from './articleLink'

/** Claims still in their article that no published verdict judges yet. */
export const UNREVIEWED_IN_ARTICLE: Where[] = [{ reviewed: { equals: false } }, { inArticle: { equals: true } }]
export const CONFLICT: Where = { status: { equals: 'conflict' } }

/** The queue's order: conflicts first, then mixed evidence, then the rest; each group oldest first. */
export const REVIEW_QUEUE_GROUPS = [
  { key: 'conflict', label: 'Conflicts', where: CONFLICT },
  { key: 'mixed', label: 'Mixed evidence', where: { status: { equals: 'mixed' } } },
  { key: 'other', label: 'Other claims', where: { status: { not_in: ['conflict', 'mixed'] } } },
] as const satisfies ReadonlyArray<{ key: string; label: string; where: Where }>

export interface ReviewQueueGroup {
  key: (typeof REVIEW_QUEUE_GROUPS)[number]['key']
  label: string
  where: Where
  claims: Array<ClaimForReview & { articleLink?: ArticleLink; articleTitle?: string }>
  total: number
}

/** Title field of each collection a claim's `article` can point to, to populate only that. */
function articleTitleFields(payload: Payload): Record<string, string> {
  const field = payload.collections[pluginSlugs(payload).claims].config.fields.find(
    (candidate) => 'name' in candidate && candidate.name === 'article',
  )
  const slugs = field && 'relationTo' in field ? [field.relationTo].flat() : []
  return Object.fromEntries(
    slugs.map((slug) => [slug, payload.collections[slug as CollectionSlug]?.config.admin.useAsTitle ?? 'id']),
  )
}

/** The claims assigned to the user. */
export const assignedTo = (user: TypedUser): Where => ({ assignee: { equals: user.id } })

/**
 * The unreviewed claims, grouped and ordered as the queue shows them, read with the user's access; with
 * `mine`, only those assigned to the user ("My queue").
 */
export async function loadReviewQueue(
  payload: Payload,
  user: TypedUser,
  { limitPerGroup = 50, mine = false }: { limitPerGroup?: number; mine?: boolean } = {},
): Promise<ReviewQueueGroup[]> {
  const titleFields = articleTitleFields(payload)
  const usersSlug = payload.config.admin.user
  return Promise.all(
    REVIEW_QUEUE_GROUPS.map(async (group) => {
      const result = await payload.find({
        collection: pluginSlugs(payload).claims,
        where: { and: [...UNREVIEWED_IN_ARTICLE, group.where, ...(mine ? [assignedTo(user)] : [])] },
        sort: 'createdAt',
        limit: limitPerGroup,
        depth: 1,
        draft: true,
        select: {
          text: true, status: true, checkError: true, figures: true, article: true, articleRef: true, verdict: true, createdAt: true,
          deskState: true, assignee: true, evidenceChanged: true, earlierVerdict: true,
        },
        populate: {
          [pluginSlugs(payload).verdicts]: { rating: true, _status: true },
          [usersSlug]: { name: true, email: true },
          ...Object.fromEntries(Object.entries(titleFields).map(([slug, field]) => [slug, { [field]: true }])),
        } as never,
        overrideAccess: false,
        user,
      })
      const claims = (result.docs as unknown as ClaimForReview[]).map((claim) => {
        const article = readArticleLink(claim)
        const title = article?.doc?.[titleFields[article.collection]]
        return { ...claim, articleLink: article, articleTitle: title == null ? undefined : String(title) }
      })
      return { ...group, claims, total: result.totalDocs }
    }),
  )
}

/** Counts of the dashboard, read with the user's access. */
export async function loadReviewCounts(payload: Payload, user: TypedUser) {
  const count = async (where: Where[]) =>
    (await payload.count({ collection: pluginSlugs(payload).claims, where: { and: where }, overrideAccess: false, user })).totalDocs
  const [openConflicts, unreviewed, mine, ...byState] = await Promise.all([
    count([...UNREVIEWED_IN_ARTICLE, CONFLICT]),
    count(UNREVIEWED_IN_ARTICLE),
    count([...UNREVIEWED_IN_ARTICLE, assignedTo(user)]),
    // Desk states of the claims still to publish (published ones are done).
    ...DESK_STATES.filter((state) => state !== 'published').map((state) => count([...UNREVIEWED_IN_ARTICLE, { deskState: { equals: state } }])),
  ])
  const deskStates = Object.fromEntries(
    DESK_STATES.filter((state) => state !== 'published').map((state, index) => [state, byState[index]]),
  ) as Record<Exclude<DeskState, 'published'>, number>
  return { openConflicts, unreviewed, mine, deskStates }
}
