/**
 * Text → sentences with measured figures, and the story the text tells (its salient entities). Shared by
 * claims, their context and corpus sources: all are documents whose later sentences lean on earlier ones.
 */
import type { Figure, Sentence } from './types'
import { tokenizeText, type TokenizedSentence } from './sentences/tokens'
import { findFigures } from './figures/extract'
import { decideDateOrder, parseIsoDate, type DateOrder } from './figures/dates'
import { classOf, describeMeasure } from './measures/measure'
import { sentenceContext } from './measures/context'
import { isCommonWord, namesOf } from './measures/entities'
import { isKnownPlace } from './measures/gazetteer'
import { SPEECH_VERBS } from './vocabulary/words'
import type { Mention } from './measures/entities'

interface AnalysedSentence {
  sentence: Sentence
  /** Figures a correction withdrew ("an earlier version of this article said …"). */
  withdrawn?: Figure[]
  paragraph: number
  tokens: TokenizedSentence['tokens']
  mentions: Mention[]
  places: string[]
}

export interface AnalysedDocument {
  sentences: Sentence[]
  /** Salient entities, most salient first. */
  story: string[]
}

/** Versioned figures consulted per measure when giving a versionless figure its version. */
const TWIN_REACH = 20
/** Entities kept as a document's story. */
export const STORY_SIZE = 24
/** A title's entity counts as this many mentions. */
const TITLE_WEIGHT = 3

export const measureId = (figure: Pick<Figure, 'about'>) => `${figure.about.dimension}:${figure.about.topic}`

const SPEAKING = new Set(SPEECH_VERBS)

/**
 * "…, the company said on Thursday", "officials said Tuesday": the day something was said is when it was reported,
 * not when what it reports happened ("profit fell to €512m", of the year just ended).
 */
function isReportDate(tokens: TokenizedSentence['tokens'], first: number, last: number): boolean {
  const before = tokens[first - 1]?.lower === 'on' ? first - 2 : first - 1
  const said = (k: number) => tokens[k] !== undefined && tokens[k].pos === 'VERB' && SPEAKING.has(tokens[k].lemma)
  return said(before) || (tokens[last]?.pos === 'PUNCT' ? false : said(last))
}

/**
 * "- People injured: 8 (two still in hospital)", "Flights cancelled since Tuesday: 520": a line of a fact box, a label
 * and its amount. The label names what the amount measures as "8 people injured" would.
 */
