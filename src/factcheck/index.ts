import type { CollectionConfig, Config, UIField } from 'payload'

import type { FactCheckPluginOptions, ResolvedFactCheckOptions } from './options'

import { claimsCollection } from './collections/claims'
import { corpusFiguresCollection } from './collections/corpusFigures'
import { deskNotesCollection } from './collections/deskNotes'
import { publishGuardFields, recordPublishConfirmation } from './collections/publishGuard'
import { componentPaths, MY_QUEUE_PATH, REVIEW_QUEUE_PATH } from './components/paths'
import { sourcesCollection } from './collections/sources'
import { verdictsCollection } from './collections/verdicts'
import { factCheckEndpoints } from './endpoints'
import { limitArticleBody } from './hooks/limitArticleBody'
import { warnOfOutdatedIndex } from './services/corpusImport'
import { markClaimsOfDeletedArticle, syncArticleClaimsAfterChange } from './hooks/syncArticleClaims'
import { afterDatabaseReady } from './jobs/shouldAutoRun'
import { factCheckTasks, queueReconcilePublic } from './jobs/tasks'
import { setAliases } from './engine'
import { PLUGIN_OPTIONS_KEY, resolveOptions } from './options'
import { withTranslations } from './translations'

export type { FactCheckPluginOptions } from './options'
export { FactCheckOptionsError } from './options'

/**
 * Appends the plugin's hooks and its fact-check panel to an article collection, keeping what it has.
 * The panel is a `ui` field: it stores nothing, so the schema is the same with the plugin disabled.
 */
function attachToArticles(collection: CollectionConfig, options: ResolvedFactCheckOptions): CollectionConfig {
  const factCheckPanel: UIField = {
    name: 'factCheck',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: { path: componentPaths.factCheckPanel, clientProps: { richTextField: options.articles[collection.slug].field } },
      },
    },
  }
  return {
    ...collection,
    fields: [...collection.fields, factCheckPanel, ...publishGuardFields(options)],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: { ...collection.admin?.components?.edit, PublishButton: componentPaths.guardedPublishButton },
      },
    },
    // An article reached through a relationship (a claim's, a verdict's) comes without its body: a list of an
    // article's thousands of claims at depth 2 would otherwise repeat the whole article in each.
    defaultPopulate: collection.defaultPopulate ?? { [options.articles[collection.slug].field]: false },
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        limitArticleBody(options.articles[collection.slug].field, options.maxArticleBytes),
      ],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), recordPublishConfirmation(collection.slug)],
      afterChange: [...(collection.hooks?.afterChange ?? []), syncArticleClaimsAfterChange(collection.slug, options)],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), markClaimsOfDeletedArticle(collection.slug)],
    },
  }
}

type AutoRun = NonNullable<Config['jobs']>['autoRun']
type AutoRunEntry = Extract<AutoRun, unknown[]>[number]

/** The host's `jobs.autoRun` (a list, or a function of the payload instance) with the fact-check queue's cron added. */
function withAutoRun(host: AutoRun, entry: AutoRunEntry): AutoRun {
  if (typeof host === 'function') return async (payload) => [...(await host(payload)), entry]
  return [...(host ?? []), entry]
}

/** A plugin collection as the host's `collectionOverrides` change it; its slug stays (`slugs` changes it). */
function overridden(
  options: ResolvedFactCheckOptions,
  name: keyof ResolvedFactCheckOptions['collectionOverrides'],
  collection: CollectionConfig,
): CollectionConfig {
  const override = options.collectionOverrides[name]
  if (!override) return collection
  const changed = override(collection)
  if (changed.slug !== collection.slug) {
    throw new Error(
      `factCheckPlugin: collectionOverrides.${name} may not change the slug "${collection.slug}": set slugs.${name} instead`,
    )
  }
  return changed
}

