#!/usr/bin/env node
/**
 * Builds the plugin package into dist/ (run by `npm pack` through `prepack`): src/factcheck/** becomes one ES
 * module per source file, as Payload's own packages ship, so that each component keeps its 'use client' directive
 * and the server/client boundary stays where the sources put it; .scss files are copied beside them (the host's
 * Next compiles them, as it does @payloadcms/ui's); declarations come from tsc. The sources import each other
 * without file extensions (bundler style); Node's ES module loader needs them, so the built files' relative
 * imports are given theirs (`./x` → `./x.js` or `./x/index.js`).
 */
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const source = path.join(root, 'src/factcheck')
const out = path.join(root, 'dist')

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )

rmSync(out, { recursive: true, force: true })
const files = filesUnder(source)
const modules = files.filter((file) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file) && !file.endsWith('.d.ts'))

await build({
  entryPoints: modules,
  outdir: out,
  outbase: source,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  jsx: 'automatic',
  logLevel: 'warning',
})
for (const file of files.filter((file) => /\.(scss|css|json)$/.test(file))) {
  const target = path.join(out, path.relative(source, file))
  mkdirSync(path.dirname(target), { recursive: true })
  copyFileSync(file, target)
}

// Declarations, in the same layout (tsc reports other helpers' type errors elsewhere; it emits regardless).
const tsconfig = path.join(out, 'tsconfig.build.json')
writeFileSync(
  tsconfig,
  JSON.stringify({
    extends: path.join(root, 'tsconfig.json'),
    compilerOptions: {
      noEmit: false,
      emitDeclarationOnly: true,
      declaration: true,
      incremental: false,
      rootDir: source,
      outDir: out,
      plugins: [],
    },
    include: modules,
  }),
)
try {
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', tsconfig], { stdio: 'pipe' })
} catch (error) {
  // Type errors do not stop declaration output; a missing declaration is caught below.
  const output = String(error.stdout ?? '')
  if (!existsSync(path.join(out, 'index.d.ts'))) throw new Error(`tsc emitted no declarations:\n${output}`)
}
rmSync(tsconfig)

/** `./x` → `./x.js` (or `./x/index.js`), resolved against the built files; anything else unchanged. */
function withExtension(fromFile, specifier) {
  if (!specifier.startsWith('.') || /\.(js|scss|css)$/.test(specifier)) return specifier
  const base = path.resolve(path.dirname(fromFile), specifier)
  if (specifier.endsWith('.json')) return specifier
  if (existsSync(`${base}.js`)) return `${specifier}.js`
  if (existsSync(base) && statSync(base).isDirectory() && existsSync(path.join(base, 'index.js'))) return `${specifier}/index.js`
  throw new Error(`${path.relative(out, fromFile)}: cannot resolve "${specifier}"`)
}

const importPattern = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g
for (const file of filesUnder(out).filter((file) => /\.(js|d\.ts)$/.test(file))) {
  const text = readFileSync(file, 'utf8')
  const rewritten = text.replace(importPattern, (match, lead, quote, specifier) => {
    const target = withExtension(file, specifier)
    const json = specifier.endsWith('.json') && file.endsWith('.js') ? ` with { type: 'json' }` : ''
    return target === specifier && !json ? match : `${lead}${quote}${target}${quote}${json}`
  })
  if (rewritten !== text) writeFileSync(file, rewritten)
}
console.log(`dist/: ${modules.length} modules with declarations`)
