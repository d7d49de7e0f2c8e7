/**
 * End-to-end test of the fact-checkers' desk, in a real headless Chromium (Debian's /usr/bin/chromium) against
 * the real app (`next dev` on a fresh SQLite database with the demo users, second review required, its email
 * sent to a real SMTP server this test runs on loopback): an editor writes an article with a wrong figure and
 * publishes it past the open-conflict warning → the claim is assigned to reviewer A, who adds a note and writes
 * the verdict → reviewer B approves and publishes it → the author gets an email → the public article page shows
 * the verdict at its sentence and embeds one valid ClaimReview → a second article repeating the figure shows the
 * earlier verdict. Screenshots of each step go to test-output/e2e/.
 *   npm run test:e2e
 */
import assert from 'node:assert/strict'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'

import { articleJsonLdSchema } from '../../src/factcheck/endpoints/schemas'
import { type ReceivedEmail, startSmtpReceiver } from '../helpers/smtp'
import { startApp } from './app'

const OUTPUT = path.resolve('test-output/e2e')
const PASSWORD = process.env.DEMO_PASSWORD || 'newsroom-demo'
const EDITOR = 'editor@example.com'
const REVIEWER = 'reviewer@example.com'
/** The second reviewer: the demo admin may review too. */
const SECOND_REVIEWER = 'admin@example.com'
const CLAIMANT = 'A Kremlin spokesman'
const EXPLANATION = 'Every source in the corpus puts the talks at about five hours.'
const NOTE = 'Two wire reports and the embassy say five hours; checking the spokesman’s transcript.'
const SECOND_TITLE = 'A week after the Moscow talks'
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

/**
 * Calls the REST API from inside the page, as the admin panel does: the browser sends the session cookie with the
 * headers (Origin, Sec-Fetch-Site) by which the app's CSRF protection accepts it.
 */
async function api(page: Page, method: string, url: string, json?: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, url, json }) => {
      const response = await fetch(url, {
        method,
        credentials: 'include',
        headers: json === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: json === undefined ? undefined : JSON.stringify(json),
      })
      return { status: response.status, body: await response.json().catch(() => null) }
    },
    { method, url, json },
  )
}

