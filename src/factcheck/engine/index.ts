/** Public API of the fact-check engine: text in, figures and comparisons out. No Payload import. */
export type {
  ClaimCheck, ClaimStatus, CorpusConflict, CorpusFigure, CorpusLookup, Evidence, EvidenceFigure, Figure, FigureCheck,
  FigureKind, FigureStatus, IsoSpan, MeasureAbout, Sentence,
} from './types'
export { splitSentences } from './sentences/split'
export { extractClaims, checkText } from './check'
export { extractCorpusFigures } from './corpus/extract'
export { createMemoryLookup } from './corpus/lookup'
export { findCorpusConflicts } from './corpus/conflicts'
export { compareFigure } from './comparison/compare'
export { claimStatus } from './status/status'
