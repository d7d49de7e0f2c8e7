import type { DefaultCellComponentProps } from 'payload'

import { Pill } from '@payloadcms/ui'

import { DESK_STATE_LABELS, type DeskState } from '../../constants'

const PILL_STYLES: Record<DeskState, 'light' | 'warning' | 'success' | 'light-gray'> = {
  new: 'light-gray',
  in_review: 'light',
  second_review: 'warning',
  published: 'success',
}

/** A claim's desk state (new, in review, needs second review, published) as a pill. */
export function DeskStatePill({ state }: { state?: null | string }) {
  const known = (state && state in DESK_STATE_LABELS ? state : 'new') as DeskState
  return (
    <span className="factcheck-desk-state" data-desk-state={known}>
      <Pill pillStyle={PILL_STYLES[known]} size="small">
        {DESK_STATE_LABELS[known]}
      </Pill>
    </span>
  )
}

export function DeskStateCell({ cellData }: DefaultCellComponentProps) {
  return <DeskStatePill state={cellData as string} />
}

/** The edit view's field of `deskState` and `assignee`: nothing, as the desk panel of the claim shows both. */
export function ShownOnTheDesk() {
  return null
}
