import type { CollectionBeforeOperationHook, CollectionConfig, CollectionSlug, FieldAccess, Where } from 'payload'

import { APIError } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { ADMIN_GROUP, CLAIM_STATUS_LABELS, CLAIM_STATUSES, MAX_CLAIM_LENGTH } from '../constants'
import { labels, translated } from '../translations'
import { checkClaimBeforeChange } from '../hooks/checkClaimBeforeChange'
import { deskClaimBeforeChange, notifyConflict } from '../hooks/deskClaim'
import { queueUncheckedClaim } from '../hooks/queueUncheckedClaim'
import { articleRelationTo, comparesArticleDirectly } from '../services/articleLink'
import { allowIf, staffOr } from './access'
import { claimDeskFields } from './deskFields'

const readOnlySidebar = { readOnly: true, position: 'sidebar' } as const
const bookkeeping = { hidden: true, disableListColumn: true, disableListFilter: true } as const

/**
 * Fields the plugin owns (its checker, its extraction, its verdict bookkeeping): set through the Local API,
 * never by a request, whatever the UI shows. A value a request sends for them is dropped.
 */
const noRequest: FieldAccess = () => false
const pluginOwned = { create: noRequest, update: noRequest }

/**
 * What anonymous visitors may read of claims: a published verdict judges the claim, and its text is
 * not a sentence of an unpublished article (or article version).
 */
export const PUBLIC_CLAIM: Where = {
  and: [{ hasPublishedVerdict: { equals: true } }, { publicText: { equals: true } }],
}

/** With several article collections, `where[article][equals]=<id>` cannot say which article: a 400 says what to ask. */
const rejectAmbiguousArticleQuery =
  (collections: string[]): CollectionBeforeOperationHook =>
  ({ args }) => {
    if (collections.length > 1 && comparesArticleDirectly((args as { where?: Where }).where)) {
      throw new APIError(
        `where[article]: claims link to several article collections (${collections.join(', ')}); ` +
          'query where[article.relationTo] and where[article.value] instead',
        400,
        undefined,
        true,
      )
    }
    return args
  }

export function claimsCollection(options: ResolvedFactCheckOptions): CollectionConfig {
  const { access } = options
  return {
    slug: options.slugs.claims,
    labels: labels('claim', 'claims'),
    admin: {
      group: ADMIN_GROUP,
      useAsTitle: 'text',
      defaultColumns: ['text', 'status', 'article', 'reviewed', 'inArticle', 'createdAt'],
      listSearchableFields: ['text'],
      description: translated('claimsDescription'),
    },
    access: {
      read: staffOr(access.isStaff, PUBLIC_CLAIM),
      create: allowIf(access.canEditClaims),
      update: allowIf(access.canEditClaims),
      delete: allowIf(access.isAdmin),
    },
    hooks: options.disabled
      ? {}
      : {
        beforeOperation: [rejectAmbiguousArticleQuery(Object.keys(options.articles))],
        beforeChange: [checkClaimBeforeChange(), deskClaimBeforeChange()],
        afterChange: [queueUncheckedClaim(options), notifyConflict(options)],
      },
    fields: [
      { name: 'text', type: 'textarea', label: translated('fieldText'), required: true, maxLength: MAX_CLAIM_LENGTH },
      {
        name: 'article',
        type: 'relationship',
        label: translated('fieldArticle'),
        // One slug, or a list (polymorphic) with several article collections; the host's slugs are not in our types.
        relationTo: articleRelationTo(Object.keys(options.articles)) as CollectionSlug,
        admin: { description: translated('fieldArticleDescription') },
      },
      {
        name: 'date',
        type: 'date',
        label: translated('fieldDate'),
        admin: { position: 'sidebar', description: translated('fieldDateDescription') },
      },
      {
        name: 'status',
        type: 'select',
        label: translated('fieldStatus'),
        options: CLAIM_STATUSES.map((value) => ({ value, label: translated(CLAIM_STATUS_LABELS[value]) })),
        defaultValue: 'unchecked',
        index: true,
        access: pluginOwned,
        admin: { ...readOnlySidebar, description: translated('fieldStatusDescription'), components: { Cell: componentPaths.claimStatusCell } },
      },
      { name: 'checkedAt', type: 'date', label: translated('fieldCheckedAt'), access: pluginOwned, admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'checkError', type: 'text', label: translated('fieldCheckError'), access: pluginOwned, admin: { ...readOnlySidebar, condition: (data) => Boolean(data?.checkError) } },
      { name: 'inArticle', type: 'checkbox', label: translated('fieldInArticle'), defaultValue: true, index: true, access: pluginOwned, admin: { ...readOnlySidebar, components: { Cell: componentPaths.yesNoCell } } },
      { name: 'reviewed', type: 'checkbox', label: translated('fieldReviewed'), defaultValue: false, index: true, access: pluginOwned, admin: { ...readOnlySidebar, components: { Cell: componentPaths.yesNoCell } } },
      {
        name: 'hasPublishedVerdict',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        access: pluginOwned,
        admin: { hidden: true },
      },
      {
        name: 'publicText',
        type: 'checkbox',
        // Claims entered by hand are public once judged; claims of an article only once it publishes their sentence.
        defaultValue: true,
        index: true,
        access: pluginOwned,
        admin: { hidden: true },
      },
      { name: 'verdict', type: 'relationship', label: translated('verdict'), relationTo: options.slugs.verdicts, access: pluginOwned, admin: readOnlySidebar },
      // Open the verdict or start one; a ui field stores nothing, so it is left out when disabled.
      ...(options.disabled
        ? []
        : [{ name: 'verdictActions', type: 'ui', admin: { position: 'sidebar', components: { Field: componentPaths.claimVerdictField } } } as const]),
      // Shown as the evidence view, not as a JSON editor (which loads its code from a CDN).
      {
        name: 'figures',
        type: 'json',
        label: translated('fieldFigures'),
        access: pluginOwned,
        admin: { readOnly: true, components: { Field: componentPaths.claimFiguresField } },
      },
      ...claimDeskFields(options),
      // Bookkeeping for idempotent extraction and targeted re-checks; not for editing, nor for the list's filters.
      { name: 'position', type: 'number', access: pluginOwned, admin: bookkeeping },
      { name: 'articleRef', type: 'text', index: true, access: pluginOwned, admin: bookkeeping },
      // The locale of the sentence when the article's rich-text field is localized: each locale has its own claims.
      { name: 'locale', type: 'text', label: translated('fieldLocale'), index: true, access: pluginOwned, admin: { ...readOnlySidebar, condition: (data) => Boolean(data?.locale) } },
      { name: 'fingerprint', type: 'text', unique: true, index: true, access: pluginOwned, admin: bookkeeping },
      { name: 'lookupKeys', type: 'text', access: pluginOwned, admin: bookkeeping },
    ],
  }
}
