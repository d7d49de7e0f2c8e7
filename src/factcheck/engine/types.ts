/** Shared types of the fact-check engine: text in, figures and comparisons out. */

export type FigureKind = 'count' | 'duration' | 'percent' | 'money' | 'date' | 'ordinal' | 'quantity' | 'time'
export type FigureStatus = 'conflict' | 'mixed' | 'supported' | 'no_evidence'
export type ClaimStatus = FigureStatus | 'no_figures'

/** Readable calendar span of a date figure ("--MM-DD" when the year is unknown). */
export interface IsoSpan {
  from: string
  to: string
}

/**
 * What a figure measures, in a structured form the comparison can reason about.
 * `dimension` + `topic` name the measure (and make the lookup keys with the story's entities); the rest
 * tells apart things that share a measure.
 */
export interface MeasureAbout {
  /** 'duration', 'share', 'money', 'date', 'ordinal', 'count', 'point', 'lead', 'lag', 'length', ... */
  dimension: string
  /** The thing measured: a frame ('deaths', 'cost', 'turnout') or a word's class ('talks', 'plan'); '' when unknown. */
  topic: string
  /** For a document's points: the word it was called by ("framework", "deal"); its topic is the class of plans. */
  document?: string
  /** Of another occurrence than its story's own ("a separate outbreak", "their previous meeting"): evidence of nothing there. */
  other?: boolean
  /** For revisable things (plans): which version the figure belongs to. */
  version?: 'original' | 'revised'
  /** A word that makes the measure another of its name: 'operating' (profit), 'net', 'interim' (dividend), 'average'. */
  variant?: string
  /** Canonical places named around the figure ('geneva', 'marlow county', 'united states'). */
  places: string[]
  /** Canonical entities named in the figure's sentence (people, organisations, places). */
  entities: string[]
  /** Of those, the ones that act (people, organisations): a figure about someone else is another figure. */
  actors: string[]
  /** The verb governing a count with no frame ("employs 1,100 people"): counts of one noun by other verbs differ. */
  verb?: string
  /** Who or what does that verb ("the plant employs …"): another subject makes it another count. */
  subject?: string
  /** For shares: who holds or won that share. */
  holder?: string
  /** A party that supplied a part of a running count ("Spain sent 240 firefighters"): not the whole count. */
  by?: string
  /** A running tally (death toll, cost estimate): reports revise it. */
  tally?: boolean
  /** In a change from one level to another ("fell to €512m from €640m"): the level it left, or the one it reached. */
  stage?: 'from' | 'to'
  /** A change ("rose 5%", "fell by 12") rather than a level ("rose to 5%"). */
  change?: boolean
  /** Which way a change went: a rise and a fall are two moves, not one misreported. */
  direction?: 'up' | 'down'
  /** Asked for, offered or forecast rather than done ("prosecutors sought 12 years", "offered a 4.2% rise"). */
  proposed?: boolean
  /** What could or might happen ("could destroy up to 100 homes"): the same amount supports it, another refutes nothing. */
  possible?: boolean
  /** The earliest date stated in the figure's sentence (ISO day): the time of the event it is about. */
  eventDate?: string
  /** The last day of that date's span ("in 2025" → 2025-12-31; "on Tuesday" → that Tuesday). */
  eventEnd?: string
  /** Of a time of day: the zone written after it ("GMT" → 'utc', "Vorsk time" → 'vorsk'); none for "local time". */
  zone?: string
  /**
   * Of a time of day: which moment of its event it is, from the verb it goes with: 'start' ("began at 6pm"), 'end'
   * ("broke up at 10pm", "ran well past midnight"), an instant's verb ('land', 'collapse'), or 'named' ("the 10pm
   * curfew"). Two times of one event conflict only at the same moment.
   */
  moment?: string
}

export interface Figure {
  /** Surface text, e.g. "nearly five hours". */
  text: string
  /**
   * Point value in `unit` (dates: days since 1970-01-01 UTC, or day of year for year-less dates; times of day: minutes
   * after midnight, 0–1439, unit 'minute-of-day', with `max` past 1439 when the interval crosses midnight).
   */
  value: number
  /** The interval the wording allows, in `unit`. */
  min: number
  max: number
  /** Canonical unit: 'hour', 'percent', 'USD', 'point', 'document', 'day', 'day-of-year', 'year-of-war', ... */
  unit: string
  kind: FigureKind
  /** Human-readable, e.g. "duration of the talks in Geneva", "points of the revised plan". */
  measure: string
  /** Index keys `<measure>@<entity>` (and `<measure>@*`); empty when the measured thing is unknown. */
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
  /** Publication date of the source (ISO day): decides which report of a running tally stood when. */
  sourceDate?: string
  /** The source's salient entities, most salient first: the story the figure belongs to. */
  story: string[]
  title?: string
}

/** What a claim is about beyond its own sentence: the article's (or the caller's) context. */
export interface ClaimScope {
  /** Salient entities of the context (article title and text), most salient first. */
  story: string[]
  /** The claim's date (ISO day) when the caller gave one. */
  date?: string
  /** The context in lower case: a source's name written in it, even in a Title Case headline, is shared. */
  text?: string
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
  sourceDate?: string
  /** A running tally's earlier report, replaced by a later one at the claim's date. */
  superseded?: boolean
}

/** A claim figure as reported: what it says and measures, its status and the corpus evidence. */
export interface FigureCheck extends Pick<Figure, 'text' | 'value' | 'min' | 'max' | 'unit' | 'kind' | 'measure' | 'iso'> {
  status: FigureStatus
  evidence: Evidence[]
  /** Evidence items left out to keep the answer short (the best and newest few per source are kept). */
  moreEvidence?: number
  /** Why the status is what it is when that is not plain from the evidence ("ambiguous: …"). */
  reason?: string
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
