/**
 * Source files → sources: the one place that reads `.txt`, `.md`, `.html` and `.jsonl` content, for the
 * command line, the bulk endpoint and the admin upload alike. HTML goes through Mozilla's Readability (the
 * Firefox Reader View extractor) on linkedom, a small server-side DOM: the article's text without navigation,
 * ads and scripts.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { z } from 'zod'

import type { SourceContent } from './corpusIndex'

export const SOURCE_FILE_TYPES = ['.txt', '.md', '.html', '.htm'] as const

/** Longest source text accepted (characters): the engine's work per source stays bounded. */
export const MAX_SOURCE_CHARS = 500_000
const MAX_TITLE_CHARS = 500

const day = z.iso.date({ error: 'publishedAt must be a date as YYYY-MM-DD' })
const optionalText = z.string().trim().min(1).nullish()

/** A manifest entry (the shape of seeds/manifest.json): what the file itself does not say. */
export const manifestEntrySchema = z.object({
  key: z.string().trim().min(1).max(200).optional(),
  file: z.string().min(1),
  title: z.string().trim().min(1).max(MAX_TITLE_CHARS).optional(),
  publisher: optionalText,
  publishedAt: day.nullish(),
  url: z.url({ error: 'url must be a URL' }).nullish(),
})
export type ManifestEntry = z.infer<typeof manifestEntrySchema>

export const manifestSchema = z.object({ sources: z.array(manifestEntrySchema) })

/**
 * One line of a JSON-lines import: a source (`key`, `title`, `text`), or a file's raw content (`file`,
 * `content`) with what a manifest would add.
 */
export const sourceLineSchema = z
  .object({
    key: z.string().trim().min(1, 'key must not be empty').max(200).optional(),
    title: z.string().trim().min(1, 'title must not be empty').max(MAX_TITLE_CHARS).optional(),
    text: z.string().optional(),
    file: z.string().min(1).optional(),
    content: z.string().optional(),
    publisher: optionalText,
    publishedAt: day.nullish(),
    url: z.url({ error: 'url must be a URL' }).nullish(),
  })
  .strict()
  .refine((line) => (line.text === undefined) !== (line.content === undefined), {
    message: 'give either "text" (with "key" and "title") or "file" with its "content"',
  })
  .refine((line) => line.content === undefined || line.file !== undefined, { message: '"content" needs "file", its name' })
export type SourceLine = z.infer<typeof sourceLineSchema>

export const fileStem = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
export const fileType = (name: string) => (/\.[^./\\]+$/.exec(name)?.[0] ?? '').toLowerCase()

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th'

/** Readable text of an HTML page: its article's blocks as paragraphs; its title and date when it states them. */
export function readHtml(html: string): { text: string; title?: string; publishedAt?: string } {
  const { document } = parseHTML(html)
  const article = new Readability(document as unknown as Document, { charThreshold: 0 }).parse()
  const { document: content } = parseHTML(`<!doctype html><html><body>${article?.content ?? document.body?.innerHTML ?? ''}</body></html>`)
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // A block inside another block is read with its parent.
    .filter((block) => !block.parentElement?.closest(BLOCKS))
    .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const text = blocks.length > 0 ? blocks.join('\n\n') : (content.body?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const published = article?.publishedTime ? new Date(article.publishedTime) : undefined
  return {
    text,
    title: article?.title?.trim() || undefined,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published.toISOString().slice(0, 10) : undefined,
  }
}

/** Markdown's markup, not its words: links keep their text, images and emphasis marks go. */
export const readMarkdown = (markdown: string) =>
  markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]+?)\1/g, '$2')

const firstLine = (text: string) => text.split('\n').map((line) => line.trim()).find(Boolean)?.slice(0, MAX_TITLE_CHARS)

/** A line or a file → a source, or the reason it is not one. */
export function toSource(line: SourceLine): SourceContent | { error: string } {
  let { text, title, publishedAt } = line
  const key = line.key ?? (line.file ? fileStem(line.file) : undefined)
  if (line.content !== undefined && line.file) {
    const type = fileType(line.file)
    if (type === '.html' || type === '.htm') {
      const page = readHtml(line.content)
      text = page.text
      title ??= page.title
      publishedAt ??= page.publishedAt
    } else if (type === '.md') {
      text = readMarkdown(line.content)
    } else if (type === '.txt') {
      text = line.content
    } else {
      return { error: `unsupported file type "${type || line.file}" (use ${SOURCE_FILE_TYPES.join(', ')} or .jsonl)` }
    }
    title ??= firstLine(text)
  }
  text = (text ?? '').replace(/\r\n?/g, '\n').trim()
  if (!key) return { error: 'no key: give "key" or "file"' }
  if (text.length === 0) return { error: 'no text' }
  if (text.includes('\u0000')) return { error: 'not a text file (it holds NUL bytes)' }
  if (text.length > MAX_SOURCE_CHARS) return { error: `text is longer than ${MAX_SOURCE_CHARS} characters` }
  if (!title) return { error: 'no title: give "title"' }
  return { key, title, text, publisher: line.publisher ?? null, publishedAt: publishedAt ?? null, url: line.url ?? null }
}

export interface LineError {
  line: number
  message: string
}

/** JSON lines → source lines; every bad line named with its number. Blank lines are passed over. */
export function parseSourceLines(body: string): { lines: Array<{ line: number; source: SourceLine }>; errors: LineError[] } {
  const lines: Array<{ line: number; source: SourceLine }> = []
  const errors: LineError[] = []
  body.split('\n').forEach((raw, index) => {
    const line = index + 1
    if (!raw.trim()) return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      errors.push({ line, message: `not JSON: ${(error as Error).message}` })
      return
    }
    const parsed = sourceLineSchema.safeParse(value)
    if (parsed.success) lines.push({ line, source: parsed.data })
    else {
      const issues = parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      )
      errors.push({ line, message: issues.join('; ') })
    }
  })
  return { lines, errors }
}
