import { execFile } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

/** The Debian PostgreSQL 15 server binaries. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin'

const run = promisify(execFile)

export interface PostgresServer {
  /** Connection string of its `postgres` database (trust auth, user postgres). */
  uri: string
  start: () => Promise<void>
  /** Shuts the server down the way an operator would (`pg_ctl stop -m fast`): sessions are ended, nothing is lost. */
  stop: () => Promise<void>
  /** Stops the server if it runs and deletes its files. */
  destroy: () => Promise<void>
}

/** PostgreSQL refuses to run as root: its commands run as the `postgres` OS user when we are root. */
const asPostgres = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? run('runuser', ['-u', 'postgres', '--', path.join(POSTGRES_BIN, command), ...args])
    : run(path.join(POSTGRES_BIN, command), args)

async function isFreePort(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 55432 + Math.floor(Math.random() * 1000)
    if (await isFreePort(port)) return port
  }
  throw new Error('no free port in 55432–56431')
}

/**
 * A private PostgreSQL server in a fresh temporary directory, on a free port, for tests that stop and start
 * their database: the shared server is never touched. Its socket lives in that directory too.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-pg-'))
  const data = path.join(dir, 'data')
  const destroy = async () => {
    // Fails when no server runs: then there is nothing to stop.
    await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {})
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    if (process.getuid?.() === 0) {
      const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])])
      chownSync(dir, Number(uid.stdout), Number(gid.stdout))
    }
    await asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'])
    const port = await freePort()
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`
    const start = async () => {
      await asPostgres('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', 'start'])
    }
    await start()
    return {
      uri: `postgres://postgres@127.0.0.1:${port}/postgres`,
      start,
      stop: async () => {
        await asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      },
      destroy,
    }
  } catch (error) {
    await destroy().catch(() => {})
    throw error
  }
}
