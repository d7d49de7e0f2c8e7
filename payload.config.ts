import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { randomBytes } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { hardenCollections } from './src/access/harden'
import { factCheckAccess } from './src/access/roles'
import { Articles } from './src/collections/Articles'
import { Users } from './src/collections/Users'
import { smtpEmailAdapter } from './src/email/smtp'
import { databaseAdapter } from './src/database'
import { factCheckPlugin } from './src/factcheck'
import { DEMO_ALIASES } from './src/seed/aliases'
import { seedDemo } from './src/seed/demo'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Secrets that were published (an old default, the example file): a token signed with them is forgeable. */
const PUBLISHED_SECRETS = new Set(['development-only-secret-change-me', 'a-long-random-string'])

/**
 * PAYLOAD_SECRET signs sessions. Without one, every environment gets a random secret kept in data/ (so
 * sessions survive restarts), never a fixed or guessable one.
 */
function secret(): string {
  const configured = process.env.PAYLOAD_SECRET
  if (configured && PUBLISHED_SECRETS.has(configured)) {
    throw new Error('PAYLOAD_SECRET is a published example value: set a long random string of your own')
  }
  if (configured) return configured
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data', '.payload-secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    // Written aside and linked into place: processes starting together all end up with the same secret.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
    writeFileSync(draft, randomBytes(32).toString('hex'), { mode: 0o600 })
    try {
      linkSync(draft, file)
      console.warn(`PAYLOAD_SECRET is not set: using a random secret kept in ${file}`)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    } finally {
      unlinkSync(draft)
    }
  }
  return readFileSync(file, 'utf8').trim()
}

/**
 * Origins whose requests may be authenticated by the session cookie (Payload's CSRF check): the public URL
 * (SERVER_URL, which Payload adds itself), else this server on localhost, plus CSRF_ORIGINS (comma-separated).
 * Never empty: an empty list would let every site post with a logged-in user's cookie.
 */
function trustedOrigins(): string[] {
  const port = process.env.PORT || '3000'
  const own = process.env.SERVER_URL ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  const extra = (process.env.CSRF_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
  return [...own, ...extra]
}

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // Gravatar needs the network; the admin panel works offline.
    avatar: 'default',
    meta: { titleSuffix: ' · Newsroom fact-check' },
  },
  // The admin panel in each user's language (their account's setting, else the browser's): the plugin speaks all three.
  i18n: { supportedLanguages: { en, de, fr }, fallbackLanguage: 'en' },
  collections: [Users, Articles],
  editor: lexicalEditor(),
  secret: secret(),
  db: databaseAdapter(),
  serverURL: process.env.SERVER_URL || undefined,
  csrf: trustedOrigins(),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
  // SMTP (nodemailer) when SMTP_HOST is set; otherwise Payload's console adapter logs each email.
  email: smtpEmailAdapter(),
  plugins: [
    factCheckPlugin({
      articles: { articles: { field: 'body', dateField: 'publishedAt', urlPattern: '/articles/{slug}' } },
      access: factCheckAccess,
      publisher: { name: process.env.PUBLISHER_NAME || 'Example Newsroom', url: process.env.SERVER_URL || undefined },
      siteUrl: process.env.SERVER_URL || 'http://localhost:3000',
      // The demo newsroom's own names for places of its seed story (see README, "Aliases").
      aliases: DEMO_ALIASES,
      desk: { secondReview: process.env.FACTCHECK_SECOND_REVIEW === 'true' },
      api: {
        rateLimit: { max: Number(process.env.CHECK_RATE_LIMIT_MAX) || 60, windowMs: 60_000 },
        maxBodyBytes: Number(process.env.CHECK_MAX_BODY_BYTES) || 100_000,
      },
      // The example app runs the fact-check queue itself; tests and command-line tools run it themselves (or leave it
      // to the app).
      autoRun: process.env.NODE_ENV === 'test' || process.env.FACTCHECK_AUTORUN === 'false' ? false : '*/5 * * * * *',
    }),
    hardenCollections(),
  ],
  onInit: async (payload) => {
    if (process.env.NODE_ENV === 'development' && process.env.DEMO_SEED !== 'false') await seedDemo(payload)
  },
})
