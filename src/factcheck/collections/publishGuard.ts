import type { CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { factCheckContext } from '../context'
import { pluginSlugs } from '../options'
import { articleRefOf } from '../services/articleRef'
import { translated } from '../translations'
import { CONFLICT, UNREVIEWED_IN_ARTICLE } from '../services/reviewQueue'

/** The article field that records who published it despite open conflicts. */
export const PUBLISH_CONFIRMATION = 'factCheckConfirmation'
/** Sent (true) by the admin panel's confirmation; never stored as true. */
export const CONFIRM_OPEN_CONFLICTS = 'confirmOpenConflicts'

/**
 * Fields of an article for the publish guard. The API publishes as always; the admin panel asks first and
 * sends `confirmOpenConflicts`, and the server records who confirmed, when, and how many conflicts were open.
 */
export function publishGuardFields(options: ResolvedFactCheckOptions): Field[] {
  const noRequest = () => false
  return [
    { name: CONFIRM_OPEN_CONFLICTS, type: 'checkbox', defaultValue: false, admin: { hidden: true } },
    {
      name: PUBLISH_CONFIRMATION,
      type: 'group',
      label: translated('fieldPublishedWithOpenConflicts'),
      access: { create: noRequest, update: noRequest, read: ({ req }) => options.access.isStaff({ req }) },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.[PUBLISH_CONFIRMATION]?.confirmedBy) },
      fields: [
        { name: 'confirmedBy', type: 'relationship', label: translated('fieldConfirmedBy'), relationTo: options.usersCollection as CollectionSlug },
        { name: 'confirmedAt', type: 'date', label: translated('fieldConfirmedAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'openConflicts', type: 'number', label: translated('fieldOpenConflicts') },
      ],
    },
  ]
}

/** Records the confirmation of a publication with open conflicts (see publishGuardFields). */
export const recordPublishConfirmation =
  (collection: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, context }) => {
    const confirmed = data[CONFIRM_OPEN_CONFLICTS] === true
    const result = { ...data, [CONFIRM_OPEN_CONFLICTS]: false }
    if (!confirmed || data._status !== 'published' || originalDoc?.id == null || factCheckContext(context).internal) return result
    const { totalDocs } = await req.payload.count({
      collection: pluginSlugs(req.payload).claims,
      where: { and: [{ articleRef: { equals: articleRefOf(collection, originalDoc.id) } }, ...UNREVIEWED_IN_ARTICLE, CONFLICT] },
      req,
    })
    if (totalDocs === 0) return result
    return {
      ...result,
      [PUBLISH_CONFIRMATION]: { confirmedBy: req.user?.id ?? null, confirmedAt: new Date().toISOString(), openConflicts: totalDocs },
    }
  }
