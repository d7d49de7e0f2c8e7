import type { CollectionConfig, PayloadRequest } from 'payload'

import { z } from 'zod'

import { CLAIMS, CORPUS_FIGURES, DESK_NOTES, PLUGIN_OPTIONS_KEY, SOURCES, VERDICTS } from './constants'

/** Decides whether the request's user may do something; receives the request like Payload's access functions. */
export type AccessCheck = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

const accessCheck = z.custom<AccessCheck>((value) => typeof value === 'function', {
  message: 'expected a function ({ req }) => boolean',
})

/** Changes one of the plugin's collections: `(collection) => collection`. */
export type CollectionOverride = (collection: CollectionConfig) => CollectionConfig

const collectionOverride = z.custom<CollectionOverride>((value) => typeof value === 'function', {
  message: 'expected a function (collection) => collection',
})

/**
 * The slugs of the plugin's collections. Each is typed as its default so that Payload's generated types (which
 * name the collections by these defaults in this app) keep typing the documents; the value is whatever the host chose.
 */
export interface PluginSlugs {
  claims: typeof CLAIMS
  verdicts: typeof VERDICTS
  sources: typeof SOURCES
  corpusFigures: typeof CORPUS_FIGURES
  deskNotes: typeof DESK_NOTES
}

/** The default slugs, which a host changes with the `slugs` option. */
export const DEFAULT_SLUGS: PluginSlugs = {
  claims: CLAIMS,
  verdicts: VERDICTS,
  sources: SOURCES,
  corpusFigures: CORPUS_FIGURES,
  deskNotes: DESK_NOTES,
}

const collectionSlug = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a collection slug such as "fact-claims"')

const slugsSchema = z
  .object({
    claims: collectionSlug.default(CLAIMS),
    verdicts: collectionSlug.default(VERDICTS),
    sources: collectionSlug.default(SOURCES),
    corpusFigures: collectionSlug.default(CORPUS_FIGURES),
    deskNotes: collectionSlug.default(DESK_NOTES),
  })
  .strict()
  .default(DEFAULT_SLUGS)
  .refine((slugs) => new Set(Object.values(slugs)).size === Object.keys(slugs).length, 'the slugs must differ')

const articleCollectionSchema = z
  .object({
    /** The rich-text (Lexical) field whose sentences are checked. */
    field: z.string().min(1).default('body'),
    /** A date field giving the article's publication date, the reference for relative dates. */
    dateField: z.string().min(1).default('publishedAt'),
    /**
     * Path of the public article page, for ClaimReview `url`: each `{field}` is replaced by that field of the article
     * (`/articles/{slug}`, `/news/{id}`, `/{section}/{path}`: whatever the host's routes use).
     */
    urlPattern: z.string().min(1).default('/articles/{slug}'),
    /** The article's title: the story's name for the checker and the ClaimReview headline. Default: the collection's `admin.useAsTitle`. */
    titleField: z.string().min(1).optional(),
    /** A relationship to the users collection naming the article's author, who is told of conflicts and verdicts. */
    authorField: z.string().min(1).default('author'),
  })
  .strict()

export type ArticleCollectionOptions = z.output<typeof articleCollectionSchema>

