/**
 * `npm run test:package`: the plugin installed into a Payload app that is not this one. Packs the package
 * (`npm pack`, which builds dist/), then writes a minimal host app in a temporary folder — its own config, a `posts`
 * collection whose rich-text field is `content`, SQLite, no Next build — installs the tarball there from the npm
 * cache (`--prefer-offline`, the framework pinned to this repository's locked versions) and checks:
 *   - the dist's ES modules load in plain Node (`payload-plugin-factcheck/engine`: relative imports with extensions);
 *   - booted, the host has the plugin's collections;
 *   - the import map Payload generates there names the plugin's components as `payload-plugin-factcheck/client#…`
 *     and `/rsc#…`, and a bundler resolves every one of them to a named export of the installed package;
 *   - every client component file of the package keeps its 'use client' directive;
 *   - a post whose figure contradicts a source loaded through the plugin gets a flagged claim.
 *   npm run test:package [-- --keep]
 */
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { assert, run } from './processes'

const PACKAGE = 'payload-plugin-factcheck'
/** The host's framework, at the versions this repository's lock file pins (so npm finds them in its cache). */
const HOST_DEPENDENCIES = ['payload', '@payloadcms/db-sqlite', '@payloadcms/richtext-lexical', '@payloadcms/next', '@payloadcms/ui', 'next', 'react', 'react-dom', 'graphql']

/** The host app's own script: its config, then the checks that need Payload booted. Plain JavaScript, as a host may write. */
const HOST_APP = `
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, generateImportMap, getPayload } from 'payload'
import { factCheckPlugin } from '${PACKAGE}'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.cwd()
const paragraph = (text) => ({
  type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})
const richText = (...texts) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: texts.map(paragraph) } })

const config = await buildConfig({
  secret: randomBytes(24).toString('hex'),
  admin: { user: 'users', importMap: { baseDir: dir, importMapFile: path.join(dir, 'importMap.js') } },
  collections: [
    { slug: 'users', auth: true, fields: [] },
    {
      slug: 'posts',
      fields: [{ name: 'title', type: 'text' }, { name: 'publishedAt', type: 'date' }, { name: 'content', type: 'richText' }],
    },
  ],
  editor: lexicalEditor(),
  db: sqliteAdapter({ client: { url: 'file:' + path.join(dir, 'host.db') } }),
  plugins: [factCheckPlugin({ articles: { posts: { field: 'content' } } })],
})
await generateImportMap(config, { log: false })
const payload = await getPayload({ config })
const result = { collections: Object.keys(payload.collections) }

await payload.create({
  collection: 'sources',
  data: {
    key: 'council-2026-03-03',
    title: 'Harbour Bridge opens in Kelvindale',
    publishedAt: '2026-03-03T10:00:00.000Z',
    text:
      'The new Harbour Bridge in Kelvindale opened to traffic on Tuesday after three years of construction. ' +
      'It cost 40 million euros, the city council said. About 12,000 vehicles are expected to cross it every day.',
  },
})
const post = await payload.create({
  collection: 'posts',
  data: {
    title: 'Harbour Bridge opens in Kelvindale',
    publishedAt: '2026-03-05T08:00:00.000Z',
    // Two figures the source contradicts: one flagged claim is enough, whichever the engine of the day reads.
    content: richText(
      'The Harbour Bridge in Kelvindale opened after seven years of construction.',
      'About 30,000 vehicles are expected to cross the Harbour Bridge in Kelvindale every day.',
    ),
  },
})
// Long articles are checked in the jobs queue: run it (the host decides where its queue runs).
await payload.jobs.run({ queue: 'factcheck', limit: 100 })
const claims = await payload.find({ collection: 'claims', where: { article: { equals: post.id } }, depth: 0 })
result.claims = claims.docs.map((claim) => ({ text: claim.text, status: claim.status }))
result.importMap = readFileSync(path.join(dir, 'importMap.js'), 'utf8')
console.log('@@result ' + JSON.stringify(result))
await payload.destroy()
process.exit(0)
`

/** npm without the variables of the npm run that started this test (they would point it at this repository). */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') || name === 'npm_config_cache'),
  ) as NodeJS.ProcessEnv
}

const lockedVersion = (name: string) => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> }
  const entry = lock.packages[`node_modules/${name}`]
  assert(entry, `package-lock.json has no ${name}`)
  return entry.version
}

/**
 * Lexical's packages load their builds with top-level await, which deadlocks Node 20's ES module loader now and
 * then (see src/scripts/run.mjs): the host script runs as a bundle of Lexical and the plugin; everything else is
 * loaded by Node from the host's node_modules.
 */
