import type { Access } from 'payload'

import type { AccessCheck } from '../options'

/** Turns a yes/no check of the options into a collection access function. */
export const allowIf =
  (check: AccessCheck): Access =>
  ({ req }) =>
    check({ req })

/** Staff read everything; everyone else only what matches `publicWhere`. */
export const staffOr =
  (isStaff: AccessCheck, publicWhere: ReturnType<Access>): Access =>
  async ({ req }) =>
    (await isStaff({ req })) ? true : publicWhere

export const nobody: Access = () => false
