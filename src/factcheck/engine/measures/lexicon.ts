/**
 * Lexicons of aliases: different words for the same thing collapse to one canonical name.
 * Only vocabulary lives here; the rules that use it are in context.ts and measure.ts.
 */

function invert(groups: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [canonical, words] of Object.entries(groups)) for (const word of words) map.set(word, canonical)
  return map
}

/** Things figures are about (noun and verb lemmas). */
export const TOPICS = invert({
  talks: ['talk', 'talks', 'meeting', 'meet', 'discussion', 'discuss', 'negotiation', 'negotiate', 'session', 'dialogue'],
  plan: ['plan', 'proposal', 'framework', 'draft', 'blueprint', 'outline', 'roadmap', 'initiative'],
  counterproposal: ['counter-proposal', 'counterproposal', 'counter-plan', 'counteroffer', 'counter-offer'],
  war: ['war', 'conflict', 'invasion', 'invade'],
  document: ['document', 'paper'],
  embezzlement: ['embezzlement', 'embezzle'],
  annexation: ['annexation', 'annex'],
  leak: ['leak'],
  resignation: ['resignation', 'resign'],
  flight: ['flight', 'fly'],
  journey: ['journey', 'trip', 'travel', 'drive'],
  wait: ['wait', 'delay'],
  stay: ['stay', 'visit', 'spend'],
  capture: ['capture', 'seize', 'seizure'],
})

/** Two-word names of topics. */
export const TOPIC_BIGRAMS = new Map([['military operation', 'war']])

/** Topics that are events: where they happened and who took part tell them apart. */
export const EVENT_TOPICS = new Set([
  'talks', 'war', 'annexation', 'leak', 'resignation', 'flight', 'journey', 'wait', 'stay', 'capture', 'embezzlement',
])

/**
 * Topics that are texts with versions and owners: the original plan had 28 points, the revised one 20;
 * the US plan is not the European one. Their owner is named in their own noun phrase.
 */
export const VERSIONED_TOPICS = new Set(['plan', 'counterproposal'])
export const VERSION_WORDS = invert({
  original: ['original', 'leaked', 'leak', 'earlier', 'initial', 'first', 'old', 'previous', 'former'],
  revised: ['revised', 'revise', 'new', 'updated', 'update', 'streamlined', 'streamline', 'amended', 'amend', 'latest', 'current', 'modified', 'reworked', 'redrafted'],
}) as Map<string, 'original' | 'revised'>

/** Long-running events whose end is a different date from their start: "the war ended in ...". */
export const LONG_EVENTS = new Set(['war'])
export const END_VERBS = new Set(['end', 'finish', 'stop', 'cease', 'conclude'])

/** Verbs whose duration is that of their subject: "the meeting stretched for five hours". */
export const DURATIVE_VERBS = new Set([
  'last', 'stretch', 'run', 'go', 'continue', 'take', 'drag', 'extend', 'be', 'span',
])

/** Nouns that name a container rather than the thing: "$100 million embezzlement case". */
export const GENERIC_NOUNS = new Set([
  'case', 'amount', 'sum', 'total', 'figure', 'value', 'worth', 'package', 'scheme', 'deal', 'region', 'area', 'part',
])

/** Verbs of holding territory: "Ukraine still holds 25 per cent of the Donbas". */
export const HOLD_VERBS = new Set(['hold', 'control', 'retain', 'occupy', 'keep', 'have', 'own'])
/** Two parties whose shares of a contested territory add up to the whole. */
export const OPPOSING_HOLDERS = new Set(['ukraine', 'russia'])

/** Actors (countries, organisations) and the names, places and adjectives that stand for them. */
export const ACTORS = invert({
  us: ['u.s.', 'u.s', 'usa', 'america', 'american', 'americans', 'washington', 'trump', 'witkoff', 'kushner', 'rubio', 'vance'],
  russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'putin', 'ushakov', 'dmitriev', 'lavrov', 'peskov'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'zelensky', 'zelenskyy', 'zelenskiy', 'yermak', 'umerov', 'sybiha', 'syrskyi'],
  europe: ['europe', 'european', 'europeans', 'eu'],
  nato: ['nato', 'rutte'],
  ireland: ['ireland', 'irish', 'dublin'],
  uk: ['uk', 'u.k.', 'britain', 'british', 'london'],
  china: ['china', 'chinese', 'beijing'],
})
/** "US" in capitals is the country; "us" is a pronoun. */
export const CASE_SENSITIVE_ACTORS = new Map([['US', 'us'], ['UK', 'uk'], ['EU', 'europe']])

/** Places (venues, cities, regions) that tell events apart. */
export const PLACES = invert({
  moscow: ['moscow', 'kremlin'],
  kyiv: ['kyiv', 'kiev'],
  washington: ['washington'],
  brussels: ['brussels'],
  ireland: ['ireland', 'dublin'],
  florida: ['florida'],
  geneva: ['geneva'],
  london: ['london'],
  istanbul: ['istanbul'],
  donbas: ['donbas', 'donbass'],
  donetsk: ['donetsk'],
  luhansk: ['luhansk', 'lugansk'],
  crimea: ['crimea'],
  pokrovsk: ['pokrovsk'],
  kherson: ['kherson'],
  zaporizhzhia: ['zaporizhzhia', 'zaporizhia'],
  kupyansk: ['kupyansk'],
})
/** Regions made of others: the Donbas is Donetsk and Luhansk. */
export const REGION_PARTS: Record<string, string[]> = {
  donbas: ['donetsk', 'luhansk'],
}

/** Capitalised words that are titles or calendar words, not names of actors. */
export const NOT_NAMES = new Set([
  'president', 'special', 'envoy', 'senior', 'advisor', 'adviser', 'minister', 'secretary', 'general', 'foreign',
  'prime', 'chief', 'spokesman', 'spokeswoman', 'aide', 'deputy', 'state', 'house', 'national', 'security',
  'council', 'defence', 'defense', 'mr', 'mrs', 'ms', 'dr', 'gen', 'sir', 'former', 'the', 'white', 'top',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
])
