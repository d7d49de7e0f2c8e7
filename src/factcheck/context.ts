import type { RequestContext } from 'payload'

/** Flags the plugin passes through `req.context`, namespaced so that other plugins' flags never collide. */
export interface FactCheckContext {
  /** Create or update claims without checking them now (a job checks them). */
  deferCheck?: boolean
  /** Check the claim even though its text did not change. */
  recheck?: boolean
  /** Set inside jobs: a failing check throws so that the job is retried. */
  inJob?: boolean
  /** Bookkeeping writes of the plugin itself: no hook of the plugin reacts to them. */
  internal?: boolean
  /** A second reviewer approves (and so publishes) a verdict: the one write that may publish under `desk.secondReview`. */
  approving?: boolean
}

const KEY = 'factcheck'

export const factCheckContext = (context: RequestContext): FactCheckContext =>
  (context[KEY] as FactCheckContext | undefined) ?? {}

export const withFactCheckContext = (flags: FactCheckContext): RequestContext => ({ [KEY]: flags })
