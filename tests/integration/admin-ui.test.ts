import type { CollectionConfig, Config, Field } from 'payload'

import { Articles } from '../../src/collections/Articles'
import { Users } from '../../src/collections/Users'
import { databaseAdapter } from '../../src/database'
import { factCheckPlugin } from '../../src/factcheck'
import { componentPaths } from '../../src/factcheck/components/paths'

const base = (): Config => ({
  collections: [Users, Articles],
  secret: 'test',
  db: databaseAdapter('file:./data/test/unused.db'),
})

const collection = (config: Config, slug: string) => config.collections!.find((candidate) => candidate.slug === slug)!
const named = (fields: Field[], name: string) => fields.find((field) => 'name' in field && field.name === name)
/** What the database stores: every field but `ui` ones. */
const storedFields = (config: CollectionConfig) =>
  config.fields.filter((field) => field.type !== 'ui').map((field) => ('name' in field ? field.name : field.type))

describe('admin UI of the plugin', () => {
  const enabled = factCheckPlugin()(base())
  const disabled = factCheckPlugin({ disabled: true })(base())

  it('adds the fact-check panel to each article collection, aimed at its rich-text field', () => {
    const panel = named(collection(enabled, 'articles').fields, 'factCheck')
    expect(panel).toMatchObject({
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: { path: componentPaths.factCheckPanel, clientProps: { richTextField: 'body' } } } },
    })
  })

  it('adds the verdict actions to claims, the claim’s evidence to verdicts, the import and the corpus conflicts to sources', () => {
    expect(named(collection(enabled, 'claims').fields, 'verdictActions')).toMatchObject({ type: 'ui' })
    expect(named(collection(enabled, 'verdicts').fields, 'claimEvidence')).toMatchObject({ type: 'ui' })
    expect(collection(enabled, 'sources').admin?.components?.beforeListTable).toEqual([
      componentPaths.sourcesImport,
      componentPaths.corpusConflicts,
    ])
  })

  it('registers the review queue view, its nav link and the dashboard summary', () => {
    const components = enabled.admin!.components!
    expect(components.views!.factCheckReviewQueue).toMatchObject({ Component: componentPaths.reviewQueueView, path: '/review-queue' })
    expect(components.beforeNavLinks).toEqual([componentPaths.reviewQueueNavLink])
    expect(components.beforeDashboard).toEqual([componentPaths.dashboardSummary])
  })

  it('leaves all of it out when disabled, with the same stored fields', () => {
    for (const slug of ['articles', 'claims', 'verdicts', 'sources']) {
      expect(collection(disabled, slug).fields.filter((field) => field.type === 'ui')).toEqual([])
      expect(storedFields(collection(disabled, slug))).toEqual(storedFields(collection(enabled, slug)))
    }
    expect(collection(disabled, 'sources').admin?.components?.beforeListTable).toBeUndefined()
    expect(disabled.admin?.components).toBeUndefined()
  })
})