const ratingSchema = z
  .object({
    /** Stored value of the verdict's `rating` (a slug). */
    value: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug such as "mostly-accurate"'),
    label: z.string().min(1),
    /** ClaimReview `ratingValue`; null for a rating off the scale (e.g. unverifiable). */
    ratingValue: z.number().int().min(1).nullable(),
    /** CSS colour of the rating's badge on the public page. */
    colour: z.string().regex(/^#[0-9a-f]{3}([0-9a-f]{3})?$/i, 'expected a hex colour such as "#c0392b"'),
    /** The rating says the figure is wrong: a verdict of the newsroom's own figure becomes a `correction`. */
    corrects: z.boolean().default(false),
  })
  .strict()

export type RatingOption = z.output<typeof ratingSchema>

/** The default scale: best (5) to worst (1), and unverifiable off the scale. */
export const DEFAULT_RATING_SCALE: RatingOption[] = [
  { value: 'accurate', label: 'Accurate', ratingValue: 5, colour: '#2e7d32', corrects: false },
  { value: 'mostly-accurate', label: 'Mostly accurate', ratingValue: 4, colour: '#689f38', corrects: false },
  { value: 'conflicting-sources', label: 'Conflicting sources', ratingValue: 3, colour: '#f9a825', corrects: false },
  { value: 'misleading', label: 'Misleading', ratingValue: 2, colour: '#ef6c00', corrects: true },
  { value: 'inaccurate', label: 'Inaccurate', ratingValue: 1, colour: '#c62828', corrects: true },
  { value: 'unverifiable', label: 'Unverifiable', ratingValue: null, colour: '#757575', corrects: false },
]

const ratingScaleSchema = z
  .array(ratingSchema)
  .min(1)
  .refine((scale) => new Set(scale.map((rating) => rating.value)).size === scale.length, 'rating values must be unique')
  .refine((scale) => scale.some((rating) => rating.ratingValue !== null), 'at least one rating needs a ratingValue')

export const factCheckOptionsSchema = z
  .object({
    /** Keeps the collections (so the schema does not change) but attaches no hooks, endpoints or jobs. */
    disabled: z.boolean().default(false),
    /** Collections whose articles are fact-checked, by slug. */
    articles: z.record(z.string().min(1), articleCollectionSchema).default({ articles: articleCollectionSchema.parse({}) }),
    /** The user collection that reviewers belong to (defaults to the admin user collection). */
    usersCollection: z.string().min(1).optional(),
    /** A text field of the users naming them (an article author in ClaimReview); without a value the publisher is named. */
    userNameField: z.string().min(1).default('name'),
    access: z
      .object({
        /** Reads every claim, verdict (drafts too) and source. */
        isStaff: accessCheck.optional(),
        /** Creates and edits claims. */
        canEditClaims: accessCheck.optional(),
        /** Creates and edits verdicts. */
        canReview: accessCheck.optional(),
        /** Manages the corpus and deletes claims and verdicts. */
        isAdmin: accessCheck.optional(),
      })
      .strict()
      .default({}),
    /** The organisation publishing the fact-checks: the `author` of ClaimReview. */
    publisher: z
      .object({ name: z.string().min(1), url: z.url().optional() })
      .strict()
      .default({ name: 'Newsroom' }),
    /** Public base URL of the site, for ClaimReview `url`. */
    siteUrl: z.url().default('http://localhost:3000'),
    /** The verdicts' rating scale, best first: labels, order, ClaimReview ratingValue and colour. */
    ratingScale: ratingScaleSchema.default(DEFAULT_RATING_SCALE),
    /** Language of the articles and fact-checks (BCP 47), ClaimReview `inLanguage`. */
    inLanguage: z.string().min(2).default('en'),
    desk: z
      .object({
        /** A verdict publishes only when a second reviewer approves it. */
        secondReview: z.boolean().default(false),
        /** Emails the assignee of a claim, and an article's author when a conflict is found or a verdict published. */
        notifications: z.boolean().default(true),
      })
      .strict()
      .default({ secondReview: false, notifications: true }),
    /**
     * The newsroom's own aliases for places and names the gazetteer does not know: a name → the names it covers,
     * as synonyms or as parts (`{ Donbas: ['Donetsk', 'Luhansk'] }`). Figures about a part match the whole.
     */
    aliases: z
      .record(z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1, 'list at least one name it covers'))
      .default({}),
    /** Articles with more claims to check than this are checked in the jobs queue instead of during the save. */
    inlineCheckLimit: z.number().int().min(0).default(25),
    /** Articles whose text is longer than this (characters) have their claims read in the jobs queue: the save answers at once. */
    inlineTextLimit: z.number().int().min(0).default(10_000),
    /** Largest accepted article body (the checked rich-text field, as JSON), in bytes: larger saves answer 413. */
    maxArticleBytes: z.number().int().positive().default(1_000_000),
    /**
     * The slugs of the plugin's collections (`claims`, `verdicts`, `sources`, `corpus-figures`, `desk-notes`), for a
     * host that has a collection of one of these names: `{ sources: 'fact-sources' }`. The REST and GraphQL routes,
     * the relationships and the admin links follow them.
     */
    slugs: slugsSchema,
    /**
     * Changes to the plugin's collections, by collection: a function given the collection's config that returns
     * it changed (labels, admin group, access, hooks or fields added). A slug is changed with `slugs`, which the
     * plugin's code reads: an override that changes one stops the app with a message.
     */
    collectionOverrides: z
      .object({
        claims: collectionOverride.optional(),
        verdicts: collectionOverride.optional(),
        sources: collectionOverride.optional(),
        corpusFigures: collectionOverride.optional(),
        deskNotes: collectionOverride.optional(),
      })
      .strict()
      .default({}),
    /** The jobs queue that fact-check tasks run in. */
    queue: z.string().min(1).default('factcheck'),
    /**
     * Cron (with seconds, e.g. every five seconds: `'0/5 * * * * *'`) that runs the fact-check queue inside the app, or `false` (the
     * default): the host runs its jobs queues as it already does (its `jobs.autoRun`, `payload jobs:run`, or
     * `/api/payload-jobs/run` called by a scheduler; a cron inside the app suits long-running servers, not serverless).
     */
    autoRun: z.union([z.literal(false), z.string().min(1)]).default(false),
    api: z
      .object({
        /** Largest accepted request body of `POST /api/factcheck/check`, in bytes. */
        maxBodyBytes: z.number().int().positive().default(100_000),
        /** Largest accepted body of `POST /api/factcheck/sources/import` (JSON lines of sources), in bytes. */
        maxImportBytes: z.number().int().positive().default(10_000_000),
        /** Per-user rate limit of the check endpoint. */
        rateLimit: z
          .object({
            max: z.number().int().positive().default(60),
            windowMs: z.number().int().positive().default(60_000),
          })
          .strict()
          .default({ max: 60, windowMs: 60_000 }),
      })
      .strict()
      .default({ maxBodyBytes: 100_000, maxImportBytes: 10_000_000, rateLimit: { max: 60, windowMs: 60_000 } }),
  })
  .strict()

