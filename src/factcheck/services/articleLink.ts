/**
 * A claim's `article` relationship. With one article collection (the usual case) it is monomorphic: it stores the
 * article's ID, and `where[article][equals]=<id>` works as API consumers expect. With several it is polymorphic
 * (`{ relationTo, value }`). Readers take either shape through `readArticleLink`, which falls back on the claim's
 * `articleRef` (`<collection>:<id>`) for the collection of a monomorphic link. No Payload import: the admin
 * components use it too.
 */
type Id = number | string
type ArticleDoc = { id: Id; [field: string]: unknown }

export type ArticleLinkValue = Id | ArticleDoc | { relationTo: string; value: Id | ArticleDoc } | null | undefined

/** The `relationTo` of the claims' `article` field: one slug when only one collection is checked. */
export const articleRelationTo = (collections: string[]): string | string[] =>
  collections.length === 1 ? collections[0] : collections

/** The value a claim stores for its article, given the `relationTo` of the claims' `article` field. */
export const articleLinkValue = (relationTo: string | string[], collection: string, id: Id) =>
  Array.isArray(relationTo) ? { relationTo: collection, value: id } : id

export interface ArticleLink {
  collection: string
  id: Id
  /** The article document, when the relationship was populated. */
  doc?: ArticleDoc
}

/** A claim's article in either shape, or undefined for a claim entered by hand. */
export function readArticleLink(claim: { article?: ArticleLinkValue; articleRef?: null | string }): ArticleLink | undefined {
  const { article, articleRef } = claim
  if (article == null) return undefined
  const polymorphic = typeof article === 'object' && 'relationTo' in article && typeof article.relationTo === 'string'
  const target = polymorphic ? (article as { value: Id | ArticleDoc }).value : (article as Id | ArticleDoc)
  const doc = typeof target === 'object' ? target : undefined
  const id = doc ? doc.id : (target as Id)
  const collection = polymorphic ? (article as { relationTo: string }).relationTo : articleRef?.slice(0, articleRef.indexOf(':'))
  return collection ? { collection, id, doc } : undefined
}

type WhereNode = { [key: string]: unknown }

/**
 * Whether a `where` compares a polymorphic `article` itself to a value (Payload cannot: it answers 500 "Not
 * supported"), instead of `article.relationTo` and `article.value`. `exists` needs no value and works.
 */
export function comparesArticleDirectly(where: unknown): boolean {
  if (!where || typeof where !== 'object') return false
  return Object.entries(where as WhereNode).some(([key, value]) =>
    key === 'and' || key === 'or'
      ? Array.isArray(value) && value.some(comparesArticleDirectly)
      : key === 'article' && typeof value === 'object' && value !== null && Object.keys(value).some((operator) => operator !== 'exists'),
  )
}
