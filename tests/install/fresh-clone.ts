/**
 * `npm run test:fresh-clone`: what a newcomer meets. Clones the committed repository into a temporary folder and
 * runs there exactly the commands of the README's "Set up and run" block, with nothing prepared beforehand (no
 * data/, no .env, no node_modules: npm fills them from its cache). The last command is the server; the ones
 * before it must finish first. Then, before any request, the start-up output must show the admin URL and the demo
 * logins (the demo is seeded at start, not on a first request); after it `/` redirects to the admin panel,
 * `/admin/login` answers 200, a demo user logs in over REST and finds the five seeded sources and a flagged claim.
 *   npm run test:fresh-clone [-- --keep]   (--keep leaves the clone in place)
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { assert, freePort, run, startServer, waitFor } from './processes'

/** The commands of the first shell block under the README's "Set up and run" heading, one a line. */
export function readmeCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Set up and run'))
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1]
  assert(block, 'README.md has no ```sh block under "## Set up and run"')
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
}

/** A newcomer's shell: none of this project's settings, none of the npm run that started this test. */
function newcomerEnvironment(port: number): NodeJS.ProcessEnv {
  const env = {} as NodeJS.ProcessEnv
  for (const [name, value] of Object.entries(process.env)) {
    const projectSetting = /^(DATABASE_|PAYLOAD_|DEMO_|FACTCHECK_|SERVER_URL$|NODE_ENV$|NODE_OPTIONS$|PORT$)/.test(name)
    const npmRun = name.startsWith('npm_') && name !== 'npm_config_cache'
    if (!projectSetting && !npmRun) env[name] = value
  }
  return { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' } as NodeJS.ProcessEnv
}

async function main() {
  const keep = process.argv.includes('--keep')
  const repository = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim()
  const outputDir = path.resolve('test-output/fresh-clone')
  mkdirSync(outputDir, { recursive: true })
  const logFile = path.join(outputDir, 'commands.log')
  rmSync(logFile, { force: true })
  const clone = mkdtempSync(path.join(tmpdir(), 'factcheck-clone-'))
  const port = await freePort()
  const env = newcomerEnvironment(port)
  const started = Date.now()
  console.log(`fresh clone of ${repository} (HEAD) in ${clone}; log: ${logFile}`)
  execFileSync('git', ['clone', '--quiet', repository, clone])

  const commands = readmeCommands(readFileSync(path.join(clone, 'README.md'), 'utf8'))
  assert(commands.length >= 1, 'the README block has no command')
  for (const command of commands.slice(0, -1)) await run(command, { cwd: clone, env, logFile })

  const server = startServer(commands.at(-1)!, { cwd: clone, env, logFile })
  try {
    const base = `http://localhost:${port}`
    // No request yet: the seeding and the logins must come from starting the app alone.
    await waitFor('the start-up output to show the admin URL and the demo logins', server, 300_000, async () => {
      const output = server.output()
      return output.includes(`${base}/admin`) && /admin@example\.com/.test(output) && /Ready in/.test(output) ? true : undefined
    })
    const root = await fetch(`${base}/`, { redirect: 'manual' })
    assert(root.status >= 300 && root.status < 400, `GET / answered ${root.status}, not a redirect`)
    assert(new URL(root.headers.get('location')!, base).pathname === '/admin', `GET / redirects to ${root.headers.get('location')}`)

    const status = await waitFor('/admin/login to answer', server, 300_000, async () => {
      const response = await fetch(`${base}/admin/login`)
      return response.status === 404 ? undefined : response.status
    })
    assert(status === 200, `GET /admin/login answered ${status}`)

    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.com', password: 'newsroom-demo' }),
    })
    assert(login.status === 200, `the demo login answered ${login.status}`)
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const sources = (await (await fetch(`${base}/api/sources?limit=1&depth=0`, { headers })).json()) as { totalDocs: number }
    assert(sources.totalDocs === 5, `${sources.totalDocs} sources, expected the 5 of seeds/`)
    const flagged = await waitFor('a flagged claim of the demo article', server, 60_000, async () => {
      const claims = (await (await fetch(`${base}/api/claims?where[status][equals]=conflict&depth=0`, { headers })).json()) as {
        docs: Array<{ text: string }>
      }
      return claims.docs[0]
    })
    console.log(`  flagged: "${flagged.text}"`)
    console.log(`fresh clone: passed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } finally {
    await server.stop()
    if (!keep) rmSync(clone, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`fresh clone: FAILED: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
