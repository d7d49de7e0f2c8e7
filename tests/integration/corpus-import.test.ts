/**
 * The corpus import: folders with a manifest, HTML extraction, idempotence by content hash, re-indexing of a
 * changed file, bad files reported and skipped, dry runs, removal; the re-index after an engine upgrade; and the
 * admin-only bulk endpoint.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'

import { ENGINE_VERSION } from '../../src/factcheck/engine'
import { pluginOptions } from '../../src/factcheck/options'
import { IMPORT_BATCH, importSources, reindexSources, removeSourceByKey, warnOfOutdatedIndex } from '../../src/factcheck/services/corpusImport'
import { corpusStore } from '../../src/factcheck/services/corpusStore'
import { collectSources } from '../../src/factcheck/services/sourceFolders'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, request, userWithRoles } from '../helpers/client'

let app: TestApp
let dir: string
let admin: Credentials, editor: Credentials

const REPORT = 'Flooding in Calder Vale destroyed 240 homes on Tuesday, the county council said.'
const PAGE = `<!doctype html><html><head><title>Harbour reopens | Coastal Post</title>
<meta property="article:published_time" content="2023-06-14T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport 24</a></nav>
<article><h1>Harbour reopens</h1><p>The harbour at Port Alden reopened after 19 days of repairs.</p>
<p>Some 85 fishing boats are registered there.</p></article>
<aside>Most read: 7 ways to save 300 pounds</aside><script>window.ads = 99</script></body></html>`

function write(file: string, content: string | Buffer) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), content)
}

async function importFolder(options: { dryRun?: boolean } = {}, targets = [dir]) {
  const collected = await collectSources(targets)
  const summary = await importSources(await createLocalReq({}, app.payload), pluginOptions(app.payload), collected.items, options)
  return { ...summary, failed: [...collected.failed, ...summary.failed] }
}

const sourceByKey = async (key: string) =>
  (await app.payload.find({ collection: 'sources', where: { key: { equals: key } }, depth: 0 })).docs[0] as any
const indexRowsOf = async (key: string) =>
  (await app.payload.find({ collection: 'corpus-figures', where: { sourceKey: { equals: key } }, pagination: false, depth: 0 })).docs as any[]
const counts = async () => ({
  sources: (await app.payload.count({ collection: 'sources' })).totalDocs,
  figures: (await app.payload.count({ collection: 'corpus-figures' })).totalDocs,
})

/** `npm run corpus -- <args>` on the test's database. */
const corpus = (...args: string[]) =>
  spawnSync(process.execPath, ['src/scripts/run.mjs', 'src/scripts/corpus.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: process.env.DATABASE_URI, FACTCHECK_AUTORUN: 'false', NODE_OPTIONS: '' },
    timeout: 120_000,
  })

