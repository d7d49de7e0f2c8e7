import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * Refuses an article whose checked rich-text body is larger than `maxBytes` (as JSON) with a 413 naming the
 * field and the limit, before anything is stored or read: a 10 MB body once held the server for half a minute.
 */
export const limitArticleBody =
  (field: string, maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const body = (args.data as Record<string, unknown> | undefined)?.[field]
    if (body === undefined || body === null) return args
    const bytes = Buffer.byteLength(typeof body === 'string' ? body : JSON.stringify(body))
    if (bytes > maxBytes) {
      throw new APIError(`The article's "${field}" is ${bytes} bytes; the limit is ${maxBytes} bytes.`, 413, undefined, true)
    }
    return args
  }
