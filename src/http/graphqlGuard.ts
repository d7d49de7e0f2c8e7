import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql'

/** Deepest selection a GraphQL query may make (GRAPHQL_MAX_DEPTH; default 12): Verdicts → docs → claim → article → … */
export const maxGraphQLDepth = (): number => Number(process.env.GRAPHQL_MAX_DEPTH) || 12
/** Most tokens a query may have: parsing is bounded before anything else. */
const MAX_TOKENS = 5_000

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

/**
 * The depth of a query's deepest selection, following fragment spreads (each fragment measured once, so a
 * query that spreads fragments many times over costs no more); throws on a fragment that spreads itself
 * (Payload's query-complexity rule recursed on one until the stack overflowed: a 500).
 */
function depthOf(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const heights = new Map<string, number>()
  const measuring = new Set<string>()
  const fragmentHeight = (name: string): number => {
    const known = heights.get(name)
    if (known !== undefined) return known
    if (measuring.has(name)) throw new GraphQLError(`Cannot spread fragment "${name}" within itself (a fragment cycle).`)
    const fragment = fragments.get(name)
    if (!fragment) return 0
    measuring.add(name)
    const height = heightOf(fragment.selectionSet)
    measuring.delete(name)
    heights.set(name, height)
    return height
  }
  const heightOf = (selectionSet: SelectionSetNode | undefined): number => {
    let height = 0
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) height = Math.max(height, 1 + heightOf(selection.selectionSet))
      else if (selection.kind === Kind.INLINE_FRAGMENT) height = Math.max(height, heightOf(selection.selectionSet))
      else height = Math.max(height, fragmentHeight(selection.name.value))
    }
    return height
  }
  let deepest = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, heightOf(definition.selectionSet))
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragmentHeight(definition.name.value)
  }
  return deepest
}

const refuse = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * Refuses, with 400, GraphQL queries deeper than the limit, with a fragment cycle, or longer than MAX_TOKENS,
 * before Payload's handler validates and runs them. Queries it cannot read are left to that handler's errors.
 */
export function withGraphQLGuard<Context>(handler: RouteHandler<Context>, maxDepth = maxGraphQLDepth): RouteHandler<Context> {
  return async (request, context) => {
    let query: unknown
    try {
      query = ((await request.clone().json()) as { query?: unknown })?.query
    } catch {
      return handler(request, context)
    }
    if (typeof query !== 'string') return handler(request, context)
    let document: DocumentNode
    try {
      document = parse(query, { maxTokens: MAX_TOKENS })
    } catch (error) {
      return refuse((error as Error).message)
    }
    try {
      const limit = maxDepth()
      const depth = depthOf(document)
      if (depth > limit) return refuse(`The query is nested deeper than the limit of ${limit} levels.`)
    } catch (error) {
      if (error instanceof GraphQLError) return refuse(error.message)
      throw error
    }
    return handler(request, context)
  }
}
