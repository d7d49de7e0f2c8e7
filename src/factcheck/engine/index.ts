/** Public API of the fact-check engine: text in, figures and comparisons out. No Payload import. */
export type {
  ClaimCheck, ClaimScope, ClaimStatus, CorpusConflict, CorpusFigure, CorpusLookup, Evidence, EvidenceFigure, Figure, FigureCheck,
  FigureKind, FigureStatus, IsoSpan, MeasureAbout, Sentence,
} from './types'
export { splitSentences } from './sentences/split'
export { extractClaims, checkText, type ClaimOptions } from './check'
export { extractCorpusFigures } from './corpus/extract'
export { createMemoryLookup } from './corpus/lookup'
export { LIMIT_PER_KEY, WILDCARD, lookupKey } from './corpus/keys'
export { findCorpusConflicts } from './corpus/conflicts'
export { compareFigure } from './comparison/compare'
export { claimStatus } from './status/status'
export { setAliases } from './measures/gazetteer'
export { ENGINE_VERSION } from './version'
