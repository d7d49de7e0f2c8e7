import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'

import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/database'
import { factCheckPlugin } from '../../src/factcheck'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { freshDatabase } from '../helpers/database'

/**
 * A host whose article text is localized: each locale's text has its own claims, carrying the locale, and saving
 * one locale leaves the other locales' claims alone. (The engine reads English: both locales hold English text
 * here; what is tested is the bookkeeping by locale.)
 */

// The host's `stories` are not in this app's generated types.
let payload: any
let drop: () => Promise<void>

beforeAll(async () => {
  const database = await freshDatabase()
  drop = database.drop
  const config = await buildConfig({
    secret: 'locales-test',
    admin: { user: Users.slug },
    collections: [
      Users,
      {
        slug: 'stories',
        fields: [
          { name: 'headline', type: 'text', localized: true },
          { name: 'publishedAt', type: 'date' },
          { name: 'text', type: 'richText', localized: true },
        ],
      },
    ],
    localization: { locales: ['en', 'de'], defaultLocale: 'en' },
    editor: lexicalEditor(),
    db: databaseAdapter(database.uri),
    plugins: [factCheckPlugin({ articles: { stories: { field: 'text', titleField: 'headline' } } })],
  })
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  await drop?.()
})

const claimsOf = async (id: number | string) =>
  (
    await payload.find({ collection: 'claims', where: { article: { equals: id } }, sort: 'position', depth: 0, pagination: false })
  ).docs.map((claim: Record<string, unknown>) => ({ text: claim.text, locale: claim.locale, inArticle: claim.inArticle }))

it('keeps one set of claims per locale of a localized text', async () => {
  const english = 'The Harbour Bridge in Kelvindale cost 90 million euros to build.'
  const german = 'The Harbour Bridge in Kelvindale has four lanes and is 1,200 metres long.'
  const story = await payload.create({
    collection: 'stories',
    locale: 'en',
    data: { headline: 'Harbour Bridge opens', publishedAt: '2026-03-05T08:00:00.000Z', text: lexicalParagraphs([english]) as never },
  })
  await payload.update({ collection: 'stories', id: story.id, locale: 'de', data: { headline: 'Brücke eröffnet', text: lexicalParagraphs([german]) as never } })

  expect(await claimsOf(story.id)).toEqual(
    expect.arrayContaining([
      { text: english, locale: 'en', inArticle: true },
      { text: german, locale: 'de', inArticle: true },
    ]),
  )

  // A new English text: the old English sentence is gone from the article, the German one is not.
  const revised = 'The Harbour Bridge in Kelvindale cost 95 million euros to build.'
  await payload.update({ collection: 'stories', id: story.id, locale: 'en', data: { text: lexicalParagraphs([revised]) as never } })
  const claims = await claimsOf(story.id)
  expect(claims).toEqual(
    expect.arrayContaining([
      { text: english, locale: 'en', inArticle: false },
      { text: revised, locale: 'en', inArticle: true },
      { text: german, locale: 'de', inArticle: true },
    ]),
  )
  expect(claims).toHaveLength(3)
})