/** Options as the plugin's user writes them. */
export type FactCheckPluginOptions = z.input<typeof factCheckOptionsSchema>
/** Options after validation, with every default filled in. */
export type ResolvedFactCheckOptions = z.output<typeof factCheckOptionsSchema> & {
  slugs: PluginSlugs
  usersCollection: string
  access: Required<z.output<typeof factCheckOptionsSchema>['access']>
}

export class FactCheckOptionsError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    const lines = issues.map((issue) => `- ${issue.path.join('.') || '(options)'}: ${issue.message}`)
    super(`factCheckPlugin: invalid options\n${lines.join('\n')}`)
    this.name = 'FactCheckOptionsError'
  }
}

export { PLUGIN_OPTIONS_KEY }

/** The options the plugin was configured with, for code that has only the Payload instance (scripts). */
export function pluginOptions(payload: { config: { custom?: Record<string, unknown> } }): ResolvedFactCheckOptions {
  const options = payload.config.custom?.[PLUGIN_OPTIONS_KEY] as ResolvedFactCheckOptions | undefined
  if (!options) throw new Error('the fact-check plugin is not in this Payload config')
  return options
}

/** The slugs of the plugin's collections, for code that has only the Payload instance (hooks, services, jobs). */
export function pluginSlugs(payload: { config: { custom?: Record<string, unknown> } }): PluginSlugs {
  return pluginOptions(payload).slugs
}

const signedIn: AccessCheck = ({ req }) => Boolean(req.user)

/** Validates the options; throws a FactCheckOptionsError naming each wrong option and what was expected. */
export function resolveOptions(options: unknown, adminUserCollection = 'users'): ResolvedFactCheckOptions {
  const parsed = factCheckOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) throw new FactCheckOptionsError(parsed.error.issues)
  const { access } = parsed.data
  return {
    ...parsed.data,
    slugs: parsed.data.slugs as PluginSlugs,
    usersCollection: parsed.data.usersCollection ?? adminUserCollection,
    access: {
      isStaff: access.isStaff ?? signedIn,
      canEditClaims: access.canEditClaims ?? signedIn,
      canReview: access.canReview ?? signedIn,
      isAdmin: access.isAdmin ?? signedIn,
    },
  }
}
