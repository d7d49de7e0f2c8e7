/** Public API of the fact-check engine: text in, figures and comparisons out. No Payload import. */
export type {
  ClaimCheck, ClaimStatus, CorpusConflict, CorpusFigure, CorpusLookup, Evidence, EvidenceFigure, Figure, FigureCheck,
  FigureKind, FigureStatus, IsoSpan, MeasureAbout, Sentence,
} from './types.js'
export { splitSentences } from './sentences/split.js'
export { extractClaims, checkText } from './check.js'
export { extractCorpusFigures } from './corpus/extract.js'
export { createMemoryLookup } from './corpus/lookup.js'
export { findCorpusConflicts } from './corpus/conflicts.js'
export { compareFigure } from './comparison/compare.js'
export { claimStatus } from './status/status.js'
