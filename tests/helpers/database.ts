import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * A fresh, empty database for one test file, on the adapter `base` (by default the environment's
 * `DATABASE_URI`) chooses: `postgres://…` → a new PostgreSQL database next to the one named;
 * `mongodb://…` → a new MongoDB database; anything else → a new SQLite file under data/test/.
 */
export async function freshDatabase(
  base: string = process.env.DATABASE_URI ?? '',
): Promise<{ uri: string; drop: () => Promise<void> }> {
  const name = `factcheck_test_${randomBytes(6).toString('hex')}`
  if (/^postgres(ql)?:\/\//.test(base)) {
    const { default: pg } = await import('pg')
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(base)
    url.pathname = `/${name}`
    return {
      uri: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: base })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  if (/^mongodb(\+srv)?:\/\//.test(base)) {
    const url = new URL(base)
    url.pathname = `/${name}`
    return { uri: url.toString(), drop: async () => {} }
  }
  const dir = path.resolve('data/test')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.db`)
  return {
    uri: `file:${file}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
    },
  }
}
