/**
 * End-to-end test of the editors' and reviewers' flow in the admin panel, in a real headless Chromium
 * (Debian's /usr/bin/chromium) against the real app (`next dev` on a fresh SQLite database with the demo users).
 * Screenshots of each step go to test-output/e2e/.
 *   npm run test:e2e
 */
import assert from 'node:assert/strict'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'

import { startApp } from './app'

const OUTPUT = path.resolve('test-output/e2e')
const PASSWORD = process.env.DEMO_PASSWORD || 'newsroom-demo'
const EDITOR = 'editor@example.com'
const REVIEWER = 'reviewer@example.com'
const WRONG_SENTENCE = 'The talks in Moscow lasted seven hours.'
const CORRECTED_SENTENCE = 'The talks in Moscow lasted five hours.'
const TITLE = 'Envoys leave Moscow after long talks'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

let stepNumber = 0
/** Runs one step of the flow and saves a screenshot of the page (or of `detail`) as it ends. */
async function step(page: Page, name: string, run: () => Promise<void>, detail?: () => Locator) {
  const file = `${String(++stepNumber).padStart(2, '0')}-${name}.png`
  process.stdout.write(`▶ ${name}\n`)
  try {
    await run()
    if (detail) await detail().screenshot({ path: path.join(OUTPUT, file) })
  } finally {
    if (!detail) await page.screenshot({ path: path.join(OUTPUT, file), fullPage: true })
  }
  process.stdout.write(`  ✓ ${file}\n`)
}

