import { type FactCheckTranslationKey, label } from './translations'

/** The default slugs of the plugin's collections: code reads the configured ones (`options.slugs`, `pluginSlugs(payload)`, `usePluginSlugs()`). */
export const CLAIMS = 'claims'
export const VERDICTS = 'verdicts'
export const SOURCES = 'sources'
export const CORPUS_FIGURES = 'corpus-figures'

/** Where the plugin keeps its options in `config.custom` (server-only) and its slugs in `config.admin.custom`. */
export const PLUGIN_OPTIONS_KEY = 'factCheck'

/** Admin navigation group of the plugin's collections. */
export const ADMIN_GROUP = label('group')

/** Longest sentence kept as a claim: anything longer is run-on text (a pasted table or list), not a checkable claim. */
export const MAX_CLAIM_LENGTH = 20_000

export const CLAIM_STATUSES = ['unchecked', 'conflict', 'mixed', 'supported', 'no_evidence', 'no_figures'] as const
export type StoredClaimStatus = (typeof CLAIM_STATUSES)[number]

/** The translation key of each status's label (translations/en.ts). */
export const CLAIM_STATUS_LABELS: Record<StoredClaimStatus, FactCheckTranslationKey> = {
  unchecked: 'statusUnchecked',
  conflict: 'statusConflict',
  mixed: 'statusMixed',
  supported: 'statusSupported',
  no_evidence: 'statusNoEvidence',
  no_figures: 'statusNoFigures',
}

/** A claim's place on the fact-checkers' desk, from new to published (see services/deskState.ts). */
export const DESK_STATES = ['new', 'in_review', 'second_review', 'published'] as const
export type DeskState = (typeof DESK_STATES)[number]

/** The translation key of each desk state's label (translations/en.ts). */
export const DESK_STATE_LABELS: Record<DeskState, FactCheckTranslationKey> = {
  new: 'deskNew',
  in_review: 'deskInReview',
  second_review: 'deskSecondReview',
  published: 'deskPublished',
}

/** Staff-only notes on claims and verdicts. */
export const DESK_NOTES = 'desk-notes'

/** Job task slugs. */
export const TASK_CHECK_CLAIMS = 'factcheckCheckClaims'
export const TASK_SYNC_ARTICLE = 'factcheckSyncArticle'
export const TASK_RECHECK_MEASURES = 'factcheckRecheckMeasures'
export const TASK_RECONCILE_PUBLIC = 'factcheckReconcilePublic'
export const TASK_SEND_EMAIL = 'factcheckSendEmail'
