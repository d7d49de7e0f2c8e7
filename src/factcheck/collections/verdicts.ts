import type { CollectionConfig, CollectionSlug } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { ADMIN_GROUP } from '../constants'
import { labels } from '../translations'
import { deskVerdictBeforeChange, notifyVerdictPublished } from '../hooks/deskVerdict'
import { linkVerdictToClaim, unlinkVerdictFromClaim } from '../hooks/linkVerdictToClaim'
import { setReviewer } from '../hooks/setReviewer'
import { ratingOf, ratingOptionLabel } from '../services/ratingScale'
import { allowIf, staffOr } from './access'
import { verdictDeskFields } from './deskFields'

export function verdictsCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  const { access } = options
  return {
    slug: options.slugs.verdicts,
    labels: labels('verdict', 'verdicts'),
    admin: {
      group: ADMIN_GROUP,
      useAsTitle: 'summary',
      defaultColumns: ['summary', 'rating', 'reviewer', 'approvedBy', '_status', 'updatedAt'],
      // The scale's colours and ClaimReview values, for the admin components (client side).
      custom: { factcheckRatingScale: options.ratingScale, factcheckSecondReview: options.desk.secondReview },
    },
    versions: { drafts: true, maxPerDoc: 100 },
    access: {
      read: staffOr(access.isStaff, { _status: { equals: 'published' } }),
      readVersions: allowIf(access.isStaff),
      create: allowIf(access.canReview),
      update: allowIf(access.canReview),
      delete: allowIf(access.isAdmin),
    },
    hooks: options.disabled
      ? {}
      : {
        beforeChange: [setReviewer(), deskVerdictBeforeChange(options)],
        afterChange: [linkVerdictToClaim(), notifyVerdictPublished(options)],
        afterDelete: [unlinkVerdictFromClaim()],
      },
    fields: [
      {
        name: 'claim',
        type: 'relationship',
        relationTo: options.slugs.claims,
        required: true,
        unique: true,
        index: true,
        // A verdict judges one claim for good: moving it would silently re-label another sentence.
        access: { update: () => false },
        admin: { description: 'Fixed once the verdict is created.' },
      },
      // The claim's evidence next to the rating; a ui field stores nothing, so it is left out when disabled.
      ...(options.disabled
        ? []
        : [{ name: 'claimEvidence', type: 'ui', admin: { components: { Field: componentPaths.verdictClaimField } } } as const]),
      {
        name: 'rating',
        type: 'select',
        required: true,
        options: options.ratingScale.map((rating) => ({ value: rating.value, label: ratingOptionLabel(rating) })),
      },
      {
        name: 'explanation',
        type: 'textarea',
        admin: { description: 'Shown to readers next to the sentence, and published as the ClaimReview reviewBody.' },
      },
      // The corpus evidence is on the claim's card above; this is for sources outside the corpus, folded away.
      {
        type: 'collapsible',
        label: 'Further sources (outside the corpus)',
        admin: { initCollapsed: true },
        fields: [
          {
            name: 'evidence',
            type: 'array',
            dbName: 'ev',
            labels: { singular: 'Source', plural: 'Sources' },
            fields: [
              { name: 'source', type: 'relationship', relationTo: options.slugs.sources },
              { name: 'quote', type: 'textarea' },
            ],
          },
        ],
      },
      {
        name: 'reviewer',
        type: 'relationship',
        relationTo: options.usersCollection as CollectionSlug,
        admin: { readOnly: true, position: 'sidebar', description: 'The reviewer who last saved the verdict.' },
      },
      ...verdictDeskFields(options),
      {
        name: 'summary',
        type: 'text',
        admin: { hidden: true },
        hooks: {
          beforeChange: [
            ({ siblingData }) => {
              const label = ratingOf(options, siblingData.rating)?.label ?? 'Verdict'
              return siblingData.explanation ? `${label}: ${String(siblingData.explanation).slice(0, 80)}` : label
            },
          ],
        },
      },
    ],
  }
}
