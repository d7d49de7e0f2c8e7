/**
 * `payload-plugin-factcheck/client`: the plugin's client components, as the import map names them
 * (`payload-plugin-factcheck/client#Name`). Each file keeps its own 'use client' directive. A new client component
 * folder needs its line here (and server components theirs in rsc.ts).
 */
export * from '../components/ClaimContext/index.client'
export * from '../components/ClaimFigures/index.client'
export * from '../components/ClaimVerdict/index.client'
export * from '../components/DeskApproval/index.client'
export * from '../components/DeskAssignment/index.client'
export * from '../components/DeskNotes/index.client'
export * from '../components/EarlierVerdict/index.client'
export * from '../components/FactCheckPanel/index.client'
export * from '../components/PublishGuard/index.client'
export * from '../components/ReviewQueueNavLink/index.client'
export * from '../components/SourcesImport/index.client'
