/**
 * `payload-plugin-factcheck/rsc`: the plugin's server components, as the import map names them
 * (`payload-plugin-factcheck/rsc#Name`). Client components go in client.ts.
 */
export * from '../components/ClaimStatusBadge/index'
export * from '../components/CorpusConflicts/index'
export * from '../components/DashboardSummary/index'
export * from '../components/DeskState/index'
export * from '../components/ReviewQueue/index'
export * from '../components/YesNoCell/index'
