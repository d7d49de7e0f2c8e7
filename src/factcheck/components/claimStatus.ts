import type { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import { CLAIM_STATUS_LABELS, type StoredClaimStatus } from '../constants'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

/** What a reviewer sees of a claim's state: its stored status, or that it is being checked or its check failed. */
export type ClaimBadge = Exclude<StoredClaimStatus, 'unchecked'> | 'checking' | 'error'

/** Label, colour and a one-sentence explanation of each state ("No evidence" is not "unsupported"). */
export const CLAIM_BADGES: Record<ClaimBadge, { label: string; pillStyle: PillStyle; help: string }> = {
  conflict: {
    label: CLAIM_STATUS_LABELS.conflict,
    pillStyle: 'error',
    help: 'The sources state a different figure for the same thing.',
  },
  mixed: {
    label: CLAIM_STATUS_LABELS.mixed,
    pillStyle: 'warning',
    help: 'Some sources state this figure and others a different one.',
  },
  supported: {
    label: CLAIM_STATUS_LABELS.supported,
    pillStyle: 'success',
    help: 'The sources state the same figure for the same thing.',
  },
  no_evidence: {
    label: CLAIM_STATUS_LABELS.no_evidence,
    pillStyle: 'light-gray',
    help: 'No source mentions this figure: neither confirmed nor contradicted. Check it by other means.',
  },
  no_figures: {
    label: CLAIM_STATUS_LABELS.no_figures,
    pillStyle: 'light-gray',
    help: 'The sentence no longer states a figure that can be checked.',
  },
  checking: { label: 'Being checked', pillStyle: 'light', help: 'The check runs in the background; this page updates itself.' },
  error: { label: 'Check failed', pillStyle: 'dark', help: 'The check failed and will be retried.' },
}

export function claimBadge(claim: { status?: null | string; checkError?: null | string }): ClaimBadge {
  if (claim.checkError) return 'error'
  if (!claim.status || claim.status === 'unchecked') return 'checking'
  return claim.status as ClaimBadge
}

/** Statuses whose sentences are highlighted in the editor and come first in the review queue. */
export const FLAGGED_STATUSES = ['conflict', 'mixed'] as const
export type FlaggedStatus = (typeof FLAGGED_STATUSES)[number]
