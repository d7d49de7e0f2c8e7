/**
 * The fact-checkers' desk over real REST on a real Payload: assignment, desk states, second review, staff
 * notes, the publish guard, earlier verdicts, re-queue on evidence change and email notifications received
 * by a real SMTP server on loopback. Every denied case is asked over HTTP.
 */
import { articleJsonLdSchema } from '../../src/factcheck/endpoints/schemas'
import { loadArticlePage } from '../../src/factcheck/services/articlePage'
import { seedCorpus } from '../../src/seed/corpus'
import { startApp, type TestApp } from '../helpers/app'
import { type Credentials, userWithRoles } from '../helpers/client'
import { drainFactCheckQueue, idOf } from '../helpers/factcheck'
import { ANONYMOUS, newsroom } from '../helpers/newsroom'
import { type ReceivedEmail, type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'

const WRONG = 'The talks in Moscow lasted seven hours.'
const QUOTED = 'A Kremlin aide said the envoys brought a revised 20-point peace plan.'

let app: TestApp
let smtp: SmtpReceiver
let rest: ReturnType<typeof newsroom>
let editor: Credentials & { id: number | string; email: string }
let reviewerA: Credentials & { id: number | string; email: string }
let reviewerB: Credentials & { id: number | string; email: string }
let article: any, claim: any, verdictId: number | string

/** The email that matches, once the jobs queue (which sends the notifications) has run. */
async function received(match: (email: ReceivedEmail) => boolean) {
  const deadline = Date.now() + 30_000
  while (!smtp.received.some(match) && Date.now() < deadline) {
    await drainFactCheckQueue(app.payload)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return smtp.waitFor(match, 1_000)
}

const readClaim = async (id: number | string) => app.payload.findByID({ collection: 'claims', id, depth: 0 }) as Promise<any>

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  Object.assign(process.env, { SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), EMAIL_FROM: 'Desk <desk@news.test>', FACTCHECK_SECOND_REVIEW: 'true' })
  app = await startApp()
  rest = newsroom(app)
  await seedCorpus(app.payload)
  await drainFactCheckQueue(app.payload)
  editor = await userWithRoles(app.payload, app.server.url, ['editor'])
  reviewerA = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  reviewerB = await userWithRoles(app.payload, app.server.url, ['reviewer'])
  article = await rest.article(editor, { title: 'Envoys leave Moscow', sentences: [WRONG, QUOTED], draft: true, author: editor.id })
  await drainFactCheckQueue(app.payload)
  claim = await rest.claimOf(article.id, WRONG)
})

afterAll(async () => {
  await app?.close()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'EMAIL_FROM', 'FACTCHECK_SECOND_REVIEW']) delete process.env[name]
})

describe('a conflict', () => {
  it('is a new claim on the desk, and its author is told by email', async () => {
    expect(claim.status).toBe('conflict')
    expect(claim.deskState).toBe('new')
    const email = await received((e) => e.to.includes(editor.email) && /conflicts with the sources/.test(e.subject))
    expect(email.subject).toContain('Envoys leave Moscow')
    expect(email.raw).toContain('seven hours')
  })
})

describe('assignment', () => {
  const assign = (who: Credentials, assignee: unknown, id = claim.id) =>
    rest.api('POST', `/api/factcheck/claims/${id}/assign`, who, { assignee })

  it('refuses visitors, unknown claims, and assignees who may not review', async () => {
    expect((await assign(ANONYMOUS, reviewerA.id)).status).toBe(401)
    expect((await assign(editor, reviewerA.id, '999999')).status).toBe(404)
    const notReviewer = await assign(editor, editor.id)
    expect(notReviewer.status).toBe(400)
    expect(notReviewer.body.errors[0].path).toBe('assignee')
    expect((await assign(editor, 'nobody')).status).toBe(400)
    expect((await rest.api('POST', `/api/factcheck/claims/${claim.id}/assign`, editor, { assignee: reviewerA.id, extra: 1 })).status).toBe(400)
    expect((await readClaim(claim.id)).assignee).toBeFalsy()
  })

  it('never takes the assignee or the desk state from a claim update', async () => {
    const patch = await rest.api('PATCH', `/api/claims/${claim.id}`, editor, { assignee: reviewerA.id, deskState: 'published', evidenceChanged: true })
    expect(patch.status).toBe(200)
    const stored = await readClaim(claim.id)
    expect([stored.assignee ?? null, stored.deskState, stored.evidenceChanged]).toEqual([null, 'new', false])
    // Reviewers do not edit claims at all; they assign through the desk.
    expect((await rest.api('PATCH', `/api/claims/${claim.id}`, reviewerA, { text: 'x' })).status).toBe(403)
  })

  it('assigns the claim to a reviewer, who is told by email; the claim is in review', async () => {
    const response = await assign(editor, reviewerA.id)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ id: claim.id, assignee: reviewerA.id, deskState: 'in_review' })
    await drainFactCheckQueue(app.payload)
    const email = await received((e) => e.to.includes(reviewerA.email))
    expect(email.subject).toBe('Fact-check: a claim was assigned to you')
    expect(email.raw).toContain(WRONG)
  })

  it('shows the assignee and desk state to staff only', async () => {
    const staff = await rest.api('GET', `/api/claims/${claim.id}?depth=0`, reviewerA)
    expect(staff.body).toMatchObject({ assignee: reviewerA.id, deskState: 'in_review' })
    const mine = await rest.api('GET', `/api/claims?where[assignee][equals]=${reviewerA.id}&depth=0`, reviewerA)
    expect(mine.body.docs.map((doc: any) => doc.id)).toEqual([claim.id])
  })
})

