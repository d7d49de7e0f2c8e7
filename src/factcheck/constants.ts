export const CLAIMS = 'claims'
export const VERDICTS = 'verdicts'
export const SOURCES = 'sources'
export const CORPUS_FIGURES = 'corpus-figures'

/** Admin navigation group of the plugin's collections. */
export const ADMIN_GROUP = 'Fact-check'

/** Longest sentence kept as a claim: anything longer is run-on text (a pasted table or list), not a checkable claim. */
export const MAX_CLAIM_LENGTH = 20_000

export const CLAIM_STATUSES = ['unchecked', 'conflict', 'mixed', 'supported', 'no_evidence', 'no_figures'] as const
export type StoredClaimStatus = (typeof CLAIM_STATUSES)[number]

export const CLAIM_STATUS_LABELS: Record<StoredClaimStatus, string> = {
  unchecked: 'Unchecked',
  conflict: 'Conflict',
  mixed: 'Mixed evidence',
  supported: 'Supported',
  no_evidence: 'No evidence',
  no_figures: 'No figures',
}

/** The fixed rating scale of verdicts; `value` is schema.org ratingValue (none for unverifiable). */
export const RATINGS = [
  { value: 'accurate', label: 'Accurate', score: 5 },
  { value: 'mostly-accurate', label: 'Mostly accurate', score: 4 },
  { value: 'conflicting-sources', label: 'Conflicting sources', score: 3 },
  { value: 'misleading', label: 'Misleading', score: 2 },
  { value: 'inaccurate', label: 'Inaccurate', score: 1 },
  { value: 'unverifiable', label: 'Unverifiable', score: null },
] as const
export type Rating = (typeof RATINGS)[number]['value']

/** Job task slugs. */
export const TASK_CHECK_CLAIMS = 'factcheckCheckClaims'
export const TASK_SYNC_ARTICLE = 'factcheckSyncArticle'
export const TASK_RECHECK_MEASURES = 'factcheckRecheckMeasures'
