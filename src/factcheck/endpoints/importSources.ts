import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { ResolvedFactCheckOptions } from '../options'

import { importSources } from '../services/corpusImport'
import { parseSourceLines, type LineError, toSource } from '../services/sourceFiles'
import { errorResponse, hasMediaType } from './errors'
import { body, documented, errorResponses, type OpenApiOperation, REQUIRED_AUTH } from './openapi'
import { responseSchemas } from './schemas'

/** Most sources one request may carry: the import runs in one transaction. */
export const MAX_IMPORT_LINES = 1_000

const MEDIA_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/plain']

export const importSummarySchema = z
  .object({
    added: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    dryRun: z.boolean(),
  })
  .register(responseSchemas, { id: 'ImportSummary', description: 'What the import wrote (or, on a dry run, would write).' })

const importOperation = ({ api }: ResolvedFactCheckOptions): OpenApiOperation => ({
  operationId: 'importSources',
  summary: 'Import corpus sources in bulk (JSON lines)',
  description:
    'Admins only. One source a line: {"key","title","text","publisher"?,"publishedAt"?,"url"?}, or a file\'s raw content ' +
    '{"file":"report.html","content":"…"} (.txt, .md, .html; the key defaults to the file stem). All or nothing: a bad ' +
    'line stores nothing. Idempotent: unchanged sources are not written; changed ones are re-indexed. `?dryRun=true` ' +
    'reports without writing.',
  security: REQUIRED_AUTH,
  parameters: [{ name: 'dryRun', in: 'query', required: false, schema: { type: 'boolean' } }],
  requestBody: {
    required: true,
    content: { 'application/x-ndjson': { schema: { type: 'string', description: `At most ${MAX_IMPORT_LINES} lines` } } },
  },
  responses: {
    200: { description: 'What was added, updated and left unchanged', ...body(importSummarySchema) },
    ...errorResponses({
      400: 'Bad lines, each named by its line number in `path` ("line 3")',
      401: 'No valid credentials',
      403: 'The user may not manage the corpus',
      413: `The body is larger than ${api.maxImportBytes} bytes or has more than ${MAX_IMPORT_LINES} sources`,
      415: 'The Content-Type is not application/x-ndjson (or text/plain)',
    }),
  },
})

const lineErrors = (errors: LineError[]) =>
  errorResponse(
    400,
    errors.map(({ line, message }) => ({ message: `line ${line}: ${message}`, path: `line ${line}` })),
  )

/** `POST /api/factcheck/sources/import`: the bulk import of the corpus, through the same service as the CLI. */
export function importSourcesEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  const maxBytes = options.api.maxImportBytes
  return documented(
    {
      path: '/factcheck/sources/import',
      method: 'post',
      // The app's request size limit (src/http/) lets this endpoint's own, larger one apply.
      custom: { maxBodyBytes: maxBytes },
      handler: async (req) => {
        if (!req.user) {
          return errorResponse(401, 'authentication required: log in, or send "Authorization: <users-slug> API-Key <key>"')
        }
        if (!(await options.access.isAdmin({ req }))) return errorResponse(403, 'your role may not manage the corpus')
        const contentType = req.headers.get('content-type') ?? ''
        if (!hasMediaType(contentType, MEDIA_TYPES)) {
          return errorResponse(415, `Content-Type must be application/x-ndjson (JSON lines), got "${contentType || 'none'}"`)
        }
        const tooLarge = () => errorResponse(413, `request body is larger than the limit of ${maxBytes} bytes`)
        if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return tooLarge()
        const raw = (await req.text?.()) ?? ''
        if (Buffer.byteLength(raw) > maxBytes) return tooLarge()

        const { lines, errors } = parseSourceLines(raw)
        if (lines.length + errors.length > MAX_IMPORT_LINES) {
          return errorResponse(413, `at most ${MAX_IMPORT_LINES} sources a request; split the file`)
        }
        const items = []
        const keys = new Map<string, number>()
        for (const { line, source } of lines) {
          const parsed = toSource(source)
          if ('error' in parsed) {
            errors.push({ line, message: parsed.error })
            continue
          }
          const first = keys.get(parsed.key)
          if (first !== undefined) errors.push({ line, message: `key "${parsed.key}" is also on line ${first}` })
          keys.set(parsed.key, first ?? line)
          items.push({ origin: `line ${line}`, source: parsed })
        }
        if (lines.length === 0 && errors.length === 0) return errorResponse(400, 'the body has no sources')
        if (errors.length > 0) return lineErrors(errors.sort((a, b) => a.line - b.line))

        const dryRun = req.searchParams?.get('dryRun') === 'true'
        const { added, updated, unchanged } = await importSources(req, options, items, { dryRun, atomic: true })
        return Response.json({ added, updated, unchanged, dryRun } satisfies z.infer<typeof importSummarySchema>)
      },
    },
    importOperation(options),
  )
}
