import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { hasRole, isStaff } from './src/access/roles'
import { Articles } from './src/collections/Articles'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/database'
import { factCheckPlugin } from './src/factcheck'
import { seedDemo } from './src/seed/demo'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const production = process.env.NODE_ENV === 'production'

/**
 * PAYLOAD_SECRET signs sessions. Development falls back to a fixed secret; production without one gets a
 * random secret kept in data/ (so sessions survive restarts), never a guessable one.
 */
function secret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (!production) return 'development-only-secret-change-me'
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data', '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    console.warn(`PAYLOAD_SECRET is not set: using a random secret kept in ${file}`)
  }
  return readFileSync(file, 'utf8').trim()
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // Gravatar needs the network; the admin panel works offline.
    avatar: 'default',
    meta: { titleSuffix: ' · Newsroom fact-check' },
  },
  collections: [Users, Articles],
  editor: lexicalEditor(),
  secret: secret(),
  db: databaseAdapter(),
  serverURL: process.env.SERVER_URL || undefined,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  plugins: [
    factCheckPlugin({
      articles: { articles: { field: 'body', dateField: 'publishedAt', urlPattern: '/articles/{slug}' } },
      access: {
        isStaff: ({ req }) => isStaff(req.user),
        canEditClaims: ({ req }) => hasRole(req.user, 'admin', 'editor'),
        canReview: ({ req }) => hasRole(req.user, 'admin', 'reviewer'),
        isAdmin: ({ req }) => hasRole(req.user, 'admin'),
      },
      publisher: { name: process.env.PUBLISHER_NAME || 'Example Newsroom', url: process.env.SERVER_URL || undefined },
      siteUrl: process.env.SERVER_URL || 'http://localhost:3000',
      api: {
        rateLimit: { max: Number(process.env.CHECK_RATE_LIMIT_MAX) || 60, windowMs: 60_000 },
        maxBodyBytes: Number(process.env.CHECK_MAX_BODY_BYTES) || 100_000,
      },
      // Tests and command-line tools run the queue themselves (or leave it to the app).
      autoRun: process.env.NODE_ENV === 'test' || process.env.FACTCHECK_AUTORUN === 'false' ? false : undefined,
    }),
  ],
  onInit: async (payload) => {
    if (process.env.NODE_ENV === 'development' && process.env.DEMO_SEED !== 'false') await seedDemo(payload)
  },
})
