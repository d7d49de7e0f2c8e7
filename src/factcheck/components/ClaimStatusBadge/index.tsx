import type { DefaultServerCellComponentProps } from 'payload'

import { Pill } from '@payloadcms/ui'

import { type FactCheckT, factCheckT } from '../../translations'
import { CLAIM_BADGES, claimBadge } from '../claimStatus'

/** The claim's state as a Payload pill: conflict, mixed, supported, no evidence, being checked or check failed. */
export function ClaimStatusBadge({ claim, t }: { claim: { status?: null | string; checkError?: null | string }; t: FactCheckT }) {
  const badge = claimBadge(claim)
  const { help, label, pillStyle } = CLAIM_BADGES[badge]
  return (
    <span className="factcheck-badge" data-claim-badge={badge} title={t(`factcheck:${help}`)}>
      <Pill pillStyle={pillStyle} size="small">
        {t(`factcheck:${label}`)}
      </Pill>
    </span>
  )
}

/** The claims list's status cell, as a badge (the error shows when `checkError` is one of the list's columns). */
export function ClaimStatusCell({ cellData, i18n, rowData }: DefaultServerCellComponentProps) {
  return <ClaimStatusBadge claim={{ status: cellData as string, checkError: rowData?.checkError as string | undefined }} t={factCheckT(i18n)} />
}
