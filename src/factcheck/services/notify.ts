import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { TASK_SEND_EMAIL } from '../constants'
import { toDocumentId } from './documentId'

export interface Email {
  to: string
  subject: string
  text: string
}

type Id = number | string

/**
 * Queues an email (sent by the jobs queue through Payload's email adapter), so that a slow or failing mail
 * server never holds or fails a save. Does nothing when notifications are off or there is no address.
 */
export async function queueEmail(req: PayloadRequest, options: ResolvedFactCheckOptions, email: Partial<Email>) {
  if (!options.desk.notifications || !email.to) return
  await req.payload.jobs.queue({ task: TASK_SEND_EMAIL, queue: options.queue, input: email as Email, req })
}

/** The email address of a user, read without access control (the plugin's own bookkeeping). */
export async function emailOf(req: PayloadRequest, options: ResolvedFactCheckOptions, userId: unknown): Promise<string | undefined> {
  const id = userId && typeof userId === 'object' ? (userId as { id: Id }).id : (userId as Id | null | undefined)
  if (id == null) return undefined
  const user = await req.payload.findByID({
    collection: options.usersCollection as CollectionSlug,
    id,
    depth: 0,
    disableErrors: true,
    req,
  })
  const email = (user as { email?: unknown } | null)?.email
  return typeof email === 'string' ? email : undefined
}

/**
 * An article's title and its author's address (the `authorField` relationship), read from its latest version.
 * The article is named by the claim's `articleRef` (`<collection>:<id>`), whatever the shape of its `article` link.
 */
export async function articleAuthor(
  req: PayloadRequest,
  options: ResolvedFactCheckOptions,
  articleRef: unknown,
): Promise<{ title: string; email?: string } | null> {
  const separator = typeof articleRef === 'string' ? articleRef.indexOf(':') : -1
  if (separator < 0) return null
  const collection = (articleRef as string).slice(0, separator)
  const config = options.articles[collection]
  if (!config) return null
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id: toDocumentId(req.payload, collection, (articleRef as string).slice(separator + 1)),
    depth: 0,
    draft: true,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const titleField = req.payload.collections[collection as CollectionSlug].config.admin.useAsTitle ?? 'id'
  const record = doc as unknown as Record<string, unknown>
  return { title: String(record[titleField] ?? ''), email: await emailOf(req, options, record[config.authorField]) }
}

/** Absolute admin URL of a document, for links in emails. */
export const adminLink = (req: PayloadRequest, options: ResolvedFactCheckOptions, collection: string, id: Id) =>
  `${(req.payload.config.serverURL || options.siteUrl).replace(/\/+$/, '')}${req.payload.config.routes.admin}/collections/${collection}/${id}`
