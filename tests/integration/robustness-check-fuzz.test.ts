/**
 * The check endpoint under random and adversarial bodies, over HTTP: every answer is the documented result or a
 * documented error, never a 5xx, never a hang. The engine's own property test (tests/engine/robustness.test.ts)
 * covers the engine alone; this one covers what surrounds it: body reading, JSON, validation, the database
 * lookup and the JSON of the answer.
 */
import fc from 'fast-check'

import { checkText } from '../../src/factcheck/engine'
import { checkRequestSchema, checkResultSchema, errorsSchema, MAX_TEXT_LENGTH } from '../../src/factcheck/endpoints/schemas'
import { seedCorpus } from '../../src/seed/corpus'
import { nestsDeeperThan } from '../../src/http/bodyLimit'
import { seedLookup } from '../engine/helpers'
import { startApp, type TestApp } from '../helpers/app'
import { type ApiResponse, type Credentials, request, userWithRoles } from '../helpers/client'

const MAX_BODY_BYTES = 100_000
/** A hang bound, not a speed budget: a 20,000-character check takes well under a second. */
const REQUEST_TIMEOUT_MS = 20_000

/** A request body: text, or raw bytes that need not be valid UTF-8. */
type Body = string | Uint8Array<ArrayBuffer>

let app: TestApp
let editor: Credentials

beforeAll(async () => {
  // Read by payload.config.ts, which startApp() imports afresh in this file's module registry.
  process.env.CHECK_RATE_LIMIT_MAX = '1000000'
  process.env.CHECK_MAX_BODY_BYTES = String(MAX_BODY_BYTES)
  app = await startApp()
  await seedCorpus(app.payload)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
})

afterAll(async () => {
  await app?.close()
})

const check = (body: Body) =>
  request(app.server.url, 'POST', '/api/factcheck/check', {
    auth: editor,
    body,
    headers: { 'content-type': 'application/json' },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })

const bytesOf = (body: Body) => (typeof body === 'string' ? Buffer.from(body) : body)
/** The body as the server reads it: UTF-8, invalid sequences replaced, a byte-order mark dropped. */
const decoded = (body: Body) => new TextDecoder().decode(bytesOf(body))

/** What the endpoint must answer to these bytes, by the documented rules. */
function expectedStatus(body: Body): 200 | 400 | 413 {
  // The app's body reader refuses JSON nested too deep before any route reads it (Payload's walks overflow).
  if (nestsDeeperThan(bytesOf(body))) return 400
  if (bytesOf(body).byteLength > MAX_BODY_BYTES) return 413
  let value: unknown
  try {
    value = JSON.parse(decoded(body))
  } catch {
    return 400
  }
  return checkRequestSchema.safeParse(value).success ? 200 : 400
}

/** Evidence comes from a database query, in no particular order. */
const comparable = (result: unknown) => {
  const { status, figures } = JSON.parse(JSON.stringify(result))
  const byContent = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b))
  for (const figure of figures) figure.evidence.sort(byContent)
  return { status, figures }
}

/**
 * The answer is exactly the documented one for these bytes. A 200 carries the documented result and nothing
 * else, and says what the engine says about the (trimmed) text over the same corpus held in memory: the lookup
 * through the database and the JSON of the answer change nothing.
 */
async function expectDocumentedAnswer(body: Body, response: ApiResponse) {
  const status = expectedStatus(body)
  // With the body, so that a failure shows what the endpoint said.
  expect({ status: response.status, body: response.body }).toMatchObject({ status })
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  if (status !== 200) {
    expect(errorsSchema.parse(response.body)).toEqual(response.body)
    return
  }
  expect(checkResultSchema.parse(response.body)).toEqual(response.body)
  const request = checkRequestSchema.parse(JSON.parse(decoded(body)))
  const expected = await checkText(request.text, { date: request.date, lookup: seedLookup() })
  expect(comparable(response.body)).toEqual(comparable(expected))
}

const sendAndExpect = async (body: Body) => expectDocumentedAnswer(body, await check(body))

const json = (text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ text, ...extra })
const to20k = (unit: string) => unit.repeat(Math.ceil(MAX_TEXT_LENGTH / unit.length)).slice(0, MAX_TEXT_LENGTH)
const nested = (depth: number, open: string, close: string, inner = '1') => open.repeat(depth) + inner + close.repeat(depth)

const NINES = '9'.repeat(5_000)
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩'
const EXTENDED_ARABIC_INDIC = '۰۱۲۳۴۵۶۷۸۹'
const FULLWIDTH = '０１２３４５６７８９'
const DEVANAGARI = '०१२३४५६७८९'
const MATHEMATICAL = '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'
const DASHES = ['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹣', '－', '⁓']

