import type { CollectionSlug, Field, FieldAccess } from 'payload'

import type { ResolvedFactCheckOptions } from '../options'

import { componentPaths } from '../components/paths'
import { DESK_STATE_LABELS, DESK_STATES } from '../constants'
import { translated } from '../translations'

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
      label: translated('fieldDeskState'),
      options: DESK_STATES.map((value) => ({ value, label: translated(DESK_STATE_LABELS[value]) })),
      defaultValue: 'new',
      index: true,
      access: pluginOwned(options),
      admin: { ...sidebar, components: { Cell: componentPaths.deskStateCell, Field: componentPaths.shownOnTheDesk } },
    },
    {
      name: 'assignee',
      type: 'relationship',
      label: translated('fieldAssignee'),
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
      label: translated('fieldClaimant'),
      admin: { description: translated('fieldClaimantDescription') },
      fields: [
        { name: 'name', type: 'text', label: translated('fieldClaimantName'), maxLength: 200 },
        {
          name: 'type',
          type: 'select',
          label: translated('fieldClaimantType'),
          defaultValue: 'Person',
          options: [
            { value: 'Person', label: translated('claimantPerson') },
            { value: 'Organization', label: translated('claimantOrganization') },
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
      label: translated('fieldApprovedBy'),
      relationTo: options.usersCollection as CollectionSlug,
      access: pluginOwned(options),
      admin: sidebar,
    },
    { name: 'approvedAt', type: 'date', access: pluginOwned(options), admin: { hidden: true } },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: translated('fieldFirstPublishedAt'),
      access: { create: noRequest, update: noRequest },
      admin: { ...sidebar, description: translated('fieldFirstPublishedAtDescription'), date: { pickerAppearance: 'dayAndTime' } },
    },
    ...(options.disabled
      ? []
      : [{ name: 'deskApproval', type: 'ui', admin: { position: 'sidebar', components: { Field: componentPaths.deskApprovalField } } } as Field]),
    ...(options.disabled ? [] : [{ name: 'deskNotes', type: 'ui', admin: { components: { Field: componentPaths.deskNotesField } } } as Field]),
  ]
}
