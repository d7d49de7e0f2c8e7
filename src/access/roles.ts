import type { Access, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const userRoles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(userRoles) && roles.some((role) => userRoles.includes(role))
}

/** Access function for the given roles. */
export const allow =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

export const isStaff = (user: MaybeUser) => hasRole(user, 'admin', 'editor', 'reviewer')

/** Staff read everything; everyone else reads only published documents. */
export const staffOrPublished: Access = ({ req }) =>
  isStaff(req.user) ? true : { _status: { equals: 'published' } }

/** The newsroom's roles as the fact-check plugin's `access` option: who is staff, edits claims, reviews, administers. */
export const factCheckAccess = {
  isStaff: ({ req }: { req: PayloadRequest }) => isStaff(req.user),
  canEditClaims: ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin', 'editor'),
  canReview: ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin', 'reviewer'),
  isAdmin: ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin'),
}
