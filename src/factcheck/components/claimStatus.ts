import type { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import type { StoredClaimStatus } from '../constants'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

/** What a reviewer sees of a claim's state: its stored status, or that it is being checked or its check failed. */
export type ClaimBadge = Exclude<StoredClaimStatus, 'unchecked'> | 'checking' | 'error'

export const CLAIM_BADGES: Record<ClaimBadge, { label: string; pillStyle: PillStyle }> = {
  conflict: { label: 'Conflict', pillStyle: 'error' },
  mixed: { label: 'Mixed evidence', pillStyle: 'warning' },
  supported: { label: 'Supported', pillStyle: 'success' },
  no_evidence: { label: 'No evidence', pillStyle: 'light-gray' },
  no_figures: { label: 'No figures', pillStyle: 'light-gray' },
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
