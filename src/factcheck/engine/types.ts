/** Shared types of the fact-check engine: text in, figures and comparisons out. */

export type FigureKind = 'count' | 'duration' | 'percent' | 'money' | 'date' | 'ordinal' | 'quantity'
export type FigureStatus = 'conflict' | 'mixed' | 'supported' | 'no_evidence'
export type ClaimStatus = FigureStatus | 'no_figures'

/** Readable calendar span of a date figure ("--MM-DD" when the year is unknown). */
export interface IsoSpan {
  from: string
  to: string
}

/**
 * What a figure measures, in a structured form the comparison can reason about.
 * `dimension` + `topic` make the lookup key; the rest tells apart things that share a key.
 */
export interface MeasureAbout {
  /** 'duration', 'share', 'money', 'date', 'ordinal', 'count', 'point', 'lead', 'lag', 'length', ... */
  dimension: string
  /** Canonical thing measured ('talks', 'plan', 'document', 'donbas', 'war', ...); '' when unknown. */
  topic: string
  /** For revisable things (plans): which version the figure belongs to. */
  version?: 'original' | 'revised'
  /** Canonical places named around the figure ('moscow', 'brussels', 'crimea', ...). */
  places: string[]
  /** Canonical actors named around the figure ('us', 'russia', 'ukraine', or an unknown proper name). */
  actors: string[]
  /** For shares of territory: who holds that share. */
  holder?: string
}

export interface Figure {
  /** Surface text, e.g. "nearly five hours". */
  text: string
  /** Point value in `unit` (dates: days since 1970-01-01 UTC, or day of year for year-less dates). */
  value: number
  /** The interval the wording allows, in `unit`. */
  min: number
  max: number
  /** Canonical unit: 'hour', 'percent', 'USD', 'point', 'document', 'day', 'day-of-year', 'year-of-war', ... */
  unit: string
  kind: FigureKind
  /** Human-readable, e.g. "duration of the talks in Moscow", "points of the revised plan". */
  measure: string
  /** Coarse, indexable keys such as "duration:talks"; empty when the measured thing is unknown. */
  lookupKeys: string[]
  /** Character offsets of `text` within its sentence. */
  start: number
  end: number
  iso?: IsoSpan
  /** Wording that widened or narrowed the interval ("nearly", "more than", ...). */
  qualifier?: string
  about: MeasureAbout
}

export interface Sentence {
  text: string
  start: number
  end: number
  figures: Figure[]
}

/** A figure of the reference corpus; JSON-serialisable (stored in a DB JSON column). */
export interface CorpusFigure extends Figure {
  source: string
  quote: string
}

export type CorpusLookup = (keys: string[]) => Promise<CorpusFigure[]>

export interface EvidenceFigure {
  text: string
  value: number
  min: number
  max: number
  unit: string
}

export interface Evidence {
  source: string
  quote: string
  figure: EvidenceFigure
  relation: 'supports' | 'conflicts'
}

/** A claim figure as reported: what it says and measures, its status and the corpus evidence. */
export interface FigureCheck extends Pick<Figure, 'text' | 'value' | 'min' | 'max' | 'unit' | 'kind' | 'measure' | 'iso'> {
  status: FigureStatus
  evidence: Evidence[]
}

export interface ClaimCheck {
  status: ClaimStatus
  figures: FigureCheck[]
}

export interface CorpusConflict {
  measure: string
  unit: string
  figures: Array<{ source: string; quote: string; text: string; min: number; max: number }>
}
