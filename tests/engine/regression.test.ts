/** Labelled claims checked against the seeded corpus: the shared dev sample and our held-out paraphrases. */
import { checkText } from '../../src/factcheck/engine/index.js'
import { devFile, hasDevFile, heldOutFile, isRight, readClaims, seedLookup, type LabelledClaim } from './helpers.js'

async function runClaims(claims: LabelledClaim[]) {
  const lookup = seedLookup()
  return Promise.all(claims.map(async (claim) => ({ claim, check: await checkText(claim.text, { lookup }) })))
}

function summary(results: Awaited<ReturnType<typeof runClaims>>): string {
  const right = results.filter(({ claim, check }) => isRight(claim, check)).length
  const withSources = results.filter(({ claim }) => claim.sources.length > 0)
  const cited = withSources.filter(({ claim, check }) =>
    claim.sources.some((source) => check.figures.some((f) => f.evidence.some((e) => e.source === source))),
  ).length
  return `accuracy ${right}/${results.length}, source recall ${cited}/${withSources.length}`
}

function describeClaims(name: string, claims: LabelledClaim[]) {
  describe(name, () => {
    test.each(claims.map((claim) => [claim.id, claim.text, claim] as const))('%s %s', async (_id, _text, claim) => {
      const [{ check }] = await runClaims([claim])
      expect(claim.expect).toContain(check.status)
      if (claim.sources.length) expect(isRight(claim, check)).toBe(true)
    })

    test('summary', async () => {
      const results = await runClaims(claims)
      console.info(`${name}: ${summary(results)}`)
      expect(results.filter(({ claim, check }) => !isRight(claim, check)).map(({ claim }) => claim.id)).toEqual([])
    })
  })
}

if (hasDevFile()) describeClaims('dev.jsonl (shared sample)', readClaims(devFile))
else test.skip(`dev.jsonl regression: ${devFile} is absent`, () => undefined)

describeClaims('held-out paraphrases', readClaims(heldOutFile))

test('the held-out set is large and includes off-topic figures', () => {
  const claims = readClaims(heldOutFile)
  expect(claims.length).toBeGreaterThanOrEqual(40)
  expect(claims.filter((c) => c.expect.includes('no_evidence')).length).toBeGreaterThanOrEqual(10)
})
