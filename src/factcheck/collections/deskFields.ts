import type { CollectionSlug, Field, FieldAccess } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { DESK_STATE_LABELS, DESK_STATES } from '../constants'

/** Set by the plugin only (hooks and its endpoints); a request can never write them, whatever the user. */
const noRequest: FieldAccess = () => false
const pluginOwned = (options: ResolvedFactCheckOptions) => ({
  create: noRequest,
  update: noRequest,
  // Desk bookkeeping is for staff: the public reads verdicts, not who works on them.
  read: ({ req }: Parameters<FieldAccess>[0]) => options.access.isStaff({ req }),
})
const sidebar = { position: 'sidebar', readOnly: true } as const

/** The desk's fields of a claim: state, assignee, claimant, "evidence changed" and the earlier verdict. */
export function claimDeskFields(options: ResolvedFactCheckOptions): Field[] {
  const ui = (name: string, path: string, position?: 'sidebar'): Field => ({
    name,
    type: 'ui',
    admin: { position, components: { Field: path } },
  })
  return [
    {
      name: 'deskState',
      type: 'select',
      options: DESK_STATES.map((value) => ({ value, label: DESK_STATE_LABELS[value] })),
      defaultValue: 'new',
      index: true,
      access: pluginOwned(options),
      admin: { ...sidebar, components: { Cell: componentPaths.deskStateCell, Field: componentPaths.shownOnTheDesk } },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: options.usersCollection as CollectionSlug,
      index: true,
      access: pluginOwned(options),
      admin: { ...sidebar, components: { Field: componentPaths.shownOnTheDesk } },
    },
    ...(options.disabled ? [] : [ui('deskAssignment', componentPaths.deskAssignmentField, 'sidebar')]),
    {
      name: 'evidenceChanged',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: pluginOwned(options),
      admin: { hidden: true },
    },
    {
      name: 'earlierVerdict',
      type: 'relationship',
      relationTo: options.slugs.verdicts,
      access: pluginOwned(options),
      admin: { hidden: true },
    },
    {
      name: 'claimant',
      type: 'group',
      admin: {
        description:
          'Who made the claim, when the article quotes or cites someone: its fact-check is published as a ClaimReview. Leave empty for the newsroom’s own figures (a correction).',
      },
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        {
          name: 'type',
          type: 'select',
          defaultValue: 'Person',
          options: [
            { value: 'Person', label: 'Person' },
            { value: 'Organization', label: 'Organization' },
          ],
        },
      ],
    },
    ...(options.disabled ? [] : [ui('deskNotes', componentPaths.deskNotesField)]),
  ]
}

/** The desk's fields of a verdict: the second review and the first publication. */
export function verdictDeskFields(options: ResolvedFactCheckOptions): Field[] {
  return [
    {
      name: 'approvalRequested',
      type: 'checkbox',
      defaultValue: false,
      // The reviewer asks for it (verdict update access); only staff see it.
      access: { read: pluginOwned(options).read },
      admin: { hidden: true },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: options.usersCollection as CollectionSlug,
      access: pluginOwned(options),
      admin: sidebar,
    },
    { name: 'approvedAt', type: 'date', access: pluginOwned(options), admin: { hidden: true } },
    {
      name: 'firstPublishedAt',
      type: 'date',
      access: { create: noRequest, update: noRequest },
      admin: { ...sidebar, description: 'ClaimReview datePublished.', date: { pickerAppearance: 'dayAndTime' } },
    },
    ...(options.disabled
      ? []
      : [{ name: 'deskApproval', type: 'ui', admin: { position: 'sidebar', components: { Field: componentPaths.deskApprovalField } } } as Field]),
    ...(options.disabled ? [] : [{ name: 'deskNotes', type: 'ui', admin: { components: { Field: componentPaths.deskNotesField } } } as Field]),
  ]
}
