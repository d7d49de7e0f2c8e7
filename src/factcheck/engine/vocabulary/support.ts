/**
 * Words for support by value (comparison/support.ts): general English, no story's words.
 */

/** Words of four letters or more that say nothing of what a sentence is about: never counted as shared content. */
export const FUNCTION_WORDS = [
  'will', 'would', 'could', 'should', 'might', 'must', 'shall', 'have', 'having', 'been', 'being', 'were', 'does', 'doing', 'done',
  'with', 'within', 'without', 'from', 'into', 'onto', 'upon', 'that', 'this', 'these', 'those', 'than', 'then', 'there',
  'their', 'theirs', 'they', 'them', 'what', 'when', 'where', 'which', 'while', 'whom', 'whose', 'about', 'after', 'before',
  'over', 'under', 'more', 'most', 'less', 'least', 'some', 'such', 'only', 'also', 'just', 'still', 'very', 'each', 'every',
  'other', 'another', 'said', 'says', 'told', 'according', 'since', 'until', 'during', 'against', 'between', 'among',
  'through', 'across', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'least', 'some', 'many', 'much', 'here',
  'your', 'itself', 'himself', 'herself', 'themselves', 'even', 'once', 'both', 'either', 'neither', 'whether', 'because',
  'although', 'though', 'already', 'again', 'further', 'other', 'like', 'made', 'make', 'take', 'took', 'taken', 'came',
  'come', 'well', 'back', 'last', 'first', 'next', 'year', 'years', 'month', 'months', 'week', 'weeks', 'days', 'hours',
  'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // particles of phrasal verbs: "set aside", "stepped down", "pulled away"
  'aside', 'away', 'down', 'along', 'ahead', 'apart', 'forward', 'together',
  'million', 'billion', 'thousand', 'hundred', 'half', 'quarter', 'third', 'percent', 'cent',
  // number words: the amounts are compared as numbers
  'zero', 'three', 'four', 'five', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillion',
  // verbs of change and of reaching a level: a change and a level are told apart before words are compared
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'grow', 'grows', 'grew', 'grown',
  'growing', 'drop', 'drops', 'dropped', 'dropping', 'increase', 'increased', 'increases', 'decrease', 'decreased', 'climb',
  'climbed', 'climbs', 'reach', 'reached', 'reaches', 'stand', 'stands', 'stood', 'total', 'totalled', 'totaled', 'hit',
]

/** Word beginnings of asking or offering, as verbs or nouns: "seeking", "an appeal for", "offered", "a bid of". */
export const REQUEST_WORDS = ['seek', 'sought', 'appeal', 'request', 'demand', 'offer', 'propos', 'ask', 'bid ', 'bids ', 'call for', 'called for', 'calling for', 'urge ', 'urged', 'urges', 'urging']

/** Words of what a thing can do, beside those of what it can hold (CAPACITY_WORDS): "can reach", "a top speed of". */
export const CAPABILITY_WORDS = ['can', 'could', 'top speed', 'up to', 'rated', 'peak output', 'maximum']
