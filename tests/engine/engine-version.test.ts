/**
 * The recorded index version (src/factcheck/engine/version.ts) is the hash of the engine's files as they are:
 * stored sources say which engine indexed them, and a stale record would leave an upgrade's figures unrebuilt.
 */
import { ENGINE_VERSION } from '../../src/factcheck/engine/index.js'
import { engineHash } from '../../src/scripts/engineHash.js'

it('records the hash of the engine files on disk', () => {
  const current = engineHash()
  if (current !== ENGINE_VERSION) {
    throw new Error(`the engine changed: run \`npm run engine-version\` (recorded ${ENGINE_VERSION}, files hash to ${current})`)
  }
  expect(ENGINE_VERSION).toMatch(/^[0-9a-f]{12}$/)
})