async function bundleHostScript(app: string) {
  const bundled = new RegExp(`^(@payloadcms/richtext-lexical|@lexical/|lexical$|${PACKAGE}($|/))`)
  await build({
    entryPoints: [path.join(app, 'host.mjs')],
    outfile: path.join(app, 'host.bundle.mjs'),
    absWorkingDir: app,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'external-except-lexical-and-plugin',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => (bundled.test(args.path) ? undefined : { path: args.path, external: true }))
        },
      },
    ],
  })
}

/** Bundles the generated import map: every plugin entry must resolve, through the package's exports, to a named export. */
async function resolveImportMap(app: string) {
  await build({
    entryPoints: [path.join(app, 'importMap.js')],
    absWorkingDir: app,
    bundle: true,
    write: false,
    platform: 'neutral',
    format: 'esm',
    logLevel: 'silent',
    loader: { '.scss': 'empty', '.css': 'empty' },
    plugins: [
      {
        name: 'only-the-plugin',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => (args.path === PACKAGE || args.path.startsWith(`${PACKAGE}/`) ? undefined : { path: args.path, external: true }))
        },
      },
    ],
  })
}

async function main() {
  const keep = process.argv.includes('--keep')
  const outputDir = path.resolve('test-output/package')
  mkdirSync(outputDir, { recursive: true })
  const logFile = path.join(outputDir, 'commands.log')
  rmSync(logFile, { force: true })
  const work = mkdtempSync(path.join(tmpdir(), 'factcheck-package-'))
  const app = path.join(work, 'host')
  mkdirSync(app)
  const env = cleanEnvironment()
  const started = Date.now()
  console.log(`package test in ${work}; log: ${logFile}`)
  try {
    await run(`npm pack --silent --pack-destination ${JSON.stringify(work)}`, { cwd: process.cwd(), env, logFile })
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))
    assert(tarball, 'npm pack wrote no tarball')

    const dependencies = Object.fromEntries(HOST_DEPENDENCIES.map((name) => [name, lockedVersion(name)]))
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'host-app', private: true, type: 'module', dependencies: { ...dependencies, [PACKAGE]: `file:../${tarball}` } }, null, 2),
    )
    writeFileSync(path.join(app, 'host.mjs'), HOST_APP)
    await run('npm install --prefer-offline --no-audit --no-fund --loglevel=error', { cwd: app, env, logFile })

    // Plain Node, no bundler: the pure engine entry and its relative imports load as published.
    const engine = execFileSync(process.execPath, ['--input-type=module', '-e', `import('${PACKAGE}/engine').then((m) => console.log(typeof m.checkText))`], {
      cwd: app,
      encoding: 'utf8',
    })
    assert(engine.trim() === 'function', `${PACKAGE}/engine does not export checkText: ${engine}`)

    const installed = path.join(app, 'node_modules', PACKAGE, 'dist')
    const clientFiles = readdirSync(path.join(installed, 'components'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.client.js'))
    assert(clientFiles.length > 0, 'the package has no client components')
    for (const file of clientFiles) {
      const head = readFileSync(path.join(installed, 'components', file), 'utf8').slice(0, 20)
      assert(/^["']use client["']/.test(head), `dist/components/${file} lost its 'use client' directive`)
    }

    await bundleHostScript(app)
    const output = execFileSync(process.execPath, ['host.bundle.mjs'], { cwd: app, env: { ...env, NODE_ENV: 'development' }, encoding: 'utf8', maxBuffer: 64 << 20 })
    const line = output.split('\n').find((text) => text.startsWith('@@result '))
    assert(line, `the host app printed no result:\n${output.slice(-2000)}`)
    const result = JSON.parse(line.slice('@@result '.length)) as { collections: string[]; claims: Array<{ text: string; status: string }>; importMap: string }

    for (const slug of ['claims', 'verdicts', 'sources', 'corpus-figures']) {
      assert(result.collections.includes(slug), `the host has no "${slug}" collection: ${result.collections.join(', ')}`)
    }
    const pluginEntries = [...result.importMap.matchAll(new RegExp(`"(${PACKAGE}/(client|rsc)#\\w+)"`, 'g'))].map((match) => match[1])
    assert(pluginEntries.some((entry) => entry.includes('/client#')), 'the import map names no client component of the plugin')
    assert(pluginEntries.some((entry) => entry.includes('/rsc#')), 'the import map names no server component of the plugin')
    assert(!/src\/factcheck/.test(result.importMap), 'the import map refers to this repository\'s source folders')
    await resolveImportMap(app).catch((error: Error) => {
      throw new Error(`the generated import map does not resolve in the installed package: ${error.message}`)
    })
    console.log(`  import map: ${pluginEntries.length} plugin components resolve`)

    const flagged = result.claims.find((claim) => claim.status === 'conflict')
    assert(flagged, `no flagged claim for the post: ${JSON.stringify(result.claims)}`)
    console.log(`  flagged: "${flagged.text}"`)
    console.log(`package: passed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`package: FAILED: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
