import type { DefaultServerCellComponentProps } from 'payload'

import { Pill } from '@payloadcms/ui'

import { DESK_STATE_LABELS, type DeskState } from '../../constants'
import { type FactCheckT, factCheckT } from '../../translations'

const PILL_STYLES: Record<DeskState, 'light' | 'warning' | 'success' | 'light-gray'> = {
  new: 'light-gray',
  in_review: 'light',
  second_review: 'warning',
  published: 'success',
}

/** A claim's desk state (new, in review, needs second review, published) as a pill. */
export function DeskStatePill({ state, t }: { state?: null | string; t: FactCheckT }) {
  const known = (state && state in DESK_STATE_LABELS ? state : 'new') as DeskState
  return (
    <span className="factcheck-desk-state" data-desk-state={known}>
      <Pill pillStyle={PILL_STYLES[known]} size="small">
        {t(`factcheck:${DESK_STATE_LABELS[known]}`)}
      </Pill>
    </span>
  )
}

export function DeskStateCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return <DeskStatePill state={cellData as string} t={factCheckT(i18n)} />
}

/** The edit view's field of `deskState` and `assignee`: nothing, as the desk panel of the claim shows both. */
export function ShownOnTheDesk() {
  return null
}
