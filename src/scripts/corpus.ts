/**
 * The newsroom's archive, from the command line:
 *   corpus import <path>… [--dry-run]   folders and files: .txt, .md, .html, .jsonl; a folder's manifest.json
 *                                       (the shape of seeds/manifest.json) adds keys, titles, publishers, dates
 *   corpus list                         the sources: key, date, figures, title
 *   corpus remove <key>…                removes sources (their index and the claims' evidence follow)
 *   corpus reindex [--all]              re-extracts the figures of the sources indexed by another engine version
 *                                       (after an upgrade), or of all sources, from their stored text
 */
import type { Payload } from 'payload'

import path from 'node:path'

import { pluginOptions, pluginSlugs } from '../factcheck/options'
import { importSources, reindexSources, removeSourceByKey } from '../factcheck/services/corpusImport'
import { collectSources } from '../factcheck/services/sourceFolders'
import { bootForCli, cliRequest, exitWhenFlushed } from './boot'

const USAGE = 'usage: corpus import <path>… [--dry-run] | corpus list | corpus remove <key>… | corpus reindex [--all]'

/** A one-line progress bar on stderr, redrawn in place when stderr is a terminal. */
function progressBar() {
  const started = performance.now()
  let last = 0
  return ({ done, total }: { done: number; total: number }) => {
    const now = performance.now()
    if (done < total && now - last < 200) return
    last = now
    const width = 30
    const filled = Math.round((done / Math.max(1, total)) * width)
    const rate = done / Math.max(0.001, (now - started) / 1000)
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} sources, ${rate.toFixed(0)}/s`
    process.stderr.write(process.stderr.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`)
  }
}

async function importCommand(payload: Payload, targets: string[], dryRun: boolean): Promise<number> {
  const collected = await collectSources(targets.map((target) => path.resolve(target)))
  const summary = await importSources(await cliRequest(payload), pluginOptions(payload), collected.items, {
    dryRun,
    onProgress: progressBar(),
  })
  const failed = [...collected.failed, ...summary.failed]
  const verb = dryRun ? 'would be ' : ''
  console.log(
    `${dryRun ? 'dry run: ' : ''}${summary.added} ${verb}added, ${summary.updated} ${verb}updated, ` +
      `${summary.unchanged} unchanged, ${failed.length} failed`,
  )
  for (const failure of failed) console.log(`  failed: ${failure.origin}${failure.key ? ` (${failure.key})` : ''}: ${failure.reason}`)
  return failed.length > 0 ? 1 : 0
}

async function listCommand(payload: Payload) {
  const { docs } = await payload.find({
    collection: pluginSlugs(payload).sources,
    select: { key: true, title: true, publishedAt: true, figureCount: true } as never,
    sort: 'key',
    pagination: false,
    depth: 0,
  })
  for (const doc of docs as unknown as Array<{ key: string; title: string; publishedAt?: string; figureCount?: number }>) {
    const day = doc.publishedAt ? doc.publishedAt.slice(0, 10) : '----------'
    console.log(`${doc.key}\t${day}\t${doc.figureCount ?? 0} figures\t${doc.title}`)
  }
  console.error(`${docs.length} sources`)
}

async function removeCommand(payload: Payload, keys: string[]): Promise<number> {
  const req = await cliRequest(payload)
  let missing = 0
  for (const key of keys) {
    if (await removeSourceByKey(req, key)) console.log(`removed ${key}`)
    else {
      console.log(`no source with key "${key}"`)
      missing++
    }
  }
  return missing > 0 ? 1 : 0
}

async function reindexCommand(payload: Payload, all: boolean): Promise<number> {
  const summary = await reindexSources(await cliRequest(payload), pluginOptions(payload), { all, onProgress: progressBar() })
  console.log(`${summary.reindexed} reindexed, ${summary.upToDate} up to date, ${summary.failed.length} failed`)
  for (const failure of summary.failed) console.log(`  failed: ${failure.origin} (${failure.key}): ${failure.reason}`)
  return summary.failed.length > 0 ? 1 : 0
}

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  const dryRun = rest.includes('--dry-run')
  const args = rest.filter((arg) => arg !== '--dry-run')
  const valid =
    (command === 'import' && args.length > 0) ||
    command === 'list' ||
    (command === 'remove' && args.length > 0) ||
    (command === 'reindex' && !dryRun && args.every((arg) => arg === '--all'))
  if (!valid) {
    console.error(USAGE)
    process.exit(2)
  }
  const payload = await bootForCli()
  try {
    if (command === 'import') process.exitCode = await importCommand(payload, args, dryRun)
    else if (command === 'list') await listCommand(payload)
    else if (command === 'reindex') process.exitCode = await reindexCommand(payload, args.includes('--all'))
    else process.exitCode = await removeCommand(payload, args)
  } catch (error) {
    console.error(`corpus: ${(error as Error).stack ?? error}`)
    process.exitCode = 1
  }
  await exitWhenFlushed(payload)
}

// No top-level await in entry scripts: with Payload's module graph it can stall module loading under Node 20.
void main()