async function logIn(page: Page, baseUrl: string, email: string) {
  await page.context().clearCookies()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${baseUrl}/admin`)
}

/** The sentences the page highlights with the CSS Custom Highlight API, by highlight name. */
const highlightedTexts = (page: Page, name: string) =>
  page.evaluate((highlight) => [...(CSS.highlights.get(highlight) ?? [])].map((range) => range.toString()), name)

const claimItem = (page: Page, text: string) => page.locator('.factcheck-claim', { hasText: text })

async function flow(browser: Browser, baseUrl: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.setDefaultTimeout(120_000)
  const editor = page.locator('.rich-text-lexical[data-field-path="body"] [data-lexical-editor="true"]')
  let articleUrl = ''
  let verdictUrl = ''

  await step(page, 'editor-dashboard', async () => {
    await logIn(page, baseUrl, EDITOR)
    await page.locator('#factcheck-open-conflicts').waitFor()
    assert.match(await page.locator('.factcheck-dashboard').innerText(), /open conflicts[\s\S]*unreviewed claims/)
  })

  await step(page, 'editor-writes-article', async () => {
    await page.goto(`${baseUrl}/admin/collections/articles/create`)
    await page.fill('#field-title', TITLE)
    await editor.click()
    await page.keyboard.type(WRONG_SENTENCE)
    await page.locator('.factcheck-panel', { hasText: 'Save the article to check its figures.' }).waitFor()
  })

  await step(page, 'editor-sees-claim-flagged', async () => {
    await page.click('#action-save-draft')
    // The create view moves to the saved article's own URL.
    await page.waitForURL(/\/admin\/collections\/articles\/(?!create$)[^/]+$/)
    articleUrl = page.url()
    const claim = claimItem(page, WRONG_SENTENCE)
    await claim.and(page.locator('[data-claim-status="conflict"]')).waitFor()
    assert.equal(await claim.locator('[data-claim-badge="conflict"]').first().innerText(), 'Conflict')
    const contradiction = claim.locator('.factcheck-evidence__quote--conflicts').first()
    assert.match(await contradiction.locator('blockquote').innerText(), /five hours/i)
    // The source is named by its title (a link to it) and its key.
    assert.ok((await contradiction.locator('.factcheck-evidence__source a').innerText()).length > 0)
    assert.match(await contradiction.locator('.factcheck-evidence__source code').innerText(), /^\d{3}_[0-9a-f]+$/)
    assert.match(await claim.innerText(), /Contradicted by/)
  })

  await step(page, 'editor-sees-sentence-highlighted', async () => {
    await page.waitForFunction((sentence) => [...(CSS.highlights.get('factcheck-conflict') ?? [])].some((range) => range.toString() === sentence), WRONG_SENTENCE)
    assert.deepEqual(await highlightedTexts(page, 'factcheck-conflict'), [WRONG_SENTENCE])
    // Decoration only: the editor's content has no markup of the plugin.
    assert.equal(await editor.locator('mark, [class*="factcheck"], [data-claim-id]').count(), 0)
    assert.equal(await editor.innerText(), WRONG_SENTENCE)
  }, () => page.locator('.rich-text-lexical[data-field-path="body"]'))

  await step(page, 'reviewer-review-queue', async () => {
    await logIn(page, baseUrl, REVIEWER)
    assert.equal(await page.locator('#nav-review-queue').count(), 1)
    await page.click('.factcheck-dashboard__card--queue')
    await page.waitForURL(`${baseUrl}/admin/review-queue`)
    const conflicts = page.locator('[data-queue-group="conflict"]')
    await conflicts.locator('.factcheck-queue__claim', { hasText: WRONG_SENTENCE }).waitFor()
    assert.match(await conflicts.innerText(), new RegExp(`In\\s+${TITLE}`))
  })

  await step(page, 'reviewer-publishes-verdict', async () => {
    const queued = page.locator('[data-queue-group="conflict"] .factcheck-queue__claim', { hasText: WRONG_SENTENCE })
    await queued.getByRole('button', { name: 'Start verdict' }).click()
    await page.waitForURL(/\/admin\/collections\/verdicts\/[^/]+$/)
    verdictUrl = page.url()
    // The reviewer rates the claim with its evidence on the same page.
    const evidence = page.locator('.factcheck-claim-context .factcheck-claim', { hasText: WRONG_SENTENCE })
    await evidence.locator('.factcheck-evidence__quote--conflicts').first().waitFor()
    assert.match(await evidence.innerText(), new RegExp(`In\\s+${TITLE}`))
    await page.click('#field-rating .rs__control')
    await page.click('.rs__option:has-text("Inaccurate (1)")')
    await page.fill('#field-explanation', 'Every source in the corpus puts the talks at about five hours.')
    await page.click('#action-save')
    await page.locator('.doc-controls', { hasText: 'Published' }).waitFor()
    const verdictId = verdictUrl.split('/').pop()
    const verdict = await (await page.request.get(`${baseUrl}/api/verdicts/${verdictId}?depth=1`)).json()
    assert.equal(verdict._status, 'published')
    assert.equal(verdict.rating, 'inaccurate')
    assert.equal(verdict.reviewer?.email, REVIEWER)
    assert.equal(verdict.claim?.text, WRONG_SENTENCE)
  })

  await step(page, 'editor-sees-verdict-in-panel', async () => {
    await logIn(page, baseUrl, EDITOR)
    await page.goto(articleUrl)
    const claim = claimItem(page, WRONG_SENTENCE)
    await claim.locator('.factcheck-verdict', { hasText: 'Inaccurate' }).waitFor()
    assert.match(await claim.locator('.factcheck-verdict').innerText(), /Verdict: Inaccurate\s+Published/)
    assert.equal(await claim.getByRole('button', { name: 'Start verdict' }).count(), 0)
    await claim.getByText('View verdict').waitFor()
    await claim.locator('.factcheck-verdict').scrollIntoViewIfNeeded()
  })

  await step(page, 'editor-verdict-read-only', async () => {
    await claimItem(page, WRONG_SENTENCE).getByText('View verdict').click()
    await page.waitForURL(verdictUrl)
    await page.locator('#field-explanation').waitFor()
    // While the reviewer's editing lock is fresh, Payload first offers the editor a read-only view.
    const viewReadOnly = page.getByRole('button', { name: 'View read-only' })
    if (await viewReadOnly.waitFor({ timeout: 5_000 }).then(() => true, () => false)) await viewReadOnly.click()
    assert.equal(await page.locator('#field-explanation').isDisabled(), true)
    assert.equal(await page.locator('#action-save').count(), 0)
    assert.equal(await page.locator('#action-save-draft').count(), 0)
    const patch = await page.request.patch(`${baseUrl}/api/verdicts/${verdictUrl.split('/').pop()}`, {
      data: { explanation: 'Edited by the editor' },
    })
    assert.equal(patch.status(), 403)
  })

  await step(page, 'editor-corrects-figure', async () => {
    await page.goto(articleUrl)
    await claimItem(page, WRONG_SENTENCE).waitFor()
    await editor.click()
    await page.keyboard.press('End')
    await page.keyboard.press('Shift+Home')
    await page.keyboard.type(CORRECTED_SENTENCE)
    await page.click('#action-save-draft')
    // The panel reloads after the save: the corrected sentence is a new, supported claim, and nothing is flagged.
    await claimItem(page, CORRECTED_SENTENCE).and(page.locator('[data-claim-status="supported"]')).waitFor()
    assert.equal(await claimItem(page, WRONG_SENTENCE).count(), 0)
    await page.waitForFunction(() => (CSS.highlights.get('factcheck-conflict')?.size ?? 0) === 0)
  })
}

rmSync(OUTPUT, { recursive: true, force: true })
mkdirSync(OUTPUT, { recursive: true })
const app = await startApp(path.join(OUTPUT, 'next-dev.log'))
let browser: Browser | undefined
try {
  process.stdout.write(`app ready at ${app.url}\n`)
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  await flow(browser, app.url)
  process.stdout.write('e2e: all steps passed\n')
} catch (error) {
  process.exitCode = 1
  process.stderr.write(`e2e failed: ${(error as Error).stack ?? error}\n`)
} finally {
  await browser?.close()
  await app.stop()
}
