/**
 * General English vocabulary the engine reads figures with. Only words of the language live here, never a
 * story's names, places or topics: those come from the text, the gazetteer (gazetteer.json) and the
 * newsroom's `aliases` option. The rules that use these words are in measures/.
 */

/** Words for one thing: every word of a class stands for its first word (lemmas). */
export const SYNONYM_CLASSES: string[][] = [
  ['talks', 'talk', 'meeting', 'meet', 'negotiation', 'negotiate', 'discussion', 'discuss', 'session', 'dialogue', 'summit', 'conference', 'consultation', 'parley'],
  ['plan', 'proposal', 'framework', 'draft', 'blueprint', 'roadmap', 'initiative', 'programme', 'program'],
  ['counterproposal', 'counter-proposal', 'counteroffer', 'counter-offer', 'counter-plan'],
  ['document', 'paper'],
  ['war', 'conflict', 'invasion', 'invade', 'hostility', 'military operation', 'offensive'],
  ['flight', 'fly'],
  ['journey', 'trip', 'travel', 'drive', 'ride', 'voyage'],
  ['wait', 'delay'],
  ['stay', 'visit', 'spend'],
  ['structure', 'home', 'house', 'building', 'dwelling', 'residence', 'property', 'homestead', 'apartment'],
  ['resident', 'inhabitant', 'population', 'citizen', 'villager', 'townspeople'],
  ['strike', 'walkout', 'stoppage'],
  ['trial', 'hearing', 'proceeding'],
  ['sentence', 'jail', 'prison', 'imprisonment'],
  ['annexation', 'annex'],
  ['leak'],
  ['give', 'hand', 'send', 'bring', 'deliver', 'present', 'submit', 'provide', 'receive', 'pass', 'deploy', 'dispatch'],
  ['resignation', 'resign'],
  ['capture', 'seize', 'seizure'],
  ['embezzlement', 'embezzle'],
  ['border', 'frontier', 'boundary'],
  ['closure', 'close', 'shut', 'shutdown', 'closing'],
  // finding out about an event is another moment than the event: "discovered the attack at 3.40am"
  ['discovery', 'discover', 'find', 'detect', 'notice', 'uncover'],
]

/** Verbs whose duration is that of their subject: "the meeting stretched for five hours". */
export const DURATIVE_VERBS = ['last', 'stretch', 'run', 'go', 'continue', 'take', 'drag', 'extend', 'be', 'span']

/** Verbs of saying: who says a figure is its source, not a party to it. */
export const SPEECH_VERBS = ['say', 'tell', 'confirm', 'announce', 'add', 'note', 'state', 'report', 'claim', 'estimate', 'according', 'accord', 'insist', 'warn', 'write']

/** Verbs of giving an account of an event: "a blog described the meeting on 1 January" dates the account, not the meeting. */
export const ACCOUNT_VERBS = ['describe', 'mention', 'recall', 'call', 'dub', 'label', 'review', 'analyse', 'analyze', 'criticise', 'criticize', 'praise', 'hail', 'dismiss', 'recount', 'document']

/** Verbs too light to name what a figure is about. */
export const LIGHT_VERBS = ['be', 'have', 'do', 'say', 'make', 'get', 'tell', 'report', 'add', 'note', 'put', 'stand', 'reach', 'hit', 'rise', 'climb', 'fall', 'drop', 'grow', 'increase']

/** Nouns that name a container rather than the thing: "$100 million embezzlement case". */
export const GENERIC_NOUNS = [
  'case', 'amount', 'sum', 'total', 'figure', 'value', 'worth', 'package', 'scheme', 'deal', 'region', 'area', 'part', 'number', 'count', 'tally', 'estimate', 'level', 'rate',
]

/** Long events whose end is another date than their start: "the strike ended on …". A meeting's end is its date. */
export const LONG_EVENTS = ['war', 'strike', 'trial', 'outbreak', 'occupation', 'siege', 'campaign', 'closure', 'drought', 'shutdown', 'lockdown']
export const END_VERBS = ['end', 'finish', 'stop', 'cease', 'conclude', 'expire', 'close', 'complete']
/**
 * Times of day (measures/measure.ts): the verb a time goes with says which moment of its event it is. Lemmas, or a
 * lemma with its particle ("break up"); two times of one event conflict only at the same moment: both at its end, both
 * at its start, or both at the same instant. A verb in none of these lists makes a time that never conflicts.
 */
