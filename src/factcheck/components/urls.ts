import type { Where } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { MY_QUEUE_PATH, REVIEW_QUEUE_PATH } from './paths'

/** Admin URL of one document's edit view. */
export const documentUrl = (adminRoute: string, collection: string, id: number | string) =>
  formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })

export const reviewQueueUrl = (adminRoute: string) => formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH })
export const myQueueUrl = (adminRoute: string) => formatAdminURL({ adminRoute, path: MY_QUEUE_PATH })

type Condition = Record<string, Where[string]>

/**
 * The claims list filtered by the given conditions (all must hold), written in the `or[0].and[n]` shape
 * that the list view's filter controls read back and display.
 */
export function claimsListUrl(adminRoute: string, claimsSlug: string, conditions: Condition[]): string {
  const query = new URLSearchParams()
  conditions.forEach((condition, index) => {
    for (const [field, operators] of Object.entries(condition)) {
      for (const [operator, value] of Object.entries(operators as Record<string, unknown>)) {
        query.append(`where[or][0][and][${index}][${field}][${operator}]`, String(value))
      }
    }
  })
  return `${formatAdminURL({ adminRoute, path: `/collections/${claimsSlug}` })}?${query}`
}

/** Same-origin REST URL (the browser sends the login cookie with it). */
export const apiUrl = (apiRoute: string, path: `/${string}`, query?: URLSearchParams) =>
  `${formatAdminURL({ apiRoute, path, relative: true })}${query ? `?${query}` : ''}`