describe('notes', () => {
  it('are written by staff, signed by the server, and readable by staff only', async () => {
    const created = await rest.api('POST', '/api/desk-notes', reviewerA, { claim: claim.id, text: 'Every wire report says five hours.', author: reviewerB.id })
    expect(created.status).toBe(201)
    expect(idOf(created.body.doc.author)).toBe(reviewerA.id)
    expect((await rest.api('POST', '/api/desk-notes', ANONYMOUS, { claim: claim.id, text: 'spam' })).status).toBe(403)
    expect((await rest.api('GET', '/api/desk-notes', ANONYMOUS)).status).toBe(403)
    const listed = await rest.api('GET', `/api/desk-notes?where[claim][equals]=${claim.id}&depth=0`, editor)
    expect(listed.body.docs.map((note: any) => [note.text, note.author])).toEqual([['Every wire report says five hours.', reviewerA.id]])
  })

  it('are kept as written: nobody edits or deletes one over the API', async () => {
    const { body } = await rest.api('GET', `/api/desk-notes?where[claim][equals]=${claim.id}`, editor)
    const noteId = body.docs[0].id
    expect((await rest.api('PATCH', `/api/desk-notes/${noteId}`, reviewerA, { text: 'rewritten' })).status).toBe(403)
    expect((await rest.api('DELETE', `/api/desk-notes/${noteId}`, reviewerA)).status).toBe(403)
    expect((await app.payload.findByID({ collection: 'desk-notes', id: noteId })).text).toBe('Every wire report says five hours.')
  })

  it('need a claim or a verdict', async () => {
    const response = await rest.api('POST', '/api/desk-notes', reviewerA, { text: 'About nothing' })
    expect(response.status).toBe(400)
  })
})

describe('the publish guard', () => {
  it('publishes over the API as always, and records who confirmed publishing with open conflicts', async () => {
    const plain = await rest.api('PATCH', `/api/articles/${article.id}`, editor, { _status: 'published', factCheckConfirmation: { confirmedBy: reviewerB.id } })
    expect(plain.status).toBe(200)
    expect(plain.body.doc.factCheckConfirmation?.confirmedBy ?? null).toBeNull()
    const confirmed = await rest.api('PATCH', `/api/articles/${article.id}?depth=0`, editor, { _status: 'published', confirmOpenConflicts: true })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.doc.factCheckConfirmation).toMatchObject({ confirmedBy: editor.id, openConflicts: 1 })
    expect(confirmed.body.doc.confirmOpenConflicts).toBe(false)
    // Readers do not see who confirmed.
    const publicView = await rest.api('GET', `/api/articles/${article.id}`, ANONYMOUS)
    expect(publicView.body.factCheckConfirmation).toBeUndefined()
  })
})