beforeAll(async () => {
  app = await startApp()
  dir = mkdtempSync(path.join(os.tmpdir(), 'corpus-import-'))
  write(
    'floods/manifest.json',
    JSON.stringify({
      sources: [
        { key: 'calder-floods', file: 'day-one.txt', title: 'Calder Vale floods', publisher: 'Valley Wire', publishedAt: '2024-02-06', url: null },
      ],
    }),
  )
  write('floods/day-one.txt', REPORT)
  write('harbour.html', PAGE)
  write('notes.md', '# Council budget\n\nThe council approved a **budget** of 42 million euros, [the minutes](https://example.org/m/77) show.\n')
  write('wire.jsonl', `${JSON.stringify({ key: 'wire-rail', title: 'Rail strike', text: 'The rail strike lasted three days.', publishedAt: '2024-01-09' })}\n{"key": "broken"\n`)
  write('empty.txt', '   \n')
  write('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
  admin = await userWithRoles(app.payload, app.server.url, ['admin'])
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
})

afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('command-line import (the service behind `npm run corpus`)', () => {
  it('dry run reports what it would do and writes nothing', async () => {
    const summary = await importFolder({ dryRun: true })
    expect(summary).toMatchObject({ added: 4, updated: 0, unchanged: 0, dryRun: true })
    expect(await counts()).toEqual({ sources: 0, figures: 0 })
  })

  it('imports a folder: manifest fields, keys from file stems, HTML and Markdown read as text, bad files reported and skipped', async () => {
    const summary = await importFolder()
    expect(summary).toMatchObject({ added: 4, updated: 0, unchanged: 0 })
    const reasons = Object.fromEntries(summary.failed.map((failure) => [path.basename(failure.origin), failure.reason]))
    expect(Object.keys(reasons).sort()).toEqual(['empty.txt', 'photo.png', 'wire.jsonl:2'])
    expect(reasons['empty.txt']).toMatch(/no text/)
    expect(reasons['photo.png']).toMatch(/unsupported file type/)
    expect(reasons['wire.jsonl:2']).toMatch(/not JSON/)

    const floods = await sourceByKey('calder-floods')
    expect(floods).toMatchObject({ title: 'Calder Vale floods', publisher: 'Valley Wire', text: REPORT })
    expect(String(floods.publishedAt)).toMatch(/^2024-02-06/)
    expect(floods.figureCount).toBeGreaterThan(0)
    const rows = await indexRowsOf('calder-floods')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.sourceDate === '2024-02-06' && String(row.source) === String(floods.id))).toBe(true)
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
    expect(rows.every((row) => row.id !== null && row.id !== undefined)).toBe(true)

    const harbour = await sourceByKey('harbour')
    expect(harbour.title).toMatch(/Harbour reopens/)
    expect(String(harbour.publishedAt)).toMatch(/^2023-06-14/)
    expect(harbour.text).toContain('reopened after 19 days of repairs')
    expect(harbour.text).toContain('85 fishing boats')
    expect(harbour.text).not.toMatch(/Sport 24|window\.ads|save 300 pounds/)

    const notes = await sourceByKey('notes')
    expect(notes.title).toBe('Council budget')
    expect(notes.text).toContain('approved a budget of 42 million euros, the minutes show')
    expect(notes.text).not.toContain('example.org')
    expect((await sourceByKey('wire-rail')).title).toBe('Rail strike')
    expect(await sourceByKey('broken')).toBeUndefined()
  })

  it('imports the same folder again without writing anything', async () => {
    const before = await counts()
    const updatedAt = (await sourceByKey('calder-floods')).updatedAt
    const summary = await importFolder()
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 4 })
    expect(await counts()).toEqual(before)
    expect((await sourceByKey('calder-floods')).updatedAt).toBe(updatedAt)
  })

  it('re-indexes a changed file, replacing its index rows, and queues one re-check for the batch', async () => {
    const jobsBefore = (await app.payload.count({ collection: 'payload-jobs' })).totalDocs
    write('floods/day-one.txt', 'Flooding in Calder Vale destroyed 310 homes on Tuesday, the county council said.')
    const summary = await importFolder()
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 3 })
    const rows = await indexRowsOf('calder-floods')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.quote.includes('310 homes'))).toBe(true)
    expect((await sourceByKey('calder-floods')).text).toContain('310 homes')
    expect((await app.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore + 1)
  })

  it('stores nothing of a source whose write fails, and the rest of its batch all the same', async () => {
    const store = corpusStore(app.payload)
    const writeBatch = store.writeBatch
    store.writeBatch = async (req, batch) => {
      if (batch.rows.some((row) => row.sourceKey === 'poisoned')) throw new Error('disk full')
      return writeBatch(req, batch)
    }
    try {
      write('late/poisoned.txt', 'The ferry to Carrow Isle carried 310 passengers on Friday.')
      write('late/fine.txt', 'The ferry to Carrow Isle made 14 crossings on Saturday.')
      const summary = await importFolder()
      expect(summary).toMatchObject({ added: 1 })
      expect(summary.failed.find((failure) => failure.key === 'poisoned')?.reason).toMatch(/not stored: disk full/)
    } finally {
      store.writeBatch = writeBatch
    }
    expect(await sourceByKey('poisoned')).toBeUndefined()
    expect(await indexRowsOf('poisoned')).toEqual([])
    expect((await sourceByKey('fine')).figureCount).toBeGreaterThan(0)
    expect((await indexRowsOf('fine')).length).toBeGreaterThan(0)
  })

  it('runs as `npm run corpus`: a summary with the failures, exit code 1 when any failed, and the list', async () => {
    const imported = corpus('import', dir, '--dry-run')
    expect(imported.stdout).toMatch(/^dry run: 1 would be added, 0 would be updated, 5 unchanged, 3 failed$/m)
    expect(imported.stdout).toMatch(/failed: .*photo\.png: skipped: unsupported file type/)
    expect(imported.stderr).toMatch(/6\/6 sources/)
    expect(imported.status).toBe(1)
    const listed = corpus('list')
    expect(listed.status).toBe(0)
    expect(listed.stdout).toMatch(/^calder-floods\t2024-02-06\t\d+ figures\tCalder Vale floods$/m)
  })

  it('removes a source by key with its index rows', async () => {
    const req = await createLocalReq({}, app.payload)
    expect(await removeSourceByKey(req, 'notes')).toBe(true)
    expect(await removeSourceByKey(req, 'notes')).toBe(false)
    expect(await sourceByKey('notes')).toBeUndefined()
    expect(await indexRowsOf('notes')).toEqual([])
  })
})

