import type { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import { CLAIM_STATUS_LABELS, type StoredClaimStatus } from '../constants'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

/** What a reviewer sees of a claim's state: its stored status, or that it is being checked or its check failed. */
export type ClaimBadge = Exclude<StoredClaimStatus, 'unchecked'> | 'checking' | 'error'

export const CLAIM_BADGES: Record<ClaimBadge, { label: string; pillStyle: PillStyle }> = {
  conflict: { label: CLAIM_STATUS_LABELS.conflict, pillStyle: 'error' },
  mixed: { label: CLAIM_STATUS_LABELS.mixed, pillStyle: 'warning' },
  supported: { label: CLAIM_STATUS_LABELS.supported, pillStyle: 'success' },
  no_evidence: { label: CLAIM_STATUS_LABELS.no_evidence, pillStyle: 'light-gray' },
  no_figures: { label: CLAIM_STATUS_LABELS.no_figures, pillStyle: 'light-gray' },
  checking: { label: 'Being checked', pillStyle: 'light' },
  error: { label: 'Check failed', pillStyle: 'dark' },
}

export function claimBadge(claim: { status?: null | string; checkError?: null | string }): ClaimBadge {
  if (claim.checkError) return 'error'
  if (!claim.status || claim.status === 'unchecked') return 'checking'
  return claim.status as ClaimBadge
}

/** Statuses whose sentences are highlighted in the editor and come first in the review queue. */
export const FLAGGED_STATUSES = ['conflict', 'mixed'] as const
export type FlaggedStatus = (typeof FLAGGED_STATUSES)[number]
