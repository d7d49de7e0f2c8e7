import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export interface RunningApp {
  url: string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))

/** Ends the dev server and everything it started (it runs in its own process group). */
async function stopGroup(child: ChildProcess) {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {
      // The group is gone already.
    }
  }
  signal('SIGTERM')
  const killed = await Promise.race([exited(child).then(() => true), new Promise((resolve) => setTimeout(resolve, 10_000, false))])
  if (!killed) signal('SIGKILL')
  await exited(child)
}

/**
 * Starts the real app (`next dev`) on a free port with a fresh SQLite database under data/e2e/, which seeds
 * the corpus, the demo users and the demo article, and waits until it answers. Its output goes to `logFile`;
 * `env` adds to its environment (e.g. the SMTP server to send its emails to).
 */
export async function startApp(logFile: string, { env = {}, timeoutMs = 300_000 }: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningApp> {
  const port = await freePort()
  const databaseFile = path.resolve('data/e2e', `e2e-${port}-${Date.now()}.db`)
  mkdirSync(path.dirname(databaseFile), { recursive: true })
  const child = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'dev', '--port', String(port)], {
    // The demo data is seeded in development only; PORT tells the app its own origin (CSRF).
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URI: `file:${databaseFile}`, DEMO_SEED: 'true', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = createWriteStream(logFile)
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  const url = `http://localhost:${port}`

  const removeDatabase = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(databaseFile + suffix, { force: true })
  }
  // The server runs in its own process group, which no Ctrl-C reaches: end it however this process ends
  // (Playwright, for one, exits on SIGINT itself).
  const killNow = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Stopped already.
    }
    removeDatabase()
  }
  const onSignal = () => void stop().finally(() => process.exit(1))
  process.on('exit', killNow)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      await stopGroup(child)
      process.off('exit', killNow)
      log.end()
      removeDatabase()
    })())

  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next dev exited with code ${child.exitCode}; see ${logFile}`)
      if (Date.now() > deadline) throw new Error(`the app did not answer within ${timeoutMs / 1000} s; see ${logFile}`)
      // The login page answers once the admin is compiled and Payload (with the demo seed) is up.
      const status = await fetch(`${url}/admin/login`).then((response) => response.status, () => 0)
      if (status === 200) return { url, stop }
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  } catch (error) {
    await stop()
    throw error
  }
}
