/** Child processes for the install tests: commands run to completion, servers run in their own process group. */
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Runs a shell command line to completion, its output appended to `logFile`; throws on a non-zero exit. */
export async function run(command: string, options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }) {
  const started = Date.now()
  const child = spawn('bash', ['-c', command], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  const log = createWriteStream(options.logFile, { flags: 'a' })
  log.write(`$ ${command}\n`)
  child.stdout!.pipe(log, { end: false })
  child.stderr!.pipe(log, { end: false })
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
  await new Promise((resolve) => log.end(resolve))
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  if (code !== 0) throw new Error(`\`${command}\` exited with code ${code} after ${seconds} s; see ${options.logFile}`)
  console.log(`  ${command}: ${seconds} s`)
}

export interface Server {
  child: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  stop: () => Promise<void>
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))

/** Starts a long-running command line in its own process group, so that stopping it ends everything it started. */
export function startServer(command: string, options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Server {
  const child = spawn('bash', ['-c', command], { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const log = createWriteStream(options.logFile, { flags: 'a' })
  log.write(`$ ${command}\n`)
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The group has ended already.
    }
  }
  const killNow = () => signal('SIGKILL')
  process.on('exit', killNow)
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      signal('SIGTERM')
      const ended = await Promise.race([exited(child).then(() => true), new Promise((resolve) => setTimeout(resolve, 10_000, false))])
      if (!ended) killNow()
      await exited(child)
      // Workers of the group (Next's) can outlive the shell for a moment and still write into the folder.
      killNow()
      process.off('exit', killNow)
    })())
  return { child, output: () => readFileSync(options.logFile, 'utf8'), stop }
}

/** Polls `check` once a second until it returns a value, the server exits, or the time is up. */
export async function waitFor<T>(what: string, server: Server, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await check().catch(() => undefined)
    if (result !== undefined) return result
    if (server.child.exitCode !== null) throw new Error(`the server exited (code ${server.child.exitCode}) before ${what}`)
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}
