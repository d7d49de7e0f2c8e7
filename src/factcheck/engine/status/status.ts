/** Statuses: per figure from its evidence, per claim from its figures (worst wins). */
import type { ClaimStatus, Evidence, FigureStatus } from '../types'

export function figureStatus(evidence: Evidence[]): FigureStatus {
  const supports = evidence.some((e) => e.relation === 'supports')
  const conflicts = evidence.some((e) => e.relation === 'conflicts')
  if (supports && conflicts) return 'mixed'
  if (supports) return 'supported'
  return conflicts ? 'conflict' : 'no_evidence'
}

const SEVERITY: FigureStatus[] = ['conflict', 'mixed', 'supported', 'no_evidence']

export function claimStatus(figures: FigureStatus[]): ClaimStatus {
  if (figures.length === 0) return 'no_figures'
  return SEVERITY.find((status) => figures.includes(status)) ?? 'no_evidence'
}
