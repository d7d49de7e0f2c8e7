/**
 * `npm run dev`, before `next dev`: regenerates the import map, boots Payload once (which creates the database,
 * pushes the development schema and, on an empty database, seeds the demo through the config's onInit), then
 * prints where the admin panel is and who can log in. The first page request then finds a ready app.
 */
import nextEnv from '@next/env'
import { generateImportMap, getPayload } from 'payload'

import { DEFAULT_DEMO_PASSWORD, DEMO_USERS } from '../seed/demo'

// The same .env files next dev reads, in the same order, so both use the same database.
nextEnv.loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error })

const { default: configPromise } = await import('../../payload.config')
const config = await configPromise
await generateImportMap(config, { log: false })

const payload = await getPayload({ config })
const demo = await payload.find({
  collection: 'users',
  where: { email: { in: DEMO_USERS.map((user) => user.email) } },
  depth: 0,
  limit: DEMO_USERS.length,
  overrideAccess: true,
})
const url = `http://localhost:${process.env.PORT || 3000}/admin`
const lines = [``, `  Admin panel: ${url}  (first page compile takes a few seconds)`]
if (demo.docs.length > 0) {
  lines.push(`  Demo logins, password "${process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD}" (as seeded):`)
  for (const user of DEMO_USERS) {
    if (demo.docs.some((doc) => doc.email === user.email)) lines.push(`    ${user.email.padEnd(24)} ${user.roles.join(', ')}`)
  }
}
console.log(lines.join('\n') + '\n')
await payload.destroy()
process.exit(0)