export const TIME_END_VERBS = [
  'end', 'finish', 'conclude', 'close', 'adjourn', 'stop', 'cease', 'complete', 'break up', 'wrap up', 'wind up', 'break off',
  'emerge', 'leave', 'disperse',
]
export const TIME_START_VERBS = ['begin', 'start', 'open', 'commence', 'convene', 'get under way', 'get underway', 'kick off', 'arrive', 'break out']
/** Verbs of going on: with "until", "into" or "past" a time, they date the end ("the talks ran well past midnight"). */
export const TIME_LASTING_VERBS = ['run', 'go on', 'continue', 'last', 'drag on', 'stretch', 'stretch on', 'carry on', 'extend', 'go']
export const TIME_UNTIL_WORDS = ['until', 'till', 'til', 'into', 'beyond', 'past', 'through']
/** Words before a time that make it a bound of a state, not the moment of the verb: "closed until 6am", "from 10pm". */
export const TIME_BOUND_WORDS = ['until', 'till', 'til', 'into', 'beyond', 'through', 'since', 'from', 'to', 'between', 'and', 'or']
/** Verbs of an instant: two times of the same one are one moment ("landed at 6.45am", "the quake struck at 4am"). */
export const TIME_INSTANT_VERBS = [
  'land', 'touch down', 'take off', 'lift off', 'erupt', 'collapse', 'strike', 'explode', 'crash', 'detonate', 'sink', 'capsize', 'derail',
]

/** Verbs (and irregular forms) that date an event's start: two dates of a long event are one only at its start or end. */
export const START_VERBS = ['begin', 'began', 'begun', 'start', 'launch', 'erupt', 'ignite', 'break out', 'broke out', 'broken out', 'walk out', 'walked out', 'kick off', 'kicked off']
/** Words that state a level reached after a rise or a fall ("has grown to", "now"): a level of a later day. */
export const RISE_WORDS = ['rise', 'rose', 'risen', 'grow', 'grew', 'grown', 'climb', 'increase', 'swell', 'swollen', 'mount', 'jump', 'soar', 'surge', 'reach', 'now', 'so far', 'to date']
export const FALL_WORDS = ['fall', 'fell', 'fallen', 'drop', 'shrink', 'shrank', 'shrunk', 'decrease', 'decline', 'ease', 'dip', 'still']
/** Words of what a thing can hold rather than what it held: "licensed to carry 400", "its 65,000 capacity". */
export const CAPACITY_WORDS = ['capacity', 'hold', 'holds', 'seat', 'seats', 'seating', 'licensed', 'licenced', 'certified', 'designed', 'built for', 'room for', 'able to', 'capable', 'maximum', 'can carry', 'can take', 'can hold', 'can seat', 'can accommodate', 'accommodate', 'accommodates']
/** Things measured at a place: time spent in a city is not time spent in a building in it. */
export const PLACE_BOUND = ['stay']
/** Events that last days besides LONG_EVENTS, whose dates (not their ends) are many: "on Monday as the fire spread". */
export const SPAN_EVENTS = ['fire', 'wildfire', 'blaze', 'flood', 'flooding', 'heatwave', 'epidemic', 'pandemic', 'search', 'rescue', 'evacuation', 'blackout', 'protest', 'crisis']

/**
 * Words that make a measure another one of the same name: operating profit is not net profit, an interim dividend
 * not the whole year's, an average not a peak. Each class's words are one variant (written before the noun, or
 * after it: "profit after tax").
 */
export const MEASURE_VARIANTS: string[][] = [
  ['operating'],
  ['net', 'after-tax', 'aftertax', 'after tax', 'bottom line'],
  ['pre-tax', 'pretax', 'before-tax', 'before tax'],
  ['gross'],
  ['underlying'],
  ['adjusted'],
  ['core'],
  ['interim'],
  ['average', 'mean'],
  ['median'],
  ['peak'],
  ['real'],
  ['nominal'],
  ['diluted'],
]

/**
 * Words for one act that news uses of one event though they differ in law ("seized", "annexed", "occupied" a
 * peninsula; a "graft" or an "embezzlement" case): the same figure under another of them supports a claim, a different
 * one refutes nothing (a town may be captured in March and annexed in September).
 */
export const KINDRED_EVENTS: string[][] = [
  ['annexation', 'capture', 'occupy'],
  ['embezzlement', 'graft', 'corruption', 'fraud', 'bribe'],
]

/** Words for what is left of a whole: "the remaining 25%" is the whole less what the others hold. */
export const REST_WORDS = ['remaining', 'rest', 'remainder']

/** Things with versions: the original plan had 28 points, the revised one 20. */
export const VERSIONED_THINGS = ['plan', 'counterproposal']
export const VERSION_WORDS: Record<'original' | 'revised', string[]> = {
  original: ['original', 'leaked', 'leak', 'earlier', 'initial', 'first', 'old', 'previous', 'former'],
  revised: ['revised', 'revise', 'new', 'updated', 'update', 'streamlined', 'streamline', 'amended', 'amend', 'latest', 'current', 'modified', 'reworked', 'redrafted'],
}

