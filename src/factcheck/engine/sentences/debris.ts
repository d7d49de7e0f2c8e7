/**
 * Web debris in scraped corpus text: page furniture that states numbers but is not news.
 * Debris is blanked with spaces, never removed, so offsets into the original text stay valid.
 */

/** Lines after which a page holds no more article text (comment forms, "related" lists, word counts). */
const END_OF_ARTICLE = new RegExp(
  '^\\s*(?:\\(?\\s*word count\\b.*|' +
    [
      'related(?: articles| posts| stories| content| coverage| reading)?', 'more like this', 'trending(?: now)?', 'popular(?: posts| stories| now)?',
      'most (?:read|popular|viewed|shared|watched)', '(?:read|see) also', 'also read', 'more (?:on|about|from) this (?:story|topic)',
      'more stories', 'top stories', "editor'?s picks", "don't miss", 'recommended(?: for you| stories| reading)?',
      'share (?:this )?post', 'leave a (?:reply|comment)', 'comments?(?: \\(\\d+\\))?', 'you (?:may|might) also like', 'read more', 'exit mobile version',
    ].join('|') +
    ')\\s*:?\\s*$',
  'i',
)

/** Social buttons: "Share on Facebook | Share on X | Copy link", "Share this story: Facebook · X · Email". */
const SHARE_BAR =
  /^\s*(?:(?:like this story\?\s*)?share(?: (?:this|it))?(?: (?:article|story|page))?(?: on)?\s*:?\s*)?(?:(?:share on\s+)?(?:facebook|x|twitter|whatsapp|e-?mail|linkedin|copy link|reddit|telegram|print|tweet|pinterest|messenger|bluesky|threads)\s*[|·•,/]?\s*)+$/i

/**
 * A byline names who wrote the report, not who it is about: "By Dana Whitcomb | Pacific Wire Service". A newsroom's
 * reporters write about every story, so their names would tie unrelated reports together. (Not "By Monday, 850 …":
 * a byline names a person, not a day or a month, and does not end as a sentence.)
 */
const BYLINE =
  /^\s*(?:[^|\n]*\|\s*)*(?:[Bb]y|[Ww]ords by|[Rr]eporting by|[Ww]ritten by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|del|la|le|and|&|in))*\s*(?:[|,·•–—-].*)?(?<![.!?])\s*$/u

/** Single lines of page furniture. */
const DEBRIS_LINES: RegExp[] = [
  /^\s*\d[\d,.]*\s*(?:min(?:ute)?s?|m)\s+read\s*$/i,
  /^\s*\d[\d,.]*[km]?\s+(?:views?|comments?|shares?|likes?|reads?)\s*$/i,
  /\bfinancial market analysis from\b/i,
  /\bmarket conditions may have changed\b/i,
  /\b(?:please enter your|your email address will not be published|required fields are marked)\b/i,
  /\b(?:contact us for|sponsored article|subscribe to our|follow us on|sign up for our newsletter)\b/i,
  /^\s*(?:published|on|date:?|general|author|by|share post:?)\s*$/i,
  /^\s*(?:advertisement|sponsored content|share this (?:article|story|page))\s*$/i,
  /^\s*tags?:\s/i,
  SHARE_BAR,
  BYLINE,
]

/**
 * A correction notice repeats the figure an earlier version got wrong ("Correction: An earlier version of this
 * article said …"): it is evidence of nothing.
 */
const CORRECTION = /^\s*(?:correction|clarification)\s*:|\b(?:an?|the) (?:earlier|previous|original) version of this (?:article|story|report|piece)\b/i

export function isCorrectionNotice(sentence: string): boolean {
  return CORRECTION.test(String(sentence))
}

/** UTF-8 punctuation decoded as Latin-1 ("â€¢", "â€™", ...). */
const MOJIBAKE = /â€[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]?/g

function blank(text: string): string {
  return text.replace(/[^\n\r]/g, ' ')
}

/** Returns the text with debris blanked out, same length as the input. */
export function blankDebris(text: string): string {
  const lines = text.split(/(?<=\n)/)
  let ended = false
  return lines
    .map((line) => {
      if (ended) return blank(line)
      if (END_OF_ARTICLE.test(line.trim())) {
        ended = true
        return blank(line)
      }
      if (DEBRIS_LINES.some((pattern) => pattern.test(line))) return blank(line)
      return line.replace(MOJIBAKE, (m) => ' '.repeat(m.length))
    })
    .join('')
}

/** A sentence of prose, not a heading, dateline or link ("• Summer fares set to rise 6%"): it ends as a sentence ends. */
export function endsAsSentence(text: string): boolean {
  return /[.!?]["'”’)]*\s*$/.test(String(text).trim())
}
