/** Any string in, no exception out, in time linear in the input. Speed itself is measured by `npm run bench`. */
import fc from 'fast-check'
import { checkText, createMemoryLookup, extractClaims, extractCorpusFigures } from '../../src/factcheck/engine/index.js'
import { seedCorpus } from './helpers.js'
import { MAX_RUN, taggerInput, tokenizeText } from '../../src/factcheck/engine/sentences/tokens.js'
import { findFigures } from '../../src/factcheck/engine/figures/extract.js'

const lookup = createMemoryLookup(seedCorpus())

/** Characters that stress the parsers: unicode digits and dashes, brackets, currency, number words. */
const tricky = fc.constantFrom(
  '1', '9', '0', ',', '.', '-', '–', '—', '‑', '−', '٣', '४', '𝟙', '１', '(', ')', '[', ']', '$', '£', '€', '%',
  ' ', '\n', 'more than ', 'nearly ', 'between ', ' and ', 'twenty-', 'five', ' hours', ' per cent', ' of the ',
  'December ', '2022', 'fourth year', 'half', 'a quarter', 'bn', 'm', '’s', 'Kremlin', 'â€¢',
)
const trickyText = fc.array(tricky, { maxLength: 80 }).map((parts) => parts.join(''))

describe('never throws', () => {
  test('on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), trickyText), async (text) => {
        const check = await checkText(text, { lookup })
        expect(['conflict', 'mixed', 'supported', 'no_evidence', 'no_figures']).toContain(check.status)
        expect(() => extractCorpusFigures({ key: 'fuzz', text })).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  test.each([
    ['repeated ranges', '1-1-1-1-'],
    ['repeated qualifiers', 'more than '],
    ['nested parentheses', '(((('],
    ['unicode digits and dashes', '١٢٣–٤—𝟘𝟙 '],
    ['dense figures', 'nearly 5 hours of talks in Moscow on 2 December, '],
  ])('on a 20,000-character sentence of %s', async (_name, unit) => {
    const text = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000)
    await expect(checkText(text, { lookup })).resolves.toHaveProperty('status')
  })

  test('raw figures, bare numbers included, are finite intervals with offsets inside their sentence', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), trickyText), (text) => {
        for (const sentence of tokenizeText(text)) {
          for (const figure of findFigures(sentence.text, sentence.tokens, new Date('2025-06-01T12:00:00Z'), { bare: true })) {
            expect([figure.value, figure.min, figure.max].every(Number.isFinite)).toBe(true)
            expect(figure.min).toBeLessThanOrEqual(figure.max)
            expect(sentence.text.slice(figure.start, figure.end)).toBe(figure.text)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  test('on non-string input coerced by callers', async () => {
    await expect(checkText(undefined as unknown as string, { lookup })).resolves.toEqual({ status: 'no_figures', figures: [] })
  })
})

describe('the tagger sees bounded runs', () => {
  const longestRun = (text: string) => Math.max(0, ...(text.match(/\S+/g) ?? []).map((run) => run.length))

  test('no run of non-space characters handed to the tagger exceeds MAX_RUN, and offsets are kept', () => {
    const runs = fc.array(fc.constantFrom('twenty-', 'five-', 'x', '1', '-', '/', '.', '𝟙', 'é', ' '), { maxLength: 400 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(runs, fc.string({ unit: 'binary', maxLength: 600 })), (line) => {
        const bounded = taggerInput(line)
        expect(bounded.length).toBe(line.length)
        expect(longestRun(bounded)).toBeLessThanOrEqual(MAX_RUN)
        // only characters turned into spaces differ
        for (let k = 0; k < line.length; k++) if (bounded[k] !== line[k]) expect(bounded[k]).toBe(' ')
      }),
      { numRuns: 300 },
    )
  })

  test('a 20,000-character hyphenated chain reaches the tagger in runs of at most MAX_RUN, cut at hyphens', () => {
    const chain = 'twenty-five-'.repeat(1700)
    const bounded = taggerInput(chain)
    expect(longestRun(bounded)).toBeLessThanOrEqual(MAX_RUN)
    expect(bounded.replace(/ /g, '-')).toBe(chain)
  })

  test('ordinary text is untouched', () => {
    const text = 'The talks lasted nearly five hours; see https://example.org/2025/12/04/long-report-slug.'
    expect(taggerInput(text)).toBe(text)
  })
})

/** CPU time of this process in ms: other processes on a loaded machine do not count, as wall-clock time would. */
function timeOf(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

/** Best of a few runs, so that a stray GC pause does not decide the test. */
function bestTime(run: () => unknown, runs = 5): number {
  return Math.min(...Array.from({ length: runs }, () => timeOf(run)))
}

describe('time grows linearly', () => {
  test.each([
    ['figures', 'The talks lasted nearly 5 hours on 2 December and the 20-point plan, cut from 28, has 19–20 points; '],
    ['repeated ranges', '1-1-1-1-'],
    ['repeated qualifiers', 'more than '],
    ['nested parentheses', '((1 (2) 3) '],
    ['number words', 'twenty-five hundred thousand '],
  ])('%s: 10× the input takes at most ~60× the time (a quadratic step would take ~100×)', (_name, unit) => {
    // sizes large enough that warm-up and collector pauses weigh the same on both sides
    const sized = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
    const small = sized(4_000)
    const large = sized(40_000)
    extractClaims(small)
    const smallTime = Math.max(bestTime(() => extractClaims(small)), 1)
    const largeTime = bestTime(() => extractClaims(large))
    // linear is ~10×; the margin is for a few-millisecond small side on a loaded machine (52× was seen)
    expect(largeTime).toBeLessThan(smallTime * 60)
  })
})

test('a 20,000-character hyphenated chain costs about what plain words of that length cost, not 100× more', () => {
  // "twenty-five-" repeated with no space once took the tagger 10–14 s; the same words with spaces take milliseconds.
  // Both are timed at the same size under the same load, so the ratio speaks of the input, not of the machine.
  const sized = (unit: string) => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000)
  const [chain, words] = [sized('twenty-five-'), sized('twenty five ')]
  extractClaims(words)
  const wordsTime = Math.max(bestTime(() => extractClaims(words)), 1)
  expect(bestTime(() => extractClaims(chain), 2)).toBeLessThan(wordsTime * 40)
})