/** Events (nouns and verbs) a date or a lead time can be about when no other event is named. */
export const EVENT_WORDS = [
  'talks', 'war', 'annexation', 'leak', 'resignation', 'flight', 'journey', 'wait', 'stay', 'capture', 'embezzlement',
  'election', 'vote', 'referendum', 'strike', 'trial', 'flood', 'fire', 'wildfire', 'storm', 'earthquake', 'crash', 'attack', 'outbreak',
]

/** Words that make an event another occurrence than a story's own: "a separate outbreak", "their previous meeting". */
export const OTHER_OCCURRENCE_WORDS = ['separate', 'another', 'previous', 'earlier', 'prior', 'different']

/** Verbs of giving room to people: "the school housed 300 evacuees" is the school's part of the running count. */
export const HOSTING_VERBS = ['house', 'shelter', 'host', 'accommodate', 'lodge', 'welcome', 'take in']

/** Words that make a thing another of its kind than the one the story tells: "the tanker's sister ship", "a rival airline". */
export const OTHER_ONE_WORDS = ['sister', 'rival', 'twin', 'competing', 'previous', 'other']

/** Verbs of holding: "X still holds 25 per cent of ...", "X won 52% of the vote". */
export const HOLD_VERBS = ['hold', 'control', 'retain', 'occupy', 'keep', 'have', 'own', 'win', 'get', 'take', 'receive', 'secure', 'capture', 'gain', 'poll']

/** Capitalised words that are titles, honorifics or roles, never names by themselves. */
export const TITLES = [
  'president', 'vice', 'special', 'envoy', 'senior', 'advisor', 'adviser', 'minister', 'secretary', 'general', 'foreign',
  'prime', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'deputy', 'mr', 'mrs', 'ms', 'dr', 'gen', 'sir',
  'former', 'the', 'top', 'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'representative', 'judge', 'justice',
  'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'chancellor', 'premier', 'ceo', 'chairman', 'chairwoman', 'chair',
  'director', 'commissioner', 'sheriff', 'captain', 'capt', 'lt', 'col', 'sgt', 'officer', 'professor', 'prof', 'coach',
  'st', 'mt', 'ft', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our',
]

/** Calendar words: capitalised, never names. */
export const CALENDAR_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'today', 'yesterday', 'tomorrow',
  'spring', 'summer', 'autumn', 'winter', 'christmas', 'easter', 'am', 'pm', 'a.m.', 'p.m.',
]

/**
 * Last words of a geographic or organisational name: "Ashby County" is also called "Ashby", the
 * "Red River" is a place; a person's full name is called by its last word instead.
 */
export const NAME_HEADS = [
  'county', 'city', 'town', 'village', 'river', 'valley', 'lake', 'bay', 'island', 'islands', 'mountain', 'mountains',
  'province', 'state', 'district', 'region', 'oblast', 'borough', 'parish', 'township', 'peninsula', 'coast', 'creek',
  'forest', 'park', 'canyon', 'hills', 'port', 'harbour', 'harbor', 'sea', 'gulf', 'strait', 'desert', 'plain', 'plains',
  'party', 'company', 'corp', 'inc', 'ltd', 'group', 'university', 'college', 'school', 'hospital', 'council', 'agency',
  'department', 'ministry', 'court', 'service', 'bank', 'fund', 'union', 'association', 'committee', 'commission', 'house',
  'street', 'road', 'avenue', 'square', 'bridge', 'airport', 'station', 'stadium', 'centre', 'center', 'club', 'fc',
]
/**
 * Last words that a name is also written without: a company without its legal form ("Corvel Group" is "Corvel"),
 * an event named after its place without its kind ("the Pine Hollow Fire" is "Pine Hollow", as in "the Pine
 * Hollow blaze"). Not a person's surname.
 */
export const DROPPED_HEADS = [
  'group', 'holdings', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'sa', 'ag', 'nv', 'gmbh', 'spa',
  'fire', 'wildfire', 'blaze', 'flood', 'floods', 'earthquake', 'derailment', 'crash', 'disaster',
]
/** Of these heads, the ones that make a name a place. */
/** Heads of sites named after the place they are in: "Thornfold Bridge", "Keld General Hospital", "Varna Airport". */
export const SITE_HEADS = ['bridge', 'street', 'station', 'road', 'square', 'airport', 'hospital', 'university', 'stadium', 'prison']