describe('the second review', () => {
  it('refuses to publish a verdict without a second reviewer, and stores nothing', async () => {
    const refused = await rest.api('POST', '/api/verdicts', reviewerA, { claim: claim.id, rating: 'inaccurate', _status: 'published' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/second reviewer/)
    expect((await app.payload.count({ collection: 'verdicts', where: { claim: { equals: claim.id } } })).totalDocs).toBe(0)
  })

  it('takes a draft, a request for review, and the approval of another reviewer', async () => {
    const draft = await rest.api('POST', '/api/verdicts?draft=true', reviewerA, {
      claim: claim.id,
      rating: 'inaccurate',
      explanation: 'The corpus puts the talks at five hours.',
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    verdictId = draft.body.doc.id
    const requested = await rest.api('PATCH', `/api/verdicts/${verdictId}?draft=true`, reviewerA, { approvalRequested: true, _status: 'draft' })
    expect(requested.status).toBe(200)
    expect((await readClaim(claim.id)).deskState).toBe('second_review')

    const approve = (who: Credentials) => rest.api('POST', `/api/factcheck/verdicts/${verdictId}/approve`, who)
    expect((await approve(ANONYMOUS)).status).toBe(401)
    expect((await approve(editor)).status).toBe(403)
    expect((await approve(reviewerA)).status).toBe(403)
    // Nor can a reviewer approve by writing the fields.
    await rest.api('PATCH', `/api/verdicts/${verdictId}?draft=true`, reviewerA, { approvedBy: reviewerB.id, approvalRequested: true, _status: 'draft' })
    expect((await app.payload.findByID({ collection: 'verdicts', id: verdictId, draft: true })).approvedBy ?? null).toBeNull()

    const approved = await approve(reviewerB)
    expect(approved.status).toBe(200)
    expect(approved.body).toEqual({ id: verdictId, _status: 'published', reviewer: reviewerA.id, approvedBy: reviewerB.id })
    const stored = await readClaim(claim.id)
    expect([stored.deskState, stored.reviewed, stored.hasPublishedVerdict]).toEqual(['published', true, true])
  })

  it('tells the article author that a verdict was published', async () => {
    await drainFactCheckQueue(app.payload)
    const email = await received((e) => e.to.includes(editor.email) && /verdict "Inaccurate" published/.test(e.subject))
    expect(email.raw).toContain('five hours')
  })

  it('keeps the reviewers of a verdict from the public', async () => {
    const publicView = await rest.api('GET', `/api/verdicts/${verdictId}`, ANONYMOUS)
    expect(publicView.status).toBe(200)
    expect(publicView.body.approvedBy).toBeUndefined()
    expect(publicView.body.firstPublishedAt).toBeDefined()
  })
})

describe('the public article page', () => {
  it("shows each judged sentence with its verdict and the page's JSON-LD, as an anonymous reader sees it", async () => {
    const page = await loadArticlePage(app.payload, 'articles', article.slug)
    expect(page?.title).toBe('Envoys leave Moscow')
    const judged = page!.paragraphs.flat().filter((segment) => segment.verdict)
    expect(judged).toEqual([
      { text: WRONG, verdict: { claimId: claim.id, rating: 'Inaccurate', colour: '#c62828', explanation: 'The corpus puts the talks at five hours.' } },
    ])
    expect(page!.paragraphs.flat().map((segment) => segment.text).join(' ')).toContain(QUOTED)
    // The newsroom's own figure: a correction of the NewsArticle; no claim is attributed, so no ClaimReview.
    expect(articleJsonLdSchema.parse(page!.jsonLd)['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle'])
    expect(page!.jsonLd['@graph'][0]).toMatchObject({ correction: [{ '@type': 'CorrectionComment' }] })
    expect(await loadArticlePage(app.payload, 'articles', 'no-such-article')).toBeNull()
  })
})

describe('earlier verdicts and changed evidence', () => {
  it('links a claim repeating a judged figure to the earlier verdict', async () => {
    const second = await rest.article(editor, { title: 'A week after Moscow', sentences: [WRONG], draft: true })
    await drainFactCheckQueue(app.payload)
    const repeated = await rest.claimOf(second.id, WRONG)
    expect(repeated.earlierVerdict).toBe(verdictId)
    // …for staff only.
    expect(await rest.api('GET', `/api/claims/${repeated.id}`, ANONYMOUS).then((r) => r.status)).toBe(404)
  })

  it('puts a judged claim back in the queue when a corpus change alters its evidence', async () => {
    const admin = await userWithRoles(app.payload, app.server.url, ['admin'])
    // A source the verdict relied on is withdrawn from the corpus.
    const reliedOn = (await readClaim(claim.id)).figures[0].evidence[0].source
    const { docs } = await app.payload.find({ collection: 'sources', where: { key: { equals: reliedOn } }, depth: 0 })
    expect((await rest.api('DELETE', `/api/sources/${docs[0].id}`, admin)).status).toBe(200)
    await drainFactCheckQueue(app.payload)
    const stored = await readClaim(claim.id)
    expect([stored.evidenceChanged, stored.reviewed, stored.deskState]).toEqual([true, false, 'in_review'])
    expect(stored.hasPublishedVerdict).toBe(true)
    // Publishing the verdict again (approved by a second reviewer) settles it.
    await rest.api('PATCH', `/api/verdicts/${verdictId}?draft=true`, reviewerA, { explanation: 'The remaining sources still say about five hours.', _status: 'draft' })
    expect((await rest.api('POST', `/api/factcheck/verdicts/${verdictId}/approve`, reviewerB)).status).toBe(200)
    const settled = await readClaim(claim.id)
    expect([settled.evidenceChanged, settled.reviewed, settled.deskState]).toEqual([false, true, 'published'])
  })
})
