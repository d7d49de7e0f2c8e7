#!/usr/bin/env node
/**
 * Runs a TypeScript entry script: bundles it (dependencies stay external) with esbuild, then imports it.
 * Loading TypeScript through Node 20's off-thread loader hooks (tsx) intermittently stalls Payload's
 * module graph (exit code 13); a plain JavaScript bundle has no loader to stall.
 *   node src/scripts/run.mjs src/scripts/factcheck.ts check --jsonl
 */
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** Lexical's packages load their builds with top-level await, which deadlocks Node 20's ESM loader now and
 * then (exit code 13); bundled, they are one module. Every other package stays external. */
const bundled = /^(@payloadcms\/richtext-lexical|@lexical\/|lexical$)/
const externalExceptLexical = {
  name: 'external-except-lexical',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (bundled.test(args.path) ? undefined : { path: args.path, external: true }))
  },
}

/** `import.meta.url` keeps naming each project file, not the bundle (payload.config.ts finds its folder by it). */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined
      const source = await readFile(args.path, 'utf8')
      const contents = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' }
    })
  },
}

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node src/scripts/run.mjs <entry.ts> [args…]')
  process.exit(2)
}
const outfile = path.resolve('node_modules/.cache/scripts', `${path.basename(entry, '.ts')}.mjs`)
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalExceptLexical, sourceUrls],
  sourcemap: 'inline',
  logLevel: 'warning',
})
process.argv = [process.argv[0], path.resolve(entry), ...args]
await import(pathToFileURL(outfile).href)
