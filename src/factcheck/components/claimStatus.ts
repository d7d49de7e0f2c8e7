import type { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import type { FactCheckTranslationKey } from '../translations'

import { CLAIM_STATUS_LABELS, type StoredClaimStatus } from '../constants'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

/** What a reviewer sees of a claim's state: its stored status, or that it is being checked or its check failed. */
export type ClaimBadge = Exclude<StoredClaimStatus, 'unchecked'> | 'checking' | 'error'

/**
 * Label, colour and a one-sentence explanation of each state ("No evidence" is not "unsupported"), the label and
 * the explanation as translation keys: `t(`factcheck:${CLAIM_BADGES[badge].help}`)`.
 */
export const CLAIM_BADGES: Record<ClaimBadge, { label: FactCheckTranslationKey; pillStyle: PillStyle; help: FactCheckTranslationKey }> = {
  conflict: { label: CLAIM_STATUS_LABELS.conflict, pillStyle: 'error', help: 'helpConflict' },
  mixed: { label: CLAIM_STATUS_LABELS.mixed, pillStyle: 'warning', help: 'helpMixed' },
  supported: { label: CLAIM_STATUS_LABELS.supported, pillStyle: 'success', help: 'helpSupported' },
  no_evidence: { label: CLAIM_STATUS_LABELS.no_evidence, pillStyle: 'light-gray', help: 'helpNoEvidence' },
  no_figures: { label: CLAIM_STATUS_LABELS.no_figures, pillStyle: 'light-gray', help: 'helpNoFigures' },
  checking: { label: 'statusChecking', pillStyle: 'light', help: 'helpChecking' },
  error: { label: 'statusError', pillStyle: 'dark', help: 'helpError' },
}

export function claimBadge(claim: { status?: null | string; checkError?: null | string }): ClaimBadge {
  if (claim.checkError) return 'error'
  if (!claim.status || claim.status === 'unchecked') return 'checking'
  return claim.status as ClaimBadge
}

/** Statuses whose sentences are highlighted in the editor and come first in the review queue. */
export const FLAGGED_STATUSES = ['conflict', 'mixed'] as const
export type FlaggedStatus = (typeof FLAGGED_STATUSES)[number]
