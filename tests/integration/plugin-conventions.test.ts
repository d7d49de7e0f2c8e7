import type { Config, Endpoint, PayloadRequest } from 'payload'

import { compileErrors, dereference, validate } from '@readme/openapi-parser'

import { Articles } from '../../src/collections/Articles'
import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/database'
import { factCheckPlugin } from '../../src/factcheck'
import { factCheckEndpoints } from '../../src/factcheck/endpoints'
import { PLUGIN_OPTIONS_KEY, resolveOptions, type ResolvedFactCheckOptions } from '../../src/factcheck/options'

/** Payload's plugin conventions: the host keeps control of its jobs runner; the API description stands on its own. */

const host = (jobs?: Config['jobs']): Config => ({
  collections: [Users, Articles],
  secret: 'conventions-test',
  db: databaseAdapter('file:./data/test/unused.db'),
  jobs,
})

describe('the jobs runner is the host\'s', () => {
  const cron = { cron: '0 * * * * *', queue: 'default' }

  it('adds no cron of its own by default, and keeps the host\'s', () => {
    expect(factCheckPlugin()(host()).jobs!.autoRun).toBeUndefined()
    expect(factCheckPlugin()(host({ autoRun: [cron] })).jobs!.autoRun).toEqual([cron])
  })

  it('adds its queue\'s cron when asked, after the host\'s list', () => {
    const autoRun = factCheckPlugin({ autoRun: '*/5 * * * * *' })(host({ autoRun: [cron] })).jobs!.autoRun
    expect(autoRun).toEqual([cron, expect.objectContaining({ cron: '*/5 * * * * *', queue: 'factcheck' })])
  })

  it('keeps a host\'s function-form autoRun, calling it with the payload instance', async () => {
    const payload = { marker: true }
    const calls: unknown[] = []
    const hostAutoRun = async (received: unknown) => (calls.push(received), received === payload ? [cron] : [])
    const autoRun = factCheckPlugin({ autoRun: '*/5 * * * * *' })(host({ autoRun: hostAutoRun as never })).jobs!.autoRun
    expect(typeof autoRun).toBe('function')
    const entries = await (autoRun as (payload: unknown) => Promise<unknown[]>)(payload)
    expect(calls).toEqual([payload])
    expect(entries).toEqual([cron, expect.objectContaining({ queue: 'factcheck' })])
    // Left off, the host's function is the host's, untouched.
    expect(factCheckPlugin()(host({ autoRun: hostAutoRun as never })).jobs!.autoRun).toBe(hostAutoRun)
  })
})

it('serves an OpenAPI document that a validating parser accepts, every $ref resolving within it', async () => {
  const options = resolveOptions({})
  const endpoint = factCheckEndpoints(options).find((candidate: Endpoint) => candidate.path === '/factcheck/openapi.json')!
  const req = {
    payload: { config: { serverURL: 'http://localhost:3000', routes: { api: '/api' } } },
    url: 'http://localhost:3000/api/factcheck/openapi.json',
  } as unknown as PayloadRequest
  const document = await (await endpoint.handler(req)).json()
  const refs = JSON.stringify(document).match(/"\$ref":"[^"]*"/g) ?? []
  expect(refs.length).toBeGreaterThan(0)
  // Validated against the OpenAPI 3.1 schema, every $ref resolved (a dangling one is an error).
  const result = await validate(structuredClone(document))
  expect(result.valid ? '' : compileErrors(result)).toBe('')
  const dereferenced = await dereference(structuredClone(document))
  expect(JSON.stringify(dereferenced)).not.toMatch(/"\$ref"/)
})

it('speaks Payload\'s i18n: its admin strings in English, German and French, the host\'s translations kept', () => {
  const config = factCheckPlugin()({ ...host(), i18n: { translations: { de: { general: { custom: 'Eigenes' } } } as never } })
  const translations = config.i18n!.translations as Record<string, Record<string, Record<string, string>>>
  expect(translations.en.factcheck.reviewQueue).toBe('Review queue')
  expect(translations.de.factcheck.reviewQueue).toBe('Prüfliste')
  expect(translations.fr.factcheck.claims).toBe('Affirmations')
  expect(translations.de.general.custom).toBe('Eigenes')
  // Every language has every key (and French the zero forms of counted strings: tests/engine/translations.test.ts).
  const keys = (language: string) => Object.keys(translations[language].factcheck).filter((key) => !key.endsWith('_zero')).sort()
  for (const language of ['de', 'fr']) expect(keys(language)).toEqual(keys('en'))
  const claims = config.collections!.find((collection) => collection.slug === 'claims')!
  expect(claims.labels!.plural).toEqual(expect.objectContaining({ en: 'Claims', de: 'Aussagen' }))
  expect(claims.admin!.group).toEqual(expect.objectContaining({ en: 'Fact-check', de: 'Faktencheck' }))
})

it('lets the host change its collections, keeping their slugs', () => {
  const config = factCheckPlugin({
    collectionOverrides: { sources: (collection) => ({ ...collection, admin: { ...collection.admin, group: 'Archive' } }) },
  })(host())
  expect(config.collections!.find((collection) => collection.slug === 'sources')!.admin!.group).toBe('Archive')
  expect(() => factCheckPlugin({ collectionOverrides: { sources: (collection) => ({ ...collection, slug: 'archive' }) } })(host())).toThrow(
    /collectionOverrides\.sources may not change the slug "sources"/,
  )
  expect(() => factCheckPlugin({ collectionOverrides: { claims: 'no' } } as never)(host())).toThrow(/collectionOverrides\.claims: expected a function/)
})

it('reads the article\'s title from the field the host names, by default its useAsTitle', () => {
  const titleOf = (config: Config, slug: string) =>
    (config.custom![PLUGIN_OPTIONS_KEY] as ResolvedFactCheckOptions).articles[slug].titleField
  const posts = { slug: 'posts', admin: { useAsTitle: 'headline' }, fields: [{ name: 'headline', type: 'text' as const }, { name: 'content', type: 'richText' as const }] }
  expect(titleOf(factCheckPlugin()(host()), 'articles')).toBe('title')
  expect(titleOf(factCheckPlugin({ articles: { posts: { field: 'content' } } })({ ...host(), collections: [Users, posts] }), 'posts')).toBe('headline')
  const named = factCheckPlugin({ articles: { posts: { field: 'content', titleField: 'content' } } })({ ...host(), collections: [Users, posts] })
  expect(titleOf(named, 'posts')).toBe('content')
})
