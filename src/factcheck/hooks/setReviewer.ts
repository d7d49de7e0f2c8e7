import type { CollectionBeforeChangeHook } from 'payload'

import { factCheckContext } from '../context'

/** The reviewer is whoever saves the verdict, never a value from the request; an approval leaves them as they are. */
export const setReviewer =
  (): CollectionBeforeChangeHook =>
  ({ data, req, originalDoc, context }) => ({
    ...data,
    reviewer: (factCheckContext(context).approving ? originalDoc?.reviewer : req.user?.id) ?? originalDoc?.reviewer ?? null,
  })
