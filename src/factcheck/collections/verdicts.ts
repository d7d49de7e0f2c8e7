import type { CollectionConfig, CollectionSlug } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { ADMIN_GROUP } from '../constants'
import { labels, translated } from '../translations'
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
        label: translated('claim'),
        relationTo: options.slugs.claims,
        required: true,
        unique: true,
        index: true,
        // A verdict judges one claim for good: moving it would silently re-label another sentence.
        access: { update: () => false },
        admin: { description: translated('fieldClaimDescription') },
      },
      // The claim's evidence next to the rating; a ui field stores nothing, so it is left out when disabled.
      ...(options.disabled
        ? []
        : [{ name: 'claimEvidence', type: 'ui', admin: { components: { Field: componentPaths.verdictClaimField } } } as const]),
      {
        name: 'rating',
        type: 'select',
        label: translated('fieldRating'),
        required: true,
        options: options.ratingScale.map((rating) => ({ value: rating.value, label: ratingOptionLabel(rating) })),
      },
      {
        name: 'explanation',
        type: 'textarea',
        label: translated('fieldExplanation'),
        admin: { description: translated('fieldExplanationDescription') },
      },
      // The corpus evidence is on the claim's card above; this is for sources outside the corpus, folded away.
      {
        type: 'collapsible',
        label: translated('fieldFurtherSources'),
        admin: { initCollapsed: true },
        fields: [
          {
            name: 'evidence',
            type: 'array',
            dbName: 'ev',
            label: translated('evidence'),
            labels: { singular: translated('source'), plural: translated('sources') },
            fields: [
              { name: 'source', type: 'relationship', label: translated('source'), relationTo: options.slugs.sources },
              { name: 'quote', type: 'textarea', label: translated('fieldQuote') },
            ],
          },
        ],
      },
      {
        name: 'reviewer',
        type: 'relationship',
        label: translated('fieldReviewer'),
        relationTo: options.usersCollection as CollectionSlug,
        admin: { readOnly: true, position: 'sidebar', description: translated('fieldReviewerDescription') },
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
