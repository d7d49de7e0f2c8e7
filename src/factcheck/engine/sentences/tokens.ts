/** Text → sentences of tokens (wink-nlp), with character offsets rebuilt from the token stream. */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { COMPOUNDS } from '../vocabulary/compounds'

export interface Token {
  text: string
  lower: string
  lemma: string
  pos: string
  /** Offsets within the sentence. */
  start: number
  end: number
}

export interface TokenizedSentence {
  text: string
  /** Offsets within the whole text. */
  start: number
  end: number
  /** Index of the line (paragraph) the sentence comes from; sentences only share context within one. */
  paragraph: number
  tokens: Token[]
}

let nlp: WinkMethods | undefined

/** The wink model is loaded once, on first use; only sentence splitting and POS tags are needed. */
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos'])
  return nlp
}

interface LineToken {
  text: string
  lemma: string
  pos: string
  start: number
  end: number
}

/**
 * Wink gives token text and the spaces before it, not offsets. Walk the line to place each token,
 * searching only a short window so misaligned input can never make this quadratic.
 */
function placeTokens(line: string, values: string[], spaces: string[]): Array<[number, number]> {
  const places: Array<[number, number]> = []
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    let at = cursor + spaces[i].length
    if (!line.startsWith(value, at)) {
      const window = line.slice(cursor, at + value.length + 16)
      const found = window.indexOf(value)
      at = found >= 0 ? cursor + found : at
    }
    const end = Math.min(line.length, at + value.length)
    places.push([at, end])
    cursor = end
  }
  return places
}

/** Longest run of non-space characters handed to the tagger; wink's time is quadratic in a run's length. */
export const MAX_RUN = 64
/** Where a long run may break, preferably: after punctuation near the limit. */
const RUN_BREAKS = /[-‐‑–—/_.,;:|]/
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g')
const WORD_DASH_DECIMAL = /(?<=[a-z])-(?=\d+\.\d)/g
/** "km²", "m³": the tagger cuts a superscript off its unit; as a digit it stays one token ("km2"), of the same length. */
const SUPERSCRIPT_POWER = /(?<=[a-zA-Z])[²³]/g
const POWER_DIGITS: Record<string, string> = { '²': '2', '³': '3' }

/**
 * The line as the tagger sees it: runs longer than MAX_RUN ("twenty-five-twenty-five-…", long URLs)
 * are cut by turning one character into a space, at punctuation where possible, as is the hyphen of
 * "magnitude-7.1". The length is unchanged, so offsets into the original line stay valid, and the
 * tagger's work stays linear.
 */
export function taggerInput(line: string): string {
  // "a magnitude-7.1 quake": the tagger would end a sentence at "magnitude-7."
  return line.replace(WORD_DASH_DECIMAL, ' ').replace(SUPERSCRIPT_POWER, (power) => POWER_DIGITS[power]).replace(LONG_RUN, (run) => {
    const chars = [...run]
    let sinceBreak = 0
    for (let k = 0; k < chars.length; k++) {
      if (/\s/.test(chars[k])) sinceBreak = 0
      else sinceBreak++
      if (sinceBreak <= MAX_RUN) continue
      // step back to punctuation within the last quarter of the run, else cut here
      let cut = k
      for (let back = k; back > k - MAX_RUN / 4; back--) {
        if (RUN_BREAKS.test(chars[back])) {
          cut = back
          break
        }
      }
      chars[cut] = ' '.repeat(chars[cut].length)
      sinceBreak = k - cut
    }
    return chars.join('')
  })
}

function tokenizeLine(original: string): { sentences: Array<[number, number]>; tokens: LineToken[] } {
  const line = taggerInput(original)
  const doc = getNlp().readDoc(line)
  const its = getNlp().its
  const values = doc.tokens().out() as string[]
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  // the typings declare lemma with the model's addons argument, which wink supplies itself
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[]
  const places = placeTokens(line, values, spaces)
  const tokens = values.map((text, i) => ({
    text,
    lemma: String(lemmas[i] ?? text).toLowerCase(),
    pos: tags[i] ?? 'X',
    start: places[i][0],
    end: places[i][1],
  }))
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>
  return splitAfterScaledAmounts(tokens, sentences)
}

/** A scale or unit glued to a number, with a full stop: "€412m.", "20k.", "5km." (the tagger reads "m." as an abbreviation). */
const SCALE_WITH_STOP = /^[a-zA-Z]{1,3}\.$/

/**
 * "Profit rose to €412m. Net income fell": the tagger takes "m." for an abbreviation and runs the two sentences
 * together. The stop after a scale glued to a number ends the sentence when a capital follows.
 */
