import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug } from 'payload'

import { APIError } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { ADMIN_GROUP } from '../constants'
import { pluginSlugs } from '../options'
import { labels, translated } from '../translations'
import { allowIf, nobody } from './access'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string | null | undefined)

/** The author is whoever writes the note; a note on a verdict belongs to the verdict's claim too. */
const authorAndClaim: CollectionBeforeChangeHook = async ({ data, req }) => {
  const verdictId = idOf(data.verdict)
  let claim = idOf(data.claim)
  if (verdictId != null) {
    const verdict = await req.payload.findByID({ collection: pluginSlugs(req.payload).verdicts, id: verdictId, depth: 0, draft: true, disableErrors: true, req })
    if (!verdict) throw new APIError(`verdict: no verdict "${verdictId}"`, 400, undefined, true)
    if (claim != null && String(claim) !== String(idOf(verdict.claim))) {
      throw new APIError('claim: the verdict judges another claim', 400, undefined, true)
    }
    claim = idOf(verdict.claim)
  }
  if (claim == null) throw new APIError('claim: a note is about a claim or a verdict', 400, undefined, true)
  return { ...data, claim, author: req.user?.id ?? null }
}

/**
 * Staff discussion of claims and verdicts (who, when, text). Notes are the desk's history: nobody edits or
 * deletes one over the API, and only staff read them.
 */
export function deskNotesCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  const { access } = options
  return {
    slug: options.slugs.deskNotes,
    labels: labels('deskNote', 'deskNotes'),
    admin: {
      group: ADMIN_GROUP,
      useAsTitle: 'text',
      defaultColumns: ['text', 'author', 'claim', 'createdAt'],
      description: translated('deskNotesDescription'),
    },
    access: {
      read: allowIf(access.isStaff),
      create: allowIf(access.isStaff),
      update: nobody,
      delete: nobody,
    },
    hooks: { beforeChange: [authorAndClaim] },
    fields: [
      { name: 'claim', type: 'relationship', label: translated('claim'), relationTo: options.slugs.claims, index: true },
      { name: 'verdict', type: 'relationship', label: translated('verdict'), relationTo: options.slugs.verdicts, index: true },
      { name: 'text', type: 'textarea', label: translated('fieldText'), required: true, maxLength: 5_000 },
      {
        name: 'author',
        type: 'relationship',
        label: translated('fieldAuthor'),
        relationTo: options.usersCollection as CollectionSlug,
        access: { create: () => false, update: () => false },
        admin: { readOnly: true, position: 'sidebar' },
      },
    ],
  }
}