describe('re-index after an engine upgrade (`npm run corpus -- reindex`)', () => {
  /** A source as an older engine left it: other figures (here none), another version (or none: a database from before versions). */
  async function indexedByOlderEngine(key: string, indexVersion: null | string = '0ld3n9in3000') {
    const source = await sourceByKey(key)
    const req = await createLocalReq({}, app.payload)
    await corpusStore(app.payload).writeBatch(req, {
      clearSources: [source.id],
      rows: [],
      sourceUpdates: [{ id: source.id, data: { indexVersion, figureCount: 0 } }],
    })
  }
  const reindex = async (all = false) => reindexSources(await createLocalReq({}, app.payload), pluginOptions(app.payload), { all })
  const figureIdsOf = async (key: string) => new Set((await indexRowsOf(key)).map((row) => row.figureId))

  it('every stored source records the engine version that indexed it', async () => {
    const { docs } = await app.payload.find({ collection: 'sources', pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(2)
    expect(docs.map((doc) => doc.indexVersion)).toEqual(docs.map(() => ENGINE_VERSION))
  })

  it('rebuilds the index of the sources another engine indexed from their stored text, and queues their re-check', async () => {
    await indexedByOlderEngine('calder-floods')
    const before = await sourceByKey('calder-floods')
    const untouched = await sourceByKey('harbour')
    const untouchedRows = (await indexRowsOf('harbour')).map((row) => row.id).sort()
    const jobsBefore = (await app.payload.count({ collection: 'payload-jobs' })).totalDocs
    const sources = (await app.payload.count({ collection: 'sources' })).totalDocs

    expect(await reindex()).toEqual({ reindexed: 1, upToDate: sources - 1, failed: [] })
    const rebuilt = await sourceByKey('calder-floods')
    expect(rebuilt.indexVersion).toBe(ENGINE_VERSION)
    expect(rebuilt.figureCount).toBeGreaterThan(0)
    expect(rebuilt.figureCount).toBe((await figureIdsOf('calder-floods')).size)
    expect((await indexRowsOf('calder-floods')).every((row) => row.quote.includes('310 homes'))).toBe(true)
    const ownFields = ({ key, title, text, publisher, publishedAt, url, contentHash }: any) => ({ key, title, text, publisher, publishedAt, url, contentHash })
    expect(ownFields(rebuilt)).toEqual(ownFields(before))
    expect(await sourceByKey('harbour')).toEqual(untouched)
    expect((await indexRowsOf('harbour')).map((row) => row.id).sort()).toEqual(untouchedRows)
    expect((await app.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore + 1)

    expect(await reindex()).toEqual({ reindexed: 0, upToDate: sources, failed: [] })
  })

  it('with `all`, rebuilds every source', async () => {
    const sources = (await app.payload.count({ collection: 'sources' })).totalDocs
    const rowIds = new Set((await app.payload.find({ collection: 'corpus-figures', pagination: false, depth: 0 })).docs.map((row) => row.id))
    expect(await reindex(true)).toEqual({ reindexed: sources, upToDate: 0, failed: [] })
    const after = (await app.payload.find({ collection: 'corpus-figures', pagination: false, depth: 0 })).docs
    expect(after.length).toBe(rowIds.size)
    expect(after.some((row) => rowIds.has(row.id))).toBe(false)
  })

  it('re-imports an unchanged file that another engine indexed as updated', async () => {
    await indexedByOlderEngine('harbour')
    const harbour = path.join(dir, 'harbour.html')
    expect(await importFolder({}, [harbour])).toMatchObject({ added: 0, updated: 1, unchanged: 0, failed: [] })
    expect((await sourceByKey('harbour')).indexVersion).toBe(ENGINE_VERSION)
    expect((await indexRowsOf('harbour')).length).toBeGreaterThan(0)
    expect(await importFolder({}, [harbour])).toMatchObject({ added: 0, updated: 0, unchanged: 1 })
  })

  it('warns once at start-up, with the count and the command, while any source is indexed by another engine', async () => {
    const logger = app.payload.logger
    const warn = logger.warn
    const warnings: unknown[] = []
    logger.warn = ((message: unknown) => void warnings.push(message)) as typeof warn
    try {
      await warnOfOutdatedIndex(app.payload)
      expect(warnings).toEqual([])
      await indexedByOlderEngine('harbour')
      await indexedByOlderEngine('wire-rail', null)
      await warnOfOutdatedIndex(app.payload)
    } finally {
      logger.warn = warn
    }
    expect(warnings).toHaveLength(1)
    expect(String(warnings[0])).toMatch(/^fact-check: 2 sources were indexed by another engine version.*: run `npm run corpus -- reindex`$/)
  })

  it('runs as `npm run corpus -- reindex`: the progress bar, then the summary', async () => {
    expect(corpus('reindex', 'harbour').status).toBe(2)
    const sources = (await app.payload.count({ collection: 'sources' })).totalDocs
    const reindexed = corpus('reindex')
    expect(reindexed.stdout).toMatch(new RegExp(`^2 reindexed, ${sources - 2} up to date, 0 failed$`, 'm'))
    expect(reindexed.stderr).toMatch(/2\/2 sources/)
    expect(reindexed.status).toBe(0)
    expect((await sourceByKey('wire-rail')).indexVersion).toBe(ENGINE_VERSION)
    expect((await indexRowsOf('wire-rail')).length).toBeGreaterThan(0)
  })

  it('pages through an archive of more sources than a batch, each source once', async () => {
    const size = IMPORT_BATCH + 20
    const items = Array.from({ length: size }, (_, i) => ({
      origin: `line ${i + 1}`,
      source: { key: `depot-${i}`, title: `Depot ${i}`, text: `The depot at Marlow stored ${i + 3} tonnes of grain.` },
    }))
    const req = await createLocalReq({}, app.payload)
    expect(await importSources(req, pluginOptions(app.payload), items)).toMatchObject({ added: size, failed: [] })
    await app.payload.db.updateMany({ collection: 'sources', where: { key: { like: 'depot-' } }, data: { indexVersion: '0ld3n9in3000' }, req })
    const sources = (await app.payload.count({ collection: 'sources' })).totalDocs
    expect(await reindex()).toEqual({ reindexed: size, upToDate: sources - size, failed: [] })
    expect((await app.payload.count({ collection: 'sources', where: { indexVersion: { equals: ENGINE_VERSION } } })).totalDocs).toBe(sources)
  })
})

describe('bulk endpoint POST /api/factcheck/sources/import', () => {
  const lines = (...sources: unknown[]) => sources.map((source) => (typeof source === 'string' ? source : JSON.stringify(source))).join('\n')
  const post = (body: string, auth?: Credentials, query = '', contentType = 'application/x-ndjson') =>
    request(app.server.url, 'POST', `/api/factcheck/sources/import${query}`, { auth, body, headers: { 'content-type': contentType } })
  const good = { key: 'api-bridge', title: 'Bridge closed', text: 'The Kellan bridge was closed for 11 weeks.', publishedAt: '2022-05-01' }

  it('refuses anonymous users (401) and staff who are not admins (403)', async () => {
    expect((await post(lines(good))).status).toBe(401)
    const forbidden = await post(lines(good), editor)
    expect(forbidden.status).toBe(403)
    expect(await sourceByKey('api-bridge')).toBeUndefined()
  })

  it('names every bad line with its number and stores nothing', async () => {
    const before = await counts()
    const response = await post(
      lines(good, '{"key": "x", "title": ', { key: 'api-no-text', title: 'No text' }, '', { key: 'api-bridge', title: 'Again', text: 'Twice.' }, { ...good, key: 'api-extra', colour: 'red' }),
      admin,
    )
    expect(response.status).toBe(400)
    const paths = response.body.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(['line 2', 'line 3', 'line 5', 'line 6'])
    expect(response.body.errors[0].message).toMatch(/^line 2: not JSON/)
    expect(response.body.errors[2].message).toMatch(/also on line 1/)
    expect(response.body.errors[3].message).toMatch(/colour/)
    expect(await counts()).toEqual(before)
  })

  it('checks the media type and the size limit', async () => {
    expect((await post(lines(good), admin, '', 'application/json')).status).toBe(415)
    const huge = lines({ ...good, text: 'x'.repeat(11_000_000) })
    expect((await post(huge, admin)).status).toBe(413)
  })

  it('imports JSON lines and raw files through the same service, idempotently; a dry run writes nothing', async () => {
    const body = lines(good, { file: 'pier.html', content: PAGE.replaceAll('Port Alden', 'Port Brisk'), publisher: 'Coastal Post' })
    const dry = await post(body, admin, '?dryRun=true')
    expect(dry.status).toBe(200)
    expect(dry.body).toEqual({ added: 2, updated: 0, unchanged: 0, dryRun: true })
    expect(await sourceByKey('api-bridge')).toBeUndefined()

    const first = await post(body, admin)
    expect(first.body).toEqual({ added: 2, updated: 0, unchanged: 0, dryRun: false })
    expect((await sourceByKey('pier')).text).toContain('Port Brisk')
    expect((await indexRowsOf('api-bridge')).length).toBeGreaterThan(0)
    const again = await post(body, admin)
    expect(again.body).toEqual({ added: 0, updated: 0, unchanged: 2, dryRun: false })
  })
})

describe('the admin’s one-source save shares the index path', () => {
  it('indexes a source created over REST, and re-indexes it when its text changes', async () => {
    const created = await request(app.server.url, 'POST', '/api/sources', {
      auth: admin,
      json: { key: 'rest-dam', title: 'Dam works', text: 'The Orrin dam holds 32 million cubic metres of water.', publishedAt: '2021-03-03' },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.figureCount).toBeGreaterThan(0)
    expect((await indexRowsOf('rest-dam')).every((row) => row.sourceDate === '2021-03-03')).toBe(true)
    const changed = await request(app.server.url, 'PATCH', `/api/sources/${created.body.doc.id}`, {
      auth: admin,
      json: { text: 'The Orrin dam holds 35 million cubic metres of water.' },
    })
    expect(changed.status).toBe(200)
    const rows = await indexRowsOf('rest-dam')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.quote.includes('35 million'))).toBe(true)
  })

  it('never lets a request set the derived fields', async () => {
    const created = await request(app.server.url, 'POST', '/api/sources', {
      auth: admin,
      json: { key: 'rest-forged', title: 'Forged', text: 'Nothing to count here.', contentHash: 'forged', figureCount: 99, indexVersion: 'forged' },
    })
    expect(created.status).toBe(201)
    const stored = await sourceByKey('rest-forged')
    expect(stored.contentHash).not.toBe('forged')
    expect(stored.figureCount).toBe(0)
    expect(stored.indexVersion).toBe(ENGINE_VERSION)

    const patch = (auth: Credentials) =>
      request(app.server.url, 'PATCH', `/api/sources/${stored.id}`, { auth, json: { indexVersion: 'x', contentHash: 'x', figureCount: 7 } })
    expect((await patch(admin)).status).toBe(200)
    expect((await patch(editor)).status).toBe(403)
    expect(await sourceByKey('rest-forged')).toMatchObject({ indexVersion: ENGINE_VERSION, contentHash: stored.contentHash, figureCount: 0 })
  })
})