function splitAfterScaledAmounts(tokens: LineToken[], sentences: Array<[number, number]>): { sentences: Array<[number, number]>; tokens: LineToken[] } {
  const scaled = (i: number) =>
    SCALE_WITH_STOP.test(tokens[i].text) && i > 0 && /\d$/.test(tokens[i - 1].text) && tokens[i - 1].end === tokens[i].start && /^[A-Z]/.test(tokens[i + 1]?.text ?? '')
  if (!tokens.some((_, i) => scaled(i))) return { sentences, tokens }
  const out: LineToken[] = []
  const ends = new Set<number>()
  const at: number[] = []
  tokens.forEach((token, i) => {
    at.push(out.length)
    if (!scaled(i)) return void out.push(token)
    out.push({ ...token, text: token.text.slice(0, -1), lemma: token.lemma.replace(/\.$/, ''), end: token.end - 1 })
    out.push({ text: '.', lemma: '.', pos: 'PUNCT', start: token.end - 1, end: token.end })
    ends.add(out.length - 1)
  })
  const split: Array<[number, number]> = []
  for (const [first, last] of sentences) {
    let from = at[first]
    const to = last + 1 < at.length ? at[last + 1] - 1 : out.length - 1
    for (let k = from; k < to; k++) {
      if (!ends.has(k)) continue
      split.push([from, k])
      from = k + 1
    }
    split.push([from, to])
  }
  return { sentences: split, tokens: out }
}

const HYPHENS = new Set(['-', '‐', '‑'])
/** Longest hyphenated noun looked up, in words: "mother-in-law". */
const MAX_COMPOUND_PARTS = 4

/**
 * Hyphenated nouns the tagger splits into words ("sit-down": a verb "sit" and "down") as one noun, whose lemma is
 * the WordNet noun ("walk-out" → "walkout"). Only whole runs of glued words and hyphens: a hyphen before or
 * after the run ("a sit-down-style …"), digits or unknown compounds ("five-hour", a pair of names) leave it split.
 */
export function joinCompounds<T extends LineToken>(tokens: T[]): T[] {
  const out: T[] = []
  const glued = (k: number) => k > 0 && k < tokens.length && tokens[k - 1].end === tokens[k].start
  const word = (k: number) => /^[A-Za-z]+$/.test(tokens[k]?.text ?? '')
  const hyphen = (k: number) => HYPHENS.has(tokens[k]?.text ?? '')
  for (let i = 0; i < tokens.length; i++) {
    let joined: { last: number; lemma: string } | undefined
    if (word(i) && !(hyphen(i - 1) && glued(i))) {
      for (let parts = MAX_COMPOUND_PARTS; parts >= 2 && !joined; parts--) {
        const last = i + 2 * (parts - 1)
        if (last >= tokens.length || (hyphen(last + 1) && glued(last + 1))) continue
        let run = true
        for (let k = i + 1; k <= last && run; k++) run = glued(k) && ((k - i) % 2 === 1 ? hyphen(k) : word(k))
        if (!run) continue
        const words = Array.from({ length: parts }, (_, n) => tokens[i + 2 * n].text.toLowerCase())
        const stem = words.slice(0, -1).join('-')
        const final = words[parts - 1]
        // a plural: "sit-downs", "lay-offs"
        for (const form of [final, tokens[last].lemma.toLowerCase(), final.replace(/s$/, ''), final.replace(/es$/, '')]) {
          const lemma = COMPOUNDS[`${stem}-${form}`]
          if (lemma && !joined) joined = { last, lemma }
        }
      }
    }
    if (!joined) {
      out.push(tokens[i])
      continue
    }
    out.push({ ...tokens[i], text: tokens.slice(i, joined.last + 1).map((t) => t.text).join(''), lemma: joined.lemma, pos: 'NOUN', end: tokens[joined.last].end })
    i = joined.last
  }
  return out
}

/** "the Met Office": a capitalised word the tagger read as a verb, after an article and before a name, is part of the name. */
function namesAfterArticles<T extends LineToken>(tokens: T[]): T[] {
  const inName = (k: number) =>
    tokens[k].pos === 'VERB' && /^[A-Z][a-z]+$/.test(tokens[k].text) && tokens[k - 1]?.pos === 'DET' && /^the$/i.test(tokens[k - 1].text) && /^[A-Z]/.test(tokens[k + 1]?.text ?? '')
  if (!tokens.some((_, k) => inName(k))) return tokens
  return tokens.map((token, k) => (inName(k) ? { ...token, pos: 'PROPN', lemma: token.text.toLowerCase() } : token))
}

/** Lines are split first: headings and list items rarely end with punctuation. */
export function tokenizeText(text: string): TokenizedSentence[] {
  const result: TokenizedSentence[] = []
  const lines = /[^\n\r]+/g
  let paragraph = 0
  for (let match = lines.exec(text); match; match = lines.exec(text)) {
    if (!/\S/.test(match[0])) continue
    const lineStart = match.index
    const { sentences, tokens } = tokenizeLine(match[0])
    for (const [first, last] of sentences) {
      const slice = namesAfterArticles(joinCompounds(tokens.slice(first, last + 1)))
      if (slice.length === 0) continue
      const start = slice[0].start
      const end = slice[slice.length - 1].end
      result.push({
        text: match[0].slice(start, end),
        start: lineStart + start,
        end: lineStart + end,
        paragraph,
        // fields written out: a spread per token is a measurable share of a check
        tokens: slice.map((t) => ({ text: t.text, lower: t.text.toLowerCase(), lemma: t.lemma, pos: t.pos, start: t.start - start, end: t.end - start })),
      })
    }
    paragraph++
  }
  return result
}
