/**
 * The admin panel in the user's language, on the example app booted on a real database: the language Payload's
 * admin picks for a request (its account's language cookie, else the browser's Accept-Language), the i18n object
 * it builds for it (as @payloadcms/next's initReq does), and the plugin's components and fields rendered with it.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { ServerProps } from 'payload'

import { initI18n } from '@payloadcms/translations'
import { createClientConfig, getRequestLanguage } from 'payload'
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime.js'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { ClaimCard } from '../../src/factcheck/components/ClaimCard'
import { DashboardSummary } from '../../src/factcheck/components/DashboardSummary'
import { DeskStateCell } from '../../src/factcheck/components/DeskState'
import { YesNoCell } from '../../src/factcheck/components/YesNoCell'
import { pluginSlugs } from '../../src/factcheck/options'
import { factCheckT } from '../../src/factcheck/translations'
import { startSeededApp, type TestApp } from '../helpers/app'
import { type Credentials } from '../helpers/client'
import { drainFactCheckQueue } from '../helpers/factcheck'
import { newsroom } from '../helpers/newsroom'

const WRONG = 'The talks in Moscow lasted seven hours.'

let app: TestApp
let editor: Credentials & { id: number | string }
let claim: any

/** Rendered as the admin renders it in a page: links (Payload's, next/link) need Next's app router. */
const noop = () => {}
const router = { back: noop, forward: noop, refresh: noop, push: noop, replace: noop, prefetch: noop, hmrRefresh: noop }
const render = (element: ReactElement) => renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router as never }, element))

/** The admin's i18n for a request with these headers and cookies, as @payloadcms/next builds it. */
async function adminI18n({ acceptLanguage, cookie }: { acceptLanguage?: string; cookie?: string }): Promise<I18nClient> {
  const language = getRequestLanguage({
    config: app.config,
    cookies: new Map(cookie ? [['payload-lng', cookie]] : []),
    headers: new Headers(acceptLanguage ? { 'Accept-Language': acceptLanguage } : {}),
  })
  return (await initI18n({ config: app.config.i18n, context: 'client', language })) as I18nClient
}

const dashboard = async (i18n: I18nClient) => {
  const user = await app.payload.findByID({ collection: 'users', id: editor.id, depth: 0 })
  const props = { i18n, payload: app.payload, user } as unknown as ServerProps
  return render((await DashboardSummary(props))!)
}

beforeAll(async () => {
  ;({ app, editor } = await startSeededApp())
  const rest = newsroom(app)
  const article = await rest.article(editor, { title: 'Envoys leave Moscow', sentences: [WRONG], draft: true, author: editor.id })
  await drainFactCheckQueue(app.payload)
  claim = await app.payload.findByID({ collection: pluginSlugs(app.payload).claims, id: (await rest.claimOf(article.id, WRONG)).id, depth: 0 })
})

afterAll(async () => {
  await app?.close()
})

describe('the admin panel in the user’s language', () => {
  it('picks German for a German browser and French for a user who chose French, English otherwise', async () => {
    expect((await adminI18n({ acceptLanguage: 'de-DE,de;q=0.9,en;q=0.8' })).language).toBe('de')
    expect((await adminI18n({ acceptLanguage: 'de-DE,de;q=0.9', cookie: 'fr' })).language).toBe('fr')
    expect((await adminI18n({ acceptLanguage: 'es-ES,es;q=0.9' })).language).toBe('en')
  })

  it('renders the dashboard summary, a server component, in German, in French and in English', async () => {
    expect(claim.status).toBe('conflict')
    const german = await dashboard(await adminI18n({ acceptLanguage: 'de-DE,de;q=0.9' }))
    expect(german).toContain('Faktencheck-Übersicht')
    expect(german).toMatch(/>1<\/span><span>offener Widerspruch</)
    expect(german).toMatch(/>1<\/span><span>unbewertete Aussage</)
    expect(german).toMatch(/>0<\/span><span>Aussagen mir zugewiesen</)
    expect(german).toContain('Zur Prüfliste →')
    expect(german).toContain('Am Desk:')
    expect(german).toContain('1 neu')
    expect(german).not.toMatch(/open conflict|Fact-check review|On the desk|factcheck:/)

    const french = await dashboard(await adminI18n({ cookie: 'fr' }))
    expect(french).toContain('Suivi des vérifications')
    expect(french).toMatch(/>1<\/span><span>contradiction non résolue</)
    expect(french).toMatch(/>0<\/span><span>affirmation qui m’est attribuée</)
    expect(french).toContain('1 nouvelle')

    const english = await dashboard(await adminI18n({}))
    expect(english).toContain('Fact-check review')
    expect(english).toMatch(/open conflict[\s\S]*unreviewed claim[\s\S]*0<\/span><span>claims assigned to me[\s\S]*On the desk:/)
  })

  it('renders the list cells in German', async () => {
    const i18n = await adminI18n({ acceptLanguage: 'de' })
    const cell = (Cell: (props: any) => any, cellData: unknown) => renderToStaticMarkup(Cell({ cellData, i18n, rowData: {} }))
    expect(cell(DeskStateCell, 'in_review')).toContain('In Prüfung')
    expect(cell(DeskStateCell, 'second_review')).toContain('Zweitprüfung nötig')
    expect(cell(YesNoCell, true)).toContain('>Ja<')
    expect(cell(YesNoCell, false)).toContain('>Nein<')
  })

  it('gives client components the plugin’s strings in German: a claim card, as the article’s panel shows it', async () => {
    const i18n = await adminI18n({ acceptLanguage: 'de' })
    // The translations the admin hands to the browser (TranslationProvider), which useTranslation() reads.
    expect((i18n.translations as any).factcheck.saveToCheck).toBe('Speichern Sie den Artikel, um seine Zahlen zu prüfen.')
    const card = createElement(ClaimCard, { adminRoute: '/admin', claim, slugs: pluginSlugs(app.payload), sources: {}, t: factCheckT(i18n) })
    const html = render(card)
    expect(html).toContain('>Widerspruch<')
    expect(html).toContain('Die Quellen nennen für dieselbe Sache eine andere Zahl.')
    expect(html).toContain('Aussage öffnen')
    expect(html).toMatch(/Die Quellen sagen .+ — \d+ Quellen?/)
    expect(html).toContain('Widerlegt durch')
    expect(html).not.toMatch(/Contradicted by|The sources say|Open claim|factcheck:/)
  })

  it('labels the plugin’s collections and fields in German in the admin’s client config', async () => {
    const i18n = await adminI18n({ acceptLanguage: 'de' })
    const clientConfig = createClientConfig({ config: app.config, i18n, importMap: {}, user: true })
    const claims = clientConfig.collections.find((collection) => collection.slug === pluginSlugs(app.payload).claims)!
    const field = (name: string) => claims.fields.find((candidate) => 'name' in candidate && candidate.name === name) as any
    expect(claims.labels.plural).toMatchObject({ de: 'Aussagen' })
    expect(claims.admin.description).toBe('Sätze mit Zahlenangaben, geprüft am Korpus.')
    expect(field('checkError').label).toBe('Prüffehler')
    expect(field('status').options.find((option: any) => option.value === 'conflict').label).toBe('Widerspruch')
    expect(field('deskState').options.map((option: any) => option.label)).toEqual(['Neu', 'In Prüfung', 'Zweitprüfung nötig', 'Veröffentlicht'])
  })
})