const FACT_LINE = /^\s*(?:[-•*–]\s*)?([A-Za-z][^:\d]{2,80}?):\s*((?:about |some |more than |over |nearly |almost |around )?(?:US)?[$€£¥]?\d[\d.,]*(?:\s?(?:%|per cent|bn|million|billion|[A-Za-z%²³°]{1,6}))?)(?=\s*(?:\(|$))/i
const FACT_KINDS = new Set(['count', 'quantity', 'money', 'percent', 'duration'])

function factLineFigure(text: string, reference: Date | undefined, dateOrder: DateOrder): Figure | undefined {
  const match = FACT_LINE.exec(text)
  if (!match) return undefined
  const [whole, label, amount] = match
  const [first, ...rest] = label.trim().split(/\s+/)
  const named = [isCommonWord(first.toLowerCase()) ? first.toLowerCase() : first, ...rest].join(' ')
  // "8 people injured" reads a label that ends in a participle; "the lava area is 3.8 km²" one that is a noun phrase
  const readAs = (sentence: string, at: number) => {
    const [read] = tokenizeText(sentence)
    const figure = read && measureSentence(read, reference, dateOrder).sentence.figures.find((f) => f.start === at)
    return figure && FACT_KINDS.has(figure.kind) && figure.about.topic ? figure : undefined
  }
  const stated = `The ${named} is `
  const figure = readAs(`${amount} ${named}.`, 0) ?? readAs(`${stated}${amount}.`, stated.length)
  if (!figure) return undefined
  const start = match.index + whole.length - amount.length
  return { ...figure, text: amount, start, end: start + amount.length }
}

function measureSentence(tokenized: TokenizedSentence, reference: Date | undefined, dateOrder: DateOrder): AnalysedSentence {
  const context = sentenceContext(tokenized.tokens)
  const fact = factLineFigure(tokenized.text, reference, dateOrder)
  if (fact) return { sentence: { text: tokenized.text, start: tokenized.start, end: tokenized.end, figures: [fact] }, paragraph: tokenized.paragraph, tokens: tokenized.tokens, mentions: context.mentions, places: placesOf(context.mentions) }
  // bare numbers come too: describeMeasure anchors them on the noun or verb they complete, or leaves them unmeasured
  const raw = findFigures(tokenized.text, tokenized.tokens, reference, { dateOrder, bare: true })
  const reportDates = new Set<number>()
  const figures = raw.flatMap((figure) => {
    const { about, measure, unit } = describeMeasure(context, figure)
    // a bare number that completes no noun or verb ("he said 47") is no figure
    if (figure.bare && !about.topic) return []
    const result: Figure = {
      text: figure.text, value: figure.value, min: figure.min, max: figure.max, unit, kind: figure.kind,
      measure, lookupKeys: [], start: figure.start, end: figure.end, about,
    }
    if (figure.iso) result.iso = figure.iso
    if (figure.qualifier) result.qualifier = figure.qualifier
    if (figure.kind === 'date' && isReportDate(tokenized.tokens, figure.first, figure.last)) reportDates.add(figure.start)
    return result
  })
  const withdrawnFigures = withdrawn(figures, tokenized.text, reference, dateOrder)
  restatements(figures, tokenized.text)
  partsOfWholes(figures, tokenized.text)
  partsOfCounts(figures, tokenized.text)
  partsAlone(figures, tokenized.text)
  sharesOfOthers(figures, tokenized.text)
  // "the worst crash since 1990 killed 67": figures of a sentence that states a date are about that time
  const [event] = figures.filter((f) => f.kind === 'date' && f.iso && /^\d{4}/.test(f.iso.from) && !reportDates.has(f.start)).sort((a, b) => (a.iso!.from < b.iso!.from ? -1 : 1))
  for (const figure of figures) {
    if (!event || figure.kind === 'date') continue
    figure.about.eventDate = event.iso!.from
    figure.about.eventEnd = event.iso!.to
  }
  return {
    sentence: { text: tokenized.text, start: tokenized.start, end: tokenized.end, figures },
    withdrawn: withdrawnFigures,
    paragraph: tokenized.paragraph,
    tokens: tokenized.tokens,
    mentions: context.mentions,
    places: placesOf(context.mentions),
  }
}

const placesOf = (mentions: Mention[]) => [...new Set(mentions.filter((m) => m.place).map((m) => m.name))].sort()

/**
 * "Correction: An earlier version of this article said the tanker was 138 metres long": what a correction says the
 * report got wrong is withdrawn, evidence of nothing (the corrected figure that follows stands).
 */
const WITHDRAWN = /\b(?:earlier|previous|original) version of this (?:article|story|report|piece)\b[^.]*?\b(?:said|stated|gave|reported|misstated|described)\b/i

function withdrawn(figures: Figure[], sentence: string, reference: Date | undefined, dateOrder: DateOrder): Figure[] {
  const match = WITHDRAWN.exec(sentence)
  if (!match) return []
  const from = match.index + match[0].length
  const index = figures.findIndex((figure) => figure.start >= from)
  if (index < 0) return []
  figures.splice(index)
  // what was withdrawn, read as the statement it was ("the tanker was 138 metres long"), not as the article's
  const [statement] = tokenizeText(sentence.slice(from).trim())
  return statement ? measureSentence(statement, reference, dateOrder).sentence.figures : []
}

/** "… said the tanker was 138 metres long. It is 183 metres long.": the correcting figure measures what was withdrawn. */
function corrections(analysed: AnalysedSentence[]): void {
  analysed.forEach((current, k) => {
    const wrong = analysed[k - 1]?.withdrawn
    if (!wrong?.length) return
    for (const figure of current.sentence.figures) {
      const replaced = wrong.find((w) => w.kind === figure.kind && w.about.dimension === figure.about.dimension && w.unit !== '' && w.about.topic)
      if (!replaced) continue
      figure.about = { ...replaced.about }
      figure.measure = replaced.measure
    }
  })
}

/** "6 billion pesos (about US$6.4 million)", "95km (59 miles)", "1.2m litres, or 1,200 tonnes": the same amount again. */
const RESTATED = /^\s*(?:\(|,?\s+or\s+)$/

/** A figure that restates the one right before it in other units measures what that one measures. */
function restatements(figures: Figure[], sentence: string): void {
  figures.forEach((figure, k) => {
    const before = figures[k - 1]
    if (!before || !AMOUNT_KINDS.has(figure.kind) || !AMOUNT_KINDS.has(before.kind) || before.kind !== figure.kind) return
    if (!RESTATED.test(sentence.slice(before.end, figure.start))) return
    figure.about = { ...before.about, dimension: figure.about.dimension }
    figure.measure = before.measure
  })
}
const AMOUNT_KINDS = new Set(['money', 'quantity', 'duration', 'count'])

/** "destroyed 40 homes in Pine Hollow on Monday alone": what one place or one day added, a part of a running count. */
const ALONE_AFTER = /^[^.;:]{0,40}?\balone\b/i

function partsAlone(figures: Figure[], sentence: string): void {
  for (const figure of figures) {
    if (!figure.about.tally || !ALONE_AFTER.test(sentence.slice(figure.end))) continue
    figure.about = { ...figure.about, topic: `${figure.about.topic}/part` }
    delete figure.about.tally
    figure.measure = `part of the ${figure.measure}`
  }
}

/** "Seven of the nine victims", "three of the 12 ministers": a count of a part of the count after it. */
const OF_THE = /^\s+of\s+the\s+$/i

function partsOfCounts(figures: Figure[], sentence: string): void {
  figures.forEach((figure, k) => {
    const whole = figures[k + 1]
    if (figure.kind !== 'count' || whole?.kind !== 'count' || !OF_THE.test(sentence.slice(figure.end, whole.start))) return
    figure.about = { ...whole.about, topic: `${whole.about.topic}/part` }
    delete figure.about.tally
    figure.measure = `part of the ${whole.measure}`
  })
}

/** "143 structures were destroyed, 97 of them homes", "…, including 97 homes", "among them 120 houses". */
const PART_BEFORE = /\b(?:including|among them|among which|of which|of whom)\s+$/i
const PART_WITHIN = /^\S+\s+of\s+(?:them|which|whom)\b/i

/**
 * A count stated as a part of the running count just before it is of that count's measure: "97 of them homes" are
 * homes destroyed, not some number of homes. A part of another class than the whole ("12 of them children" among the
 * dead) is that part of it, never the whole.
 */
function partsOfWholes(figures: Figure[], sentence: string): void {
  figures.forEach((figure, k) => {
    if (figure.kind !== 'count' || figure.about.tally) return
    if (!PART_BEFORE.test(sentence.slice(Math.max(0, figure.start - 20), figure.start)) && !PART_WITHIN.test(figure.text)) return
    const whole = figures.slice(0, k).reverse().find((other) => other.kind === 'count')
    if (!whole?.about.tally || whole.about.topic.includes('/')) return
    const noun = figure.unit.toLowerCase()
    const sameClass = noun && classOf(noun) === classOf(whole.unit.toLowerCase())
    figure.about = { ...figure.about, topic: sameClass || !noun ? whole.about.topic : `${whole.about.topic}/${classOf(noun)}`, tally: true }
    delete figure.about.verb
    delete figure.about.subject
    figure.measure = sameClass || !noun ? whole.measure : `${whole.measure}: ${noun}`
  })
}

/**
 * "Naidu won with 47.9% of the vote, ahead of Doug Ferrante, who took 38.6%", "Norway will take 31% of the catch,
 * Iceland 16.5%": a share the sentence states after one of a named thing, with nothing of its own, is another
 * holder's share of that thing, held by the party named nearest before it.
 */
function sharesOfOthers(figures: Figure[], sentence: string): void {
  figures.forEach((figure, k) => {
    if (figure.kind !== 'percent' || figure.about.topic || figure.about.change || figure.about.holder) return
    const named = figures.slice(0, k).reverse().find((other) => other.kind === 'percent' && other.about.topic && other.about.holder && !other.about.change)
    if (!named) return
    const before = sentence.slice(named.end, figure.start).toLowerCase()
    const holder = figure.about.entities
      .map((actor) => ({ actor, at: before.lastIndexOf(actor) }))
      .filter(({ actor, at }) => at >= 0 && actor !== named.about.holder)
      .sort((a, b) => b.at - a.at)[0]?.actor
    if (!holder) return
    figure.about = { ...figure.about, topic: named.about.topic, holder }
    // "Norway will take 31% …, Iceland 16.5%": the verb is the first share's, its subject the holder
    if (named.about.verb && named.about.subject === named.about.holder) figure.about = { ...figure.about, verb: named.about.verb, subject: holder }
    figure.measure = named.measure.replace(named.about.holder!, holder)
  })
}

/**
 * "… concluded in Geneva. After nearly five hours of discussions …": a figure naming no place or entity
 * takes the previous sentence's of the same paragraph.
 */
function carryContext(analysed: AnalysedSentence[]): void {
  analysed.forEach((current, k) => {
    const previous = analysed[k - 1]
    if (!previous || previous.paragraph !== current.paragraph) return
    for (const figure of current.sentence.figures) {
      if (figure.about.places.length === 0 && figure.about.version === undefined) figure.about.places = [...previous.places]
      if (figure.about.entities.length === 0) figure.about.entities = [...new Set(previous.mentions.map((m) => m.name))].sort()
    }
  })
}

/** Days before its report an occurrence the report recalls is history, not its news. */
const RECALLED_DAYS = 730
const DAY_MS = 86_400_000

/**
 * "Hestafell last erupted in 1927. That eruption lasted 19 days": a sentence that opens on "that" and an event
 * after one dating it long before the report is about that earlier occurrence, not the report's news.
 */
function recalledOccurrences(analysed: AnalysedSentence[], reference: Date): void {
  analysed.forEach((current, k) => {
    const previous = analysed[k - 1]
    if (!previous || previous.paragraph !== current.paragraph || current.tokens[0]?.lower !== 'that' || current.tokens[1]?.pos !== 'NOUN') return
    const dated = previous.sentence.figures.find((f) => f.kind === 'date' && f.iso)
    if (!dated || (reference.getTime() - Date.parse(dated.iso!.to)) / DAY_MS < RECALLED_DAYS) return
    for (const figure of current.sentence.figures) if (figure.kind !== 'date') figure.about.other = true
  })
}

/**
 * "the updated plan, roughly 19–20 points" … "its 19–20 provisions": a versionless figure takes the
 * version of an overlapping figure of the same measure in the same document.
 */
function carryVersions(figures: Figure[]): void {
  const versioned = new Map<string, Figure[]>()
  for (const figure of figures) {
    if (!figure.about.version || !figure.about.topic) continue
    const list = versioned.get(measureId(figure)) ?? []
    if (list.length < TWIN_REACH) versioned.set(measureId(figure), [...list, figure])
  }
  for (const figure of figures) {
    if (figure.about.version || !figure.about.topic) continue
    const twin = versioned
      .get(measureId(figure))
      ?.find((other) => other.unit === figure.unit && other.min <= figure.max && figure.min <= other.max)
    if (twin) figure.about.version = twin.about.version
  }
}

/**
 * The document's entities by salience: mentions counted, a surname counted with the full name it stands
 * for in this document ("Lopez" → "maria lopez"), title mentions weighted.
 */
function salientEntities(mentions: Mention[], titleMentions: Mention[]): { story: string[]; canonical: Map<string, string> } {
  const full = new Map<string, string>()
  for (const { name } of [...titleMentions, ...mentions]) {
    for (const alias of namesOf(name).slice(1)) if (!full.has(alias)) full.set(alias, name)
  }
  const canonical = new Map<string, string>()
  const score = new Map<string, number>()
  const add = (name: string, weight: number) => {
    const resolved = full.get(name) ?? name
    canonical.set(name, resolved)
    score.set(resolved, (score.get(resolved) ?? 0) + weight)
  }
  for (const { name } of titleMentions) add(name, TITLE_WEIGHT)
  for (const { name } of mentions) add(name, 1)
  // stable: among equal scores the first named comes first
  const story = [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, STORY_SIZE).map(([name]) => name)
  return { story, canonical }
}

/** Words the document writes in lower case somewhere; gazetteer places are never ordinary. */
function ordinaryWords(analysed: Array<Pick<AnalysedSentence, 'tokens' | 'mentions'>>): Set<string> {
  const single = new Set(analysed.flatMap((a) => a.mentions.filter((m) => m.end - m.at === 1 && !isKnownPlace(m.name)).map((m) => m.name)))
  const ordinary = new Set<string>()
  if (single.size === 0) return ordinary
  for (const a of analysed) {
    for (const token of a.tokens) if (token.text === token.lower && single.has(token.lower)) ordinary.add(token.lower)
  }
  return ordinary
}

export interface DocumentOptions {
  date?: string
  title?: string
  /** The publisher's locale ("en-US"), when known: how numeric dates are read. */
  locale?: string
}

export function analyseDocument(text: string, options: DocumentOptions = {}): AnalysedDocument {
  const reference = parseIsoDate(options.date)
  const dateOrder = decideDateOrder(text, { locale: options.locale })
  const analysed = tokenizeText(text).map((sentence) => measureSentence(sentence, reference, dateOrder))
  const titleMentions = options.title ? tokenizeText(options.title).flatMap((s) => sentenceContext(s.tokens).mentions) : []
  corrections(analysed)
  carryContext(analysed)
  if (reference) recalledOccurrences(analysed, reference)
  const sentences = analysed.map((a) => a.sentence)
  const figures = sentences.flatMap((s) => s.figures)
  carryVersions(figures)
  // a single capitalised word the document also writes in lower case is an ordinary word ("Police", "Union")
  const ordinary = ordinaryWords(analysed)
  const named = (m: Mention) => !ordinary.has(m.name)
  for (const a of analysed) a.mentions = a.mentions.filter(named)
  for (const figure of figures) {
    figure.about.entities = figure.about.entities.filter((name) => !ordinary.has(name))
    figure.about.actors = figure.about.actors.filter((name) => !ordinary.has(name))
    figure.about.places = figure.about.places.filter((name) => !ordinary.has(name))
  }
  const { story, canonical } = salientEntities(analysed.flatMap((a) => a.mentions), titleMentions.filter(named))
  for (const figure of figures) {
    figure.about.entities = [...new Set(figure.about.entities.map((name) => canonical.get(name) ?? name))].sort()
    figure.about.actors = [...new Set(figure.about.actors.map((name) => canonical.get(name) ?? name))].sort()
  }
  return { sentences, story }
}

/**
 * Only a text's story (its salient entities), as analyseDocument finds it, without reading its figures: an article's
 * context says which story a claim is of, not what it states.
 */
export function documentStory(text: string): string[] {
  const analysed = tokenizeText(text).map((tokenized) => ({ tokens: tokenized.tokens, mentions: sentenceContext(tokenized.tokens).mentions }))
  const ordinary = ordinaryWords(analysed)
  const named = (m: Mention) => !ordinary.has(m.name)
  return salientEntities(analysed.flatMap((a) => a.mentions.filter(named)), []).story
}

export function analyseText(text: string, options: DocumentOptions = {}): Sentence[] {
  return analyseDocument(text, options).sentences
}
