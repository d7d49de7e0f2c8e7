/**
 * Folders and files → sources for the import: every supported file of a folder (and its subfolders), with what
 * the folder's manifest.json (the shape of seeds/manifest.json) says about each file. What cannot be read is
 * reported with the reason and skipped.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import type { ImportFailure, ImportItem } from './corpusImport'

import { fileType, type ManifestEntry, manifestSchema, parseSourceLines, SOURCE_FILE_TYPES, toSource } from './sourceFiles'

export interface Collected {
  items: ImportItem[]
  failed: ImportFailure[]
}

async function readManifest(dir: string, collected: Collected): Promise<Map<string, ManifestEntry>> {
  const file = path.join(dir, 'manifest.json')
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch {
    return new Map()
  }
  try {
    const manifest = manifestSchema.parse(JSON.parse(raw))
    return new Map(manifest.sources.map((entry) => [path.resolve(dir, entry.file), entry]))
  } catch (error) {
    collected.failed.push({ origin: file, reason: `manifest ignored: ${(error as Error).message.split('\n')[0]}` })
    return new Map()
  }
}

async function collectFile(file: string, manifest: Map<string, ManifestEntry>, collected: Collected) {
  const type = fileType(file)
  let content: string
  try {
    content = await readFile(file, 'utf8')
  } catch (error) {
    collected.failed.push({ origin: file, reason: `unreadable: ${(error as Error).message}` })
    return
  }
  if (type === '.jsonl') {
    const { lines, errors } = parseSourceLines(content)
    for (const { line, message } of errors) collected.failed.push({ origin: `${file}:${line}`, reason: message })
    for (const { line, source } of lines) addSource(`${file}:${line}`, toSource(source), collected)
    return
  }
  const { file: _name, ...entry } = manifest.get(path.resolve(file)) ?? { file }
  addSource(file, toSource({ ...stripNulls(entry), file, content }), collected)
}

const stripNulls = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as T

function addSource(origin: string, parsed: ReturnType<typeof toSource>, collected: Collected) {
  if ('error' in parsed) collected.failed.push({ origin, reason: parsed.error })
  else collected.items.push({ origin, source: parsed })
}

async function collect(target: string, collected: Collected) {
  const info = await stat(target).catch(() => null)
  if (!info) {
    collected.failed.push({ origin: target, reason: 'no such file or folder' })
    return
  }
  if (info.isFile()) return collectFile(target, await readManifest(path.dirname(target), collected), collected)
  const manifest = await readManifest(target, collected)
  const entries = (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = path.join(target, entry.name)
    if (entry.isDirectory()) await collect(full, collected)
    else if (entry.name === 'manifest.json' || entry.name.startsWith('.')) continue
    else if ([...SOURCE_FILE_TYPES, '.jsonl'].includes(fileType(entry.name) as never)) await collectFile(full, manifest, collected)
    else collected.failed.push({ origin: full, reason: `skipped: unsupported file type "${fileType(entry.name) || entry.name}"` })
  }
}

/** Reads the given files and folders (absolute paths). */
export async function collectSources(targets: string[]): Promise<Collected> {
  const collected: Collected = { items: [], failed: [] }
  for (const target of targets) await collect(target, collected)
  return collected
}
