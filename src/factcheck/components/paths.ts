/** The npm package the plugin ships as. */
export const PACKAGE_NAME = 'payload-plugin-factcheck'

/**
 * Import-map paths of the plugin's admin components: `<package>/client#Name` for the `index.client` files,
 * `<package>/rsc#Name` for server components, exported by src/factcheck/exports/{client,rsc}.ts. A host app
 * resolves them in node_modules; the example app through tsconfig.json's paths. Listed by source file below.
 */
const base = '/src/factcheck/components'

const packagePath = (path: string) => `${PACKAGE_NAME}/${path.includes('.client#') ? 'client' : 'rsc'}#${path.split('#')[1]}`

const sourcePaths = {
  factCheckPanel: `${base}/FactCheckPanel/index.client#FactCheckPanelClient`,
  claimStatusCell: `${base}/ClaimStatusBadge/index#ClaimStatusCell`,
  claimFiguresField: `${base}/ClaimFigures/index.client#ClaimFiguresField`,
  yesNoCell: `${base}/YesNoCell/index#YesNoCell`,
  deskStateCell: `${base}/DeskState/index#DeskStateCell`,
  shownOnTheDesk: `${base}/DeskState/index#ShownOnTheDesk`,
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

export const componentPaths = Object.fromEntries(
  Object.entries(sourcePaths).map(([key, path]) => [key, packagePath(path)]),
) as { [key in keyof typeof sourcePaths]: string }

/** Path of the review queue view under the admin route. */
export const REVIEW_QUEUE_PATH = '/review-queue'
/** The review queue of the claims assigned to the logged-in user. */
export const MY_QUEUE_PATH = '/my-queue'
