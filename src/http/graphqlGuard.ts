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
/** Most field selections a query may make once its fragments are expanded (Payload's complexity rule walks them all). */
const MAX_FIELDS = 5_000

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

/**
 * The depth of a query's deepest selection and its number of field selections, following fragment spreads
 * (each fragment measured once, so spreading fragments many times over costs nothing here); throws on a
 * fragment that spreads itself (Payload's query-complexity rule recursed on one until the stack overflowed).
 */
function measure(document: DocumentNode): { depth: number; fields: number } {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  type Size = { depth: number; fields: number }
  const sizes = new Map<string, Size>()
  const measuring = new Set<string>()
  const fragmentSize = (name: string): Size => {
    const known = sizes.get(name)
    if (known) return known
    if (measuring.has(name)) throw new GraphQLError(`Cannot spread fragment "${name}" within itself (a fragment cycle).`)
    const fragment = fragments.get(name)
    if (!fragment) return { depth: 0, fields: 0 }
    measuring.add(name)
    const size = sizeOf(fragment.selectionSet)
    measuring.delete(name)
    sizes.set(name, size)
    return size
  }
  const sizeOf = (selectionSet: SelectionSetNode | undefined): Size => {
    const total = { depth: 0, fields: 0 }
    for (const selection of selectionSet?.selections ?? []) {
      let size: Size
      if (selection.kind === Kind.FIELD) {
        const inner = sizeOf(selection.selectionSet)
        size = { depth: 1 + inner.depth, fields: 1 + inner.fields }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) size = sizeOf(selection.selectionSet)
      else size = fragmentSize(selection.name.value)
      total.depth = Math.max(total.depth, size.depth)
      total.fields += size.fields
    }
    return total
  }
  const total = { depth: 0, fields: 0 }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const size = sizeOf(definition.selectionSet)
      total.depth = Math.max(total.depth, size.depth)
      total.fields += size.fields
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragmentSize(definition.name.value)
  }
  return total
}

const refuse = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/**
 * Refuses, with 400, GraphQL queries deeper than the limit, selecting more than MAX_FIELDS fields, with a
 * fragment cycle, or longer than MAX_TOKENS, and bodies that are not JSON, before Payload's handler validates
 * and runs them. Other requests it cannot read are left to that handler's errors.
 */
export function withGraphQLGuard<Context>(handler: RouteHandler<Context>, maxDepth = maxGraphQLDepth): RouteHandler<Context> {
  return async (request, context) => {
    let query: unknown
    try {
      query = ((await request.clone().json()) as { query?: unknown })?.query
    } catch {
      // Payload's handler failed on a body that is not JSON (500).
      return refuse('The body must be a JSON GraphQL request: {"query": "…", "variables": {…}}.')
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
      const { depth, fields } = measure(document)
      if (depth > limit) return refuse(`The query is nested deeper than the limit of ${limit} levels.`)
      if (fields > MAX_FIELDS) return refuse(`The query selects ${fields} fields once its fragments are expanded; the limit is ${MAX_FIELDS}.`)
    } catch (error) {
      if (error instanceof GraphQLError) return refuse(error.message)
      throw error
    }
    return handler(request, context)
  }
}