function assertArticleCollections(collections: CollectionConfig[], options: ResolvedFactCheckOptions) {
  for (const [slug, { field }] of Object.entries(options.articles)) {
    const collection = collections.find((candidate) => candidate.slug === slug)
    if (!collection) {
      throw new Error(`factCheckPlugin: articles.${slug}: no collection "${slug}" in the config`)
    }
    const richText = collection.fields.find((candidate) => 'name' in candidate && candidate.name === field)
    if (!richText || richText.type !== 'richText') {
      throw new Error(`factCheckPlugin: articles.${slug}.field: "${field}" must be a richText field of "${slug}"`)
    }
    options.articles[slug].titleField ??= collection.admin?.useAsTitle ?? 'title'
  }
}

/**
 * Fact-checks the figures in articles against a reference corpus: adds the `claims`, `verdicts`,
 * `sources` and `corpus-figures` collections, the hooks that extract and check claims, the jobs that
 * do long work, the `/api/factcheck/*` endpoints, and the admin UI (the articles' fact-check panel,
 * the review queue view and its nav link, the dashboard summary).
 */
export const factCheckPlugin =
  (pluginOptions: FactCheckPluginOptions = {}) =>
  (incoming: Config): Config => {
    const options = resolveOptions(pluginOptions, incoming.admin?.user)
    // The engine is pure and configured once: the newsroom's aliases join its gazetteer.
    setAliases(options.aliases)
    const collections = incoming.collections ?? []
    assertArticleCollections(collections, options)

    // The schema is the same whether or not the plugin is disabled.
    const config: Config = {
      ...incoming,
      // The plugin's admin strings (src/factcheck/translations) in its languages and every language the host enables.
      i18n: {
        ...incoming.i18n,
        translations: withTranslations(incoming.i18n?.translations, incoming.i18n?.supportedLanguages) as never,
      },
      // Server-only: lets the command-line tools use the plugin's services with the options it was given.
      custom: { ...incoming.custom, [PLUGIN_OPTIONS_KEY]: options },
      // The admin components read the collections' slugs from here (components/slugs.ts).
      admin: { ...incoming.admin, custom: { ...incoming.admin?.custom, [PLUGIN_OPTIONS_KEY]: { slugs: options.slugs } } },
      collections: [
        ...collections.map((collection) =>
          !options.articles[collection.slug]
            ? collection
            : options.disabled
              ? { ...collection, fields: [...collection.fields, ...publishGuardFields(options)] }
              : attachToArticles(collection, options),
        ),
        overridden(options, 'claims', claimsCollection(options)),
        overridden(options, 'verdicts', verdictsCollection(options)),
        overridden(options, 'sources', sourcesCollection(options)),
        overridden(options, 'corpusFigures', corpusFiguresCollection(options)),
        overridden(options, 'deskNotes', deskNotesCollection(options)),
      ],
    }
    if (options.disabled) return config

    const components = incoming.admin?.components
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...components,
          beforeDashboard: [...(components?.beforeDashboard ?? []), componentPaths.dashboardSummary],
          beforeNavLinks: [...(components?.beforeNavLinks ?? []), componentPaths.reviewQueueNavLink],
          views: {
            ...components?.views,
            factCheckReviewQueue: {
              Component: componentPaths.reviewQueueView,
              path: REVIEW_QUEUE_PATH,
              meta: { title: 'Review queue' },
            },
            factCheckMyQueue: {
              Component: componentPaths.reviewQueueView,
              path: MY_QUEUE_PATH,
              meta: { title: 'My queue' },
            },
          },
        },
      },
      endpoints: [...(incoming.endpoints ?? []), ...factCheckEndpoints(options)],
      onInit: async (payload) => {
        await incoming.onInit?.(payload)
        await queueReconcilePublic(payload, options)
        await warnOfOutdatedIndex(payload)
      },
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), ...factCheckTasks(options)],
        shouldAutoRun: afterDatabaseReady(incoming.jobs?.shouldAutoRun),
        autoRun:
          options.autoRun === false
            ? incoming.jobs?.autoRun
            : withAutoRun(incoming.jobs?.autoRun, {
                cron: options.autoRun,
                queue: options.queue,
                // SQLite runs one write transaction at a time: jobs run side by side fail with SQLITE_BUSY.
                limit: incoming.db.name === 'sqlite' ? 1 : 20,
              }),
      },
    }
  }
