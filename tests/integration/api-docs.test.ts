import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'

import { seedDemo } from '../../src/seed/demo'
import { startApp, type TestApp } from '../helpers/app'

/** The README's API section promises its shell examples work as written against `npm run dev`: they run here, in order. */

let app: TestApp

beforeAll(async () => {
  app = await startApp()
  await seedDemo(app.payload)
})

afterAll(async () => {
  await app?.close()
})

it('the curl examples of the README\'s API section work on the demo data', async () => {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('\n## API for consumers')
  const api = readme.slice(start, readme.indexOf('\n## ', start + 1))
  const blocks = [...api.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, code]) => code)
  expect(blocks.length).toBeGreaterThanOrEqual(7)
  const script = blocks
    .map((code, index) => `echo "@@block ${index}"\n${code}`)
    .join('\n')
    .replaceAll('http://localhost:3000', app.server.url)
    // An HTTP error fails the example (and so the test); otherwise the script is the documentation's.
    .replaceAll('curl -s', 'curl -s --fail-with-body')
  // Asynchronous: the server answering the examples runs in this process.
  const { stdout } = await promisify(execFile)('bash', ['-e', '-o', 'pipefail', '-c', script])
  const outputs = stdout.split(/@@block \d+\n/).slice(1)
  expect(outputs).toHaveLength(blocks.length)
  const output = (pattern: RegExp) => outputs.find((text) => pattern.test(text))
  expect(output(/"strategy":"api-key"/)).toMatch(/"email":"editor@example.com"/)
  expect(output(/"figures"/)).toMatch(/^\{"status":"conflict"/)
  expect(output(/^\{"@context"/)).toMatch(/"alternateName":"Inaccurate"/)
  // The article page's JSON-LD: the newsroom's own wrong figure is a correction of the NewsArticle.
  expect(output(/"@graph"/)).toMatch(/"@type":"NewsArticle","headline":"Moscow talks end without a deal"[\s\S]*"correction"/)
  expect(output(/"openapi":"3.1.0"/)).toBeDefined()
  expect(output(/"Verdicts"/)).toMatch(/"rating":"inaccurate"/)
})