describe('named adversarial bodies', () => {
  it.each([
    ['a figure of 1e308', json('The talks in Moscow lasted 1e308 hours.')],
    ['a figure beyond the largest double', json('The talks lasted 1.8e308 hours and cost $1e309 billion.')],
    ['a 5,000-digit figure', json(`The talks in Moscow lasted ${NINES} hours.`)],
    ['a 5,000-digit figure with a decimal point', json(`The plan had ${NINES}.${NINES} points.`)],
    ['a tiny figure', json(`The talks lasted 0.${'0'.repeat(400)}1 hours, 1e-400 per cent of the plan.`)],
    ['numbers as JSON that overflow', '{"text": 1e400}'],
    ['relative dates from the earliest reference date', json('The talks lasted five hours two weeks ago, on 2 December.', { date: '0001-01-01' })],
    ['relative dates from the latest reference date', json('The talks lasted five hours two weeks ago, on 2 December.', { date: '9999-12-31' })],
    ['a date as a huge number', `{"text": "The talks lasted five hours.", "date": ${NINES}}`],
    ['Arabic-Indic digits', json(`The talks in Moscow lasted ${ARABIC_INDIC.slice(5, 6)} hours; the plan had ${ARABIC_INDIC.slice(2, 4)} points.`)],
    ['extended Arabic-Indic, Devanagari and mathematical digits', json(`${EXTENDED_ARABIC_INDIC} ${DEVANAGARI} ${MATHEMATICAL} hours of talks in Moscow.`)],
    ['fullwidth digits', json(`The talks in Moscow lasted ${FULLWIDTH.slice(5, 6)} hours, ${FULLWIDTH}% of ${FULLWIDTH.slice(2, 4)} points.`)],
    ['every unicode dash in a range', json(DASHES.map((dash) => `The talks lasted 4${dash}5 hours in 2024${dash}25.`).join(' '))],
    ['dashes without numbers', json(DASHES.join(' ').repeat(200))],
    ['5,000 nested parentheses around a figure', json(nested(5_000, '(', ')', 'the talks lasted 5 hours'))],
    ['mixed unbalanced brackets', json(`${'([{'.repeat(3_000)}28 points${')]}'.repeat(100)}`)],
    ['20,000 characters of figures', json(to20k('The talks in Moscow lasted nearly 5 hours on 2 December; the 20-point plan, cut from 28, had 19–20 points. '))],
    ['20,000 characters of repeated ranges', json(to20k('1-1-1-1-'))],
    ['20,000 characters of repeated qualifiers', json(to20k('more than nearly about at least '))],
    ['20,000 characters of number words', json(to20k('twenty-five hundred thousand million '))],
    ['20,000 characters of one digit', json('7'.repeat(MAX_TEXT_LENGTH))],
    ['20,000 characters of dots and digits', json(to20k('1.'))],
    ['20,000 characters of a single unbroken word', json('a'.repeat(MAX_TEXT_LENGTH))],
    ['20,000 newlines around a figure', json(`${'\n'.repeat(9_990)}5 hours${'\n'.repeat(9_990)}`)],
    ['one character more than allowed', json(`${'5 hours '.repeat(2_500)}.`)],
    ['lone surrogates', json('The talks lasted \ud800 5 \udfff hours \udbff\udc00.')],
    ['escaped lone surrogates', '{"text": "The talks lasted \\ud800 five hours \\udc00."}'],
    ['NUL and control characters', json('The talks\u0000 lasted\u0007 5\u001b hours\u0000.')],
    ['a byte-order mark before the body', `\ufeff${json('The talks lasted five hours.')}`],
    ['invalid UTF-8 bytes in the text', Buffer.concat([Buffer.from('{"text":"The talks lasted '), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(' 5 hours."}')])],
    ['overlong UTF-8 encodings of digits', Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc0, 0xb5, 0xe0, 0x80, 0xb5]), Buffer.from(' hours"}')])],
    ['truncated UTF-8 at the end of the body', Buffer.concat([Buffer.from('{"text":"5 hours"}'), Buffer.from([0xe2, 0x82])])],
    ['a body of random bytes', Buffer.from(Array.from({ length: 4_096 }, (_, index) => (index * 7919) % 256))],
    ['an empty body', ''],
    ['JSON null', 'null'],
    ['a JSON array of requests', `[${json('The talks lasted five hours.')}]`],
    ['text as an array', '{"text": ["The talks lasted", "five hours."]}'],
    ['text as an object', '{"text": {"toString": "The talks lasted five hours."}}'],
    ['a prototype key', '{"text": "The talks lasted five hours.", "__proto__": {"polluted": true}}'],
    ['a duplicate key', '{"text": "The talks lasted five hours.", "text": 5}'],
    ['20,000 nested arrays', nested(20_000, '[', ']')],
    ['20,000 nested objects as the text', `{"text": ${nested(20_000, '{"a":', '}')}}`],
    ['20,000 nested arrays as an unknown field', `{"text": "The talks lasted five hours.", "extra": ${nested(20_000, '[', ']')}}`],
    ['a body over the limit', json('x'.repeat(MAX_BODY_BYTES))],
  ])('%s', async (_name, body) => {
    await sendAndExpect(body)
  })
})

