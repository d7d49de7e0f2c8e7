import type { Config } from 'payload'

import { buildConfig } from 'payload'

import { Articles } from '../../src/collections/Articles'
import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/database'
import { factCheckPlugin, FactCheckOptionsError } from '../../src/factcheck'

const base = (): Config => ({
  collections: [Users, Articles],
  secret: 'test',
  db: databaseAdapter('file:./data/test/unused.db'),
})

const messageOf = (options: unknown) => {
  try {
    factCheckPlugin(options as never)(base())
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the plugin to reject the options')
}

describe('plugin options', () => {
  it('names each wrong option and what was expected', () => {
    const error = messageOf({ inlineCheckLimit: -1, publisher: { name: 42 }, siteUrl: 'not a url' })
    expect(error).toBeInstanceOf(FactCheckOptionsError)
    expect(error.message).toMatch(/inlineCheckLimit: .*>=\s*0/)
    expect(error.message).toMatch(/publisher\.name: .*expected string/i)
    expect(error.message).toMatch(/siteUrl: .*URL/i)
  })

  it('rejects unknown options and wrong access functions', () => {
    expect(messageOf({ inlineLimit: 3 }).message).toMatch(/inlineLimit/)
    expect(messageOf({ access: { canReview: 'reviewers' } }).message).toMatch(/access\.canReview: expected a function/)
  })

  it('rejects article collections that do not exist or lack the rich-text field', () => {
    expect(messageOf({ articles: { posts: {} } }).message).toMatch(/articles\.posts: no collection "posts"/)
    expect(messageOf({ articles: { articles: { field: 'title' } } }).message).toMatch(
      /articles\.articles\.field: "title" must be a richText field/,
    )
  })

  it('stops the app at start-up', async () => {
    await expect(buildConfig({ ...base(), plugins: [factCheckPlugin({ queue: '' })] })).rejects.toThrow(/queue/)
  })

  it('adds the collections and appends to existing hooks, keeping them', () => {
    const existingHook = () => undefined
    const config = factCheckPlugin()({
      ...base(),
      collections: [Users, { ...Articles, hooks: { afterChange: [existingHook] } }],
    })
    const slugs = config.collections!.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['claims', 'verdicts', 'sources', 'corpus-figures']))
    const articles = config.collections!.find((collection) => collection.slug === 'articles')!
    expect(articles.hooks!.afterChange![0]).toBe(existingHook)
    expect(articles.hooks!.afterChange).toHaveLength(2)
  })

  it('keeps the schema but attaches nothing when disabled', () => {
    const config = factCheckPlugin({ disabled: true })(base())
    expect(config.collections!.map((collection) => collection.slug)).toContain('claims')
    expect(config.collections!.find((collection) => collection.slug === 'articles')!.hooks).toBeUndefined()
    expect(config.endpoints ?? []).toHaveLength(0)
  })
})
