import type { CollectionBeforeChangeHook } from 'payload'

/** The reviewer is whoever saves the verdict, never a value from the request. */
export const setReviewer =
  (): CollectionBeforeChangeHook =>
  ({ data, req, originalDoc }) => ({
    ...data,
    reviewer: req.user?.id ?? originalDoc?.reviewer ?? null,
  })