// Random bodies: fragments that stress each stage, joined at random, in every wrong shape too.
const digitSystems = [ARABIC_INDIC, EXTENDED_ARABIC_INDIC, FULLWIDTH, DEVANAGARI, MATHEMATICAL, '0123456789']
const unicodeNumber = fc
  .tuple(fc.constantFrom(...digitSystems), fc.array(fc.nat(9), { minLength: 1, maxLength: 12 }))
  .map(([digits, places]) => places.map((place) => [...digits][place]).join(''))
const hugeNumber = fc.constantFrom('1e308', '-1e308', '1.7976931348623157e308', '1e309', '1e-400', NINES, `${NINES}.5`, '1,000,000,000,000,000,000,000', 'Infinity', 'NaN', '0x1F', '½', '⅞')
const fragment = fc.oneof(
  fc.constantFrom(
    'The talks in Moscow lasted ', ' hours', ' per cent', '%', '$', '£', '€', ' billion', ' points', '-point plan', ' of the Donbas',
    'more than ', 'nearly ', 'between ', ' and ', 'twenty-', 'five', 'eight', 'a quarter', 'half', 'fourth year', 'December ', '2 December',
    ' 2025', ' on ', '. ', '? ', '! ', '\n\n', '\t', ' ', '(', ')', '[', ']', '"', '’s', 'Kremlin', 'Witkoff', 'â€¢', '\u200b', '\u00a0',
  ),
  fc.constantFrom(...DASHES),
  unicodeNumber,
  hugeNumber,
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)), maxLength: 4 }),
)
const text = fc.array(fragment, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''))
const longText = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 6 }), fc.integer({ min: MAX_TEXT_LENGTH - 10, max: MAX_TEXT_LENGTH + 10 }))
  .map(([parts, length]) => parts.join('').repeat(length).slice(0, length))
const nestedParentheses = fc
  .tuple(fc.integer({ min: 1, max: 6_000 }), text, fc.constantFrom(['(', ')'], ['[', ']'], ['{', '}'], ['«', '»']))
  .map(([depth, inner, [open, close]]) => nested(depth, open, close, inner))
const date = fc.oneof(
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', '2025-13-01', '2025-12-03T00:00:00Z', '', '0000-00-00', '+275760-09-13'),
  fc.jsonValue({ maxDepth: 2 }),
)
const validShaped = fc
  .tuple(fc.oneof(text, longText, nestedParentheses), fc.option(date, { nil: undefined }))
  .map(([text, date]) => JSON.stringify(date === undefined ? { text } : { text, date }))
const wrongShape = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.record({ text: fc.jsonValue({ maxDepth: 3 }) }).map((value) => JSON.stringify(value)),
  fc
    .tuple(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), text)
    .map(([extra, text]) => JSON.stringify({ ...extra, text })),
)
const deeplyNested = fc
  .tuple(fc.integer({ min: 100, max: 30_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}'], ['{"text":', '}']))
  .map(([depth, [open, close]]) => nested(depth, open, close, '"5 hours"'))
const notJson = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  text.map((text) => JSON.stringify({ text }).slice(0, -1)),
)
const rawBytes = fc
  .tuple(text, fc.uint8Array({ minLength: 1, maxLength: 64 }))
  .map(([text, bytes]) => Buffer.concat([Buffer.from(`{"text":"${text.replace(/["\\\u0000-\u001f]/g, '')} `), bytes, Buffer.from('"}')]))
const anyBody = fc.oneof(
  { arbitrary: validShaped, weight: 5 },
  { arbitrary: wrongShape, weight: 2 },
  { arbitrary: deeplyNested, weight: 1 },
  { arbitrary: notJson, weight: 1 },
  { arbitrary: rawBytes, weight: 1 },
)

it('answers random and adversarial bodies with the documented result or a documented error', async () => {
  await fc.assert(fc.asyncProperty(anyBody, sendAndExpect), { numRuns: 150 })
})
