import type { DefaultCellComponentProps } from 'payload'

import { Pill } from '@payloadcms/ui'

import { CLAIM_BADGES, claimBadge } from '../claimStatus'

/** The claim's state as a Payload pill: conflict, mixed, supported, no evidence, being checked or check failed. */
export function ClaimStatusBadge({ claim }: { claim: { status?: null | string; checkError?: null | string } }) {
  const badge = claimBadge(claim)
  const { help, label, pillStyle } = CLAIM_BADGES[badge]
  return (
    <span className="factcheck-badge" data-claim-badge={badge} title={help}>
      <Pill pillStyle={pillStyle} size="small">
        {label}
      </Pill>
    </span>
  )
}

/** The claims list's status cell, as a badge (the error shows when `checkError` is one of the list's columns). */
export function ClaimStatusCell({ cellData, rowData }: DefaultCellComponentProps) {
  return <ClaimStatusBadge claim={{ status: cellData as string, checkError: rowData?.checkError as string | undefined }} />
}
