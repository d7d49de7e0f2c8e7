/** Largest request body any route of the app reads, in bytes (MAX_REQUEST_BYTES; default 2 MB). */
export const maxRequestBytes = (): number => Number(process.env.MAX_REQUEST_BYTES) || 2_000_000

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

const tooLarge = (maxBytes: number) =>
  Response.json(
    { errors: [{ message: `The request body is larger than the limit of ${maxBytes} bytes.` }] },
    // The rest of the body is never read: the connection cannot be reused.
    { status: 413, headers: { connection: 'close' } },
  )

/**
 * The request's body read up to `maxBytes`, as it streams in (chunked bodies too): a 413 response as soon
 * as the declared length or the bytes received pass the limit, so that no route ever holds more.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | Response | null> {
  if (!request.body) return null
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > maxBytes) {
      reader.releaseLock()
      return tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(received)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Deepest nesting of arrays and objects a JSON body may have: rich text within its own limit needs ~130. */
export const MAX_JSON_DEPTH = 512

const OPEN = new Set([0x5b, 0x7b]) // [ {
const CLOSE = new Set([0x5d, 0x7d]) // ] }

/**
 * Whether a JSON text nests deeper than `maxDepth`, by one pass over its bytes (strings skipped): Payload's
 * recursive walks of a parsed body overflowed the stack on JSON nested thousands deep (500).
 */
export function nestsDeeperThan(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (inString) {
      if (byte === 0x5c) i++ // backslash: skip the escaped character
      else if (byte === 0x22) inString = false
    } else if (byte === 0x22) inString = true
    else if (OPEN.has(byte) && ++depth > maxDepth) return true
    else if (CLOSE.has(byte)) depth--
  }
  return false
}

const isJson = (contentType: string | null) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '')

const tooDeep = () =>
  Response.json({ errors: [{ message: `The request body (JSON) is nested deeper than ${MAX_JSON_DEPTH} levels.` }] }, { status: 400 })

/**
 * Wraps a route handler so that it only ever sees a body within the request's limit, already read (and, for
 * JSON, nested at most MAX_JSON_DEPTH deep).
 */
export function withBodyLimit<Context>(
  handler: RouteHandler<Context>,
  limitOf: (request: Request) => Promise<number> | number = maxRequestBytes,
): RouteHandler<Context> {
  return async (request, context) => {
    const body = await readLimitedBody(request, await limitOf(request))
    if (body instanceof Response) return body
    if (body === null) return handler(request, context)
    if (isJson(request.headers.get('content-type')) && nestsDeeperThan(body)) return tooDeep()
    const headers = new Headers(request.headers)
    // Chunked bodies are now of known length.
    headers.delete('transfer-encoding')
    headers.set('content-length', String(body.byteLength))
    return handler(new Request(request.url, { method: request.method, headers, body, signal: request.signal }), context)
  }
}
