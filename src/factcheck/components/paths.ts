/**
 * Import-map paths of the plugin's admin components, resolved by `payload generate:importmap` relative to
 * `config.admin.importMap.baseDir` (the project root). `index.client` files are client components.
 */
const base = '/src/factcheck/components'

export const componentPaths = {
  factCheckPanel: `${base}/FactCheckPanel/index.client#FactCheckPanelClient`,
  claimStatusCell: `${base}/ClaimStatusBadge/index#ClaimStatusCell`,
  claimFiguresField: `${base}/ClaimFigures/index.client#ClaimFiguresField`,
  yesNoCell: `${base}/YesNoCell/index#YesNoCell`,
  deskStateCell: `${base}/DeskState/index#DeskStateCell`,
  deskAssignmentField: `${base}/DeskAssignment/index.client#DeskAssignmentField`,
  deskApprovalField: `${base}/DeskApproval/index.client#DeskApprovalField`,
  deskNotesField: `${base}/DeskNotes/index.client#DeskNotesField`,
  guardedPublishButton: `${base}/PublishGuard/index.client#GuardedPublishButton`,
  claimVerdictField: `${base}/ClaimVerdict/index.client#ClaimVerdictField`,
  verdictClaimField: `${base}/ClaimContext/index.client#VerdictClaimField`,
  reviewQueueView: `${base}/ReviewQueue/index#ReviewQueueView`,
  reviewQueueNavLink: `${base}/ReviewQueueNavLink/index.client#ReviewQueueNavLinkClient`,
  dashboardSummary: `${base}/DashboardSummary/index#DashboardSummary`,
  corpusConflicts: `${base}/CorpusConflicts/index#CorpusConflicts`,
  sourcesImport: `${base}/SourcesImport/index.client#SourcesImportClient`,
} as const

/** Path of the review queue view under the admin route. */
export const REVIEW_QUEUE_PATH = '/review-queue'
/** The review queue of the claims assigned to the logged-in user. */
export const MY_QUEUE_PATH = '/my-queue'