/** The body of a quoted-printable email as text (soft line breaks joined, =XX bytes decoded). */
const quotedPrintable = (body: string) =>
  Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')

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
    assert.match(await page.locator('.factcheck-dashboard').innerText(), /open conflicts?[\s\S]*unreviewed claims?[\s\S]*On the desk:/)
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

  let claimUrl = ''
  let slug = ''
  await step(page, 'editor-publishes-past-warning', async () => {
    // The article has an open conflict: publishing asks first, and records who confirmed.
    await page.locator('#action-save', { hasText: 'Publish changes' }).click()
    const modal = page.locator('dialog#factcheck-publish-open-conflicts')
    await modal.waitFor()
    assert.match(await modal.innerText(), /Publish with 1 open conflict\?[\s\S]*1 sentence of this article conflicts with the sources/)
    await page.screenshot({ path: path.join(OUTPUT, `${String(stepNumber).padStart(2, '0')}-editor-publish-warning-modal.png`), fullPage: true })
    await modal.getByRole('button', { name: 'Publish anyway' }).click()
    await page.locator('.doc-controls', { hasText: 'Published' }).waitFor()
    const id = articleUrl.split('/').pop()
    const stored = (await api(page, 'GET', `${baseUrl}/api/articles/${id}?depth=1`)).body
    assert.equal(stored._status, 'published')
    assert.equal(stored.factCheckConfirmation?.confirmedBy?.email, EDITOR)
    assert.equal(stored.factCheckConfirmation?.openConflicts, 1)
    slug = stored.slug
  })

  await step(page, 'editor-names-claimant-and-assigns', async () => {
    await claimItem(page, WRONG_SENTENCE).locator('.factcheck-claim__open').click()
    await page.waitForURL(/\/admin\/collections\/claims\/[^/]+$/)
    claimUrl = page.url()
    // The claim page shows the evidence view, not a JSON editor.
    await page.locator('.factcheck-figures-field .factcheck-evidence__summary').first().waitFor()
    assert.match(await page.locator('.factcheck-figures-field').innerText(), /The sources say/)
    await page.fill('#field-claimant__name', CLAIMANT)
    // The Save button is enabled once the form knows it changed.
    await page.locator('#action-save:not([disabled])').click()
    const claimId = claimUrl.split('/').pop()
    await page.waitForFunction(
      async (url) => (await (await fetch(url, { credentials: 'include' })).json()).claimant?.name !== null,
      `${baseUrl}/api/claims/${claimId}?depth=0`,
    )
    assert.equal((await api(page, 'GET', `${baseUrl}/api/claims/${claimId}?depth=0`)).body.claimant.name, CLAIMANT)
    const desk = page.locator('.factcheck-desk-assignment')
    await desk.locator('select').selectOption({ label: 'Rae Reviewer (reviewer@example.com)' })
    await desk.getByRole('button', { name: 'Assign', exact: true }).click()
    await page.locator('.factcheck-desk-assignment', { hasText: 'Assigned to Rae Reviewer' }).waitFor()
    assert.match(await page.locator('.factcheck-desk-assignment').innerText(), /In review/)
  })

  await step(page, 'reviewer-a-my-queue', async () => {
    await logIn(page, baseUrl, REVIEWER)
    assert.equal(await page.locator('#nav-my-queue').count(), 1)
    assert.match(await page.locator('#factcheck-my-queue').innerText(), /1\s+claim assigned to me/)
    await page.click('#factcheck-my-queue')
    await page.waitForURL(`${baseUrl}/admin/my-queue`)
    const mine = page.locator('.factcheck-queue__claim')
    await mine.filter({ hasText: WRONG_SENTENCE }).waitFor()
    // Only the claims assigned to the reviewer.
    assert.equal(await mine.count(), 1)
    assert.match(await mine.first().innerText(), /In review[\s\S]*Assigned to Rae Reviewer/)
  })

  let verdictId = ''
  await step(page, 'reviewer-a-adds-note', async () => {
    await page.goto(claimUrl)
    const notes = page.locator('.factcheck-notes')
    await notes.locator('textarea').fill(NOTE)
    await notes.getByRole('button', { name: 'Add note' }).click()
    await notes.locator('.factcheck-notes__note', { hasText: NOTE }).waitFor()
    assert.match(await notes.locator('.factcheck-notes__note').first().innerText(), /Rae Reviewer/)
  }, () => page.locator('.factcheck-notes'))

  await step(page, 'reviewer-a-writes-verdict', async () => {
    await page.getByRole('button', { name: 'Start verdict' }).click()
    await page.waitForURL(/\/admin\/collections\/verdicts\/[^/]+$/)
    verdictUrl = page.url()
    verdictId = verdictUrl.split('/').pop()!
    const evidence = page.locator('.factcheck-claim-context .factcheck-claim', { hasText: WRONG_SENTENCE })
    await evidence.locator('.factcheck-evidence__quote--conflicts').first().waitFor()
    // One badge per card, and the summary of what the sources say.
    assert.equal(await evidence.locator('[data-claim-badge]').count(), 1)
    assert.match(await evidence.innerText(), /The sources say/)
    // The note is on the verdict's page too.
    await page.locator('.factcheck-notes__note', { hasText: NOTE }).waitFor()
    await page.click('#field-rating .rs__control')
    await page.click('.rs__option:has-text("Inaccurate (1)")')
    await page.fill('#field-explanation', EXPLANATION)
    await page.getByRole('button', { name: 'Ask for a second review' }).click()
    await page.waitForFunction(
      async (url) => (await (await fetch(url, { credentials: 'include' })).json()).approvalRequested === true,
      `${baseUrl}/api/verdicts/${verdictId}?draft=true&depth=0`,
    )
    await page.reload()
    await page.locator('.factcheck-desk-approval', { hasText: 'Waiting for a second reviewer' }).waitFor()
    await page.locator('.factcheck-claim-context .factcheck-evidence__quote--conflicts').first().waitFor()
    const verdict = (await api(page, 'GET', `${baseUrl}/api/verdicts/${verdictId}?draft=true&depth=1`)).body
    assert.equal(verdict._status, 'draft')
    assert.equal(verdict.reviewer?.email, REVIEWER)
  })

  await step(page, 'reviewer-b-approves', async () => {
    await logIn(page, baseUrl, SECOND_REVIEWER)
    await page.goto(verdictUrl)
    const viewReadOnly = page.getByRole('button', { name: 'View read-only' })
    if (await viewReadOnly.waitFor({ timeout: 5_000 }).then(() => true, () => false)) await viewReadOnly.click()
    await page.locator('#factcheck-approve').click()
    await page.locator('.factcheck-desk-approval', { hasText: 'Approved by a second reviewer' }).waitFor()
    await page.locator('.factcheck-claim-context .factcheck-evidence__quote--conflicts').first().waitFor()
    await page.locator('.factcheck-notes__note', { hasText: NOTE }).waitFor()
    const verdict = (await api(page, 'GET', `${baseUrl}/api/verdicts/${verdictId}?depth=1`)).body
    assert.equal(verdict._status, 'published')
    assert.equal(verdict.rating, 'inaccurate')
    assert.equal(verdict.reviewer?.email, REVIEWER)
    assert.equal(verdict.approvedBy?.email, SECOND_REVIEWER)
  })

  await step(page, 'author-gets-email', async () => {
    const published = (received: ReceivedEmail) => received.to.includes(EDITOR) && /verdict "Inaccurate" published/.test(received.subject)
    // The app's cron runs the jobs queue every few seconds; running it here too keeps the wait short.
    for (let tries = 0; tries < 30 && !smtp.received.some(published); tries++) {
      await api(page, 'GET', `${baseUrl}/api/payload-jobs/run?queue=factcheck&limit=20`)
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
    const email = await smtp.waitFor(published, 1_000)
    await page.setContent(`<pre style="font: 14px/1.5 monospace; padding: 1rem; white-space: pre-wrap">To: ${email.to.join(', ')}\nSubject: ${email.subject}\n\n${quotedPrintable(email.raw.split(/\r?\n\r?\n/).slice(1).join('\n\n')).replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</pre>`)
    assert.ok(smtp.received.some((received) => received.to.includes(REVIEWER) && /assigned to you/.test(received.subject)))
  })

  await step(page, 'public-article-page', async () => {
    await page.context().clearCookies()
    await page.goto(`${baseUrl}/articles/${slug}`)
    const claim = await (await fetch(`${baseUrl}/api/claims?where[text][equals]=${encodeURIComponent(WRONG_SENTENCE)}&depth=0`)).json()
    const claimId = claim.docs[0].id
    const mark = page.locator(`mark#claim-${claimId}`)
    assert.equal(await mark.innerText(), WRONG_SENTENCE)
    assert.match(await page.locator('.verdict-note').first().innerText(), new RegExp(`Fact-check: Inaccurate\\. ${EXPLANATION}`))
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    assert.equal(scripts.length, 1)
    const jsonLd = articleJsonLdSchema.parse(JSON.parse(scripts[0]))
    const reviews = jsonLd['@graph'].flatMap((node) => (node['@type'] === 'ClaimReview' ? [node] : []))
    assert.equal(reviews.length, 1)
    assert.equal(reviews[0].reviewBody, EXPLANATION)
    assert.equal(reviews[0].reviewRating.name, 'Inaccurate')
    assert.deepEqual(reviews[0].itemReviewed.author, { '@type': 'Person', name: CLAIMANT })
    assert.match(reviews[0].url, new RegExp(`/articles/${slug}#claim-${claimId}$`))
  })

  await step(page, 'second-article-earlier-verdict', async () => {
    await logIn(page, baseUrl, EDITOR)
    await page.goto(`${baseUrl}/admin/collections/articles/create`)
    await page.fill('#field-title', SECOND_TITLE)
    await editor.click()
    await page.keyboard.type(WRONG_SENTENCE)
    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/articles\/(?!create$)[^/]+$/)
    const earlier = claimItem(page, WRONG_SENTENCE).locator('.factcheck-earlier-verdict')
    await earlier.waitFor()
    assert.match(await earlier.innerText(), new RegExp(`Judged before: Inaccurate, .+, in “${TITLE}”`))
    // The save's toast would cover the card in the screenshot.
    await page.waitForFunction(() => !document.querySelector('.payload-toast-container li'), undefined, { timeout: 15_000 }).catch(() => {})
  }, () => claimItem(page, WRONG_SENTENCE))

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
    const patch = await api(page, 'PATCH', `${baseUrl}/api/verdicts/${verdictUrl.split('/').pop()}`, { explanation: 'Edited by the editor' })
    assert.equal(patch.status, 403)
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
const smtp = await startSmtpReceiver()
const app = await startApp(path.join(OUTPUT, 'next-dev.log'), {
  env: { SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), EMAIL_FROM: 'Fact-check desk <desk@newsroom.test>', FACTCHECK_SECOND_REVIEW: 'true' },
})
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
  await smtp.close()
}
