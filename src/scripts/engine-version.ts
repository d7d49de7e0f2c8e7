/**
 * `npm run engine-version`: records the engine's index version in src/factcheck/engine/version.ts. Run it after
 * any change to the engine or its place data (tests/engine/engine-version.test.ts fails until it is run).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { engineHash, VERSION_FILE, versionModule } from './engineHash'

const version = engineHash()
writeFileSync(VERSION_FILE, versionModule(version))
console.log(`engine version ${version} written to ${path.relative(process.cwd(), VERSION_FILE)}`)