export const PLACE_HEADS = [
  'county', 'city', 'town', 'village', 'river', 'valley', 'lake', 'bay', 'island', 'islands', 'mountain', 'mountains',
  'province', 'state', 'district', 'region', 'oblast', 'borough', 'parish', 'township', 'peninsula', 'coast', 'creek',
  'forest', 'park', 'canyon', 'hills', 'port', 'harbour', 'harbor', 'sea', 'gulf', 'strait', 'desert', 'plain', 'plains',
]

/** Prepositions after which a name is where something happens. */
/** Verbs whose bare object is someone addressed or given to: a capital after one is its government ("handed Oslo the plan"). */
export const ADDRESSING_VERBS = ['give', 'hand', 'send', 'tell', 'warn', 'assure', 'urge', 'promise', 'offer', 'show', 'brief', 'inform', 'notify', 'pay', 'owe', 'lend', 'grant', 'sell']

/** Verbs of taking land: their object is a place, known to the gazetteer or not ("Vellmark annexed Sarnia"). */
export const TERRITORY_VERBS = ['annex', 'capture', 'seize', 'occupy', 'invade', 'liberate', 'recapture', 'retake']
export const LOCATIVE_PREPOSITIONS = ['in', 'at', 'near', 'across', 'outside', 'inside', 'around', 'throughout', 'from', 'to']

/**
 * Two-letter country codes that English prose uses as names. Other two-letter codes are words ("IT",
 * "IN", "ME") or rare; three-letter and dotted codes ("USA", "U.K.") are always read.
 */
export const PROSE_CODES = ['US', 'UK']

/** Lower-case words inside names: "Vale de Moinhos", "Ludwig van Beethoven", "Bank of England". */
export const NAME_PARTICLES = ['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'bin', 'of', 'y']

/** Nouns for people in general: "47 people died" is the toll; "12 firefighters died" is a part of it. */
export const PEOPLE_NOUNS = ['people', 'person', 'individual', 'resident', 'inhabitant', 'civilian', 'citizen', 'villager', 'human', 'victim', 'one']

/** People described by no more than what they are: the ages of "a woman" in two reports may be two women's. */
export const ANONYMOUS_PERSONS = [
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'teenager', 'person', 'people', 'driver', 'passenger', 'resident',
  'pensioner', 'motorist', 'pedestrian', 'worker', 'victim', 'patient', 'suspect', 'tourist', 'student',
]

/** Words that make what a clause says a possibility, not a fact: "could destroy up to 100 homes". */
export const POSSIBILITY_WORDS = ['could', 'might', 'may']

/** Verbs of asking and offering: a figure proposed ("sought 12 years", "offered 4.2%") is not the one agreed. */
export const PROPOSAL_VERBS = ['seek', 'want', 'demand', 'ask', 'propose', 'offer', 'request', 'urge', 'recommend', 'suggest', 'bid', 'promise', 'forecast']

/** Things a board declares by proposing them: "proposed a dividend of 18 cents" is the dividend, not a request. */
export const DECLARED_BY_PROPOSAL = ['dividend']

/** Verbs of change: "rose 5%" or "rose by 5" is a change; "rose to 5%" a level. */
export const CHANGE_UP_VERBS = ['rise', 'grow', 'increase', 'climb', 'jump', 'soar', 'surge', 'raise', 'up', 'gain', 'rally', 'boost', 'expand', 'widen']
export const CHANGE_DOWN_VERBS = ['fall', 'drop', 'decrease', 'slide', 'slump', 'shrink', 'decline', 'plunge', 'dip', 'tumble', 'sink', 'slip', 'cut', 'reduce', 'down', 'lose', 'trim', 'pare', 'slash', 'lower', 'narrow']
export const CHANGE_VERBS = [...CHANGE_UP_VERBS, ...CHANGE_DOWN_VERBS, 'edge']

/** Newsroom labels that open a headline before a colon ("Explainer: how the plan changed"): never a name. */
export const HEADLINE_LABELS = ['explainer', 'factbox', 'factcheck', 'fact-check', 'analysis', 'opinion', 'live', 'update', 'updated', 'exclusive', 'breaking', 'timeline', 'interview', 'editorial', 'profile', 'watch', 'comment', 'review', 'briefing', 'podcast', 'video', 'photos', 'pictures', 'graphic']

/** Phrasal verbs of meeting someone: "the envoys sat down with Harkova". */
export const MEETING_PHRASES = ['sit down with', 'sit across from', 'hold talks with']

/** Verbs by which one party meets another it receives: "hosted the envoys", "received the minister". */
export const RECEIVING_VERBS = ['receive', 'host', 'welcome', 'greet']
/** Parties received besides people by name or office: "hosted the delegation". */
export const VISITING_PARTIES = ['delegation', 'delegate', 'visitor', 'guest', 'counterpart']
