import type { CollectionConfig } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { ADMIN_GROUP, CLAIM_STATUSES, CLAIMS, VERDICTS } from '../constants'
import { checkClaimBeforeChange } from '../hooks/checkClaimBeforeChange'
import { queueUncheckedClaim } from '../hooks/queueUncheckedClaim'
import { allowIf, staffOr } from './access'

const readOnlySidebar = { readOnly: true, position: 'sidebar' } as const

export function claimsCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  const { access } = options
  return {
    slug: CLAIMS,
    labels: { singular: 'Claim', plural: 'Claims' },
    admin: {
      group: ADMIN_GROUP,
      useAsTitle: 'text',
      defaultColumns: ['text', 'status', 'article', 'reviewed', 'inArticle', 'createdAt'],
      listSearchableFields: ['text'],
      description: 'Sentences that state figures, checked against the corpus.',
    },
    access: {
      // Anonymous visitors see a claim only once a verdict on it is published.
      read: staffOr(access.isStaff, { hasPublishedVerdict: { equals: true } }),
      create: allowIf(access.canEditClaims),
      update: allowIf(access.canEditClaims),
      delete: allowIf(access.isAdmin),
    },
    hooks: options.disabled
      ? {}
      : {
        beforeChange: [checkClaimBeforeChange()],
        afterChange: [queueUncheckedClaim(options)],
      },
    fields: [
      { name: 'text', type: 'textarea', required: true, maxLength: 20_000 },
      {
        name: 'article',
        type: 'relationship',
        relationTo: Object.keys(options.articles),
        admin: { description: 'Empty for a claim entered by hand.' },
      },
      {
        name: 'date',
        type: 'date',
        admin: { position: 'sidebar', description: 'Publication date: the reference for relative dates.' },
      },
      {
        name: 'status',
        type: 'select',
        options: [...CLAIM_STATUSES],
        defaultValue: 'unchecked',
        index: true,
        admin: { ...readOnlySidebar, description: 'Set by the checker.' },
      },
      { name: 'checkedAt', type: 'date', admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'checkError', type: 'text', admin: { ...readOnlySidebar, condition: (data) => Boolean(data?.checkError) } },
      { name: 'inArticle', type: 'checkbox', defaultValue: true, index: true, admin: readOnlySidebar },
      { name: 'reviewed', type: 'checkbox', defaultValue: false, index: true, admin: readOnlySidebar },
      { name: 'hasPublishedVerdict', type: 'checkbox', defaultValue: false, index: true, admin: { hidden: true } },
      { name: 'verdict', type: 'relationship', relationTo: VERDICTS, admin: readOnlySidebar },
      { name: 'figures', type: 'json', admin: { readOnly: true, description: 'Figures, their statuses and the corpus evidence.' } },
      // Bookkeeping for idempotent extraction and targeted re-checks; not for editing.
      { name: 'position', type: 'number', admin: { hidden: true } },
      { name: 'articleRef', type: 'text', index: true, admin: { hidden: true } },
      { name: 'fingerprint', type: 'text', unique: true, index: true, admin: { hidden: true } },
      { name: 'lookupKeys', type: 'text', admin: { hidden: true } },
    ],
  }
}
