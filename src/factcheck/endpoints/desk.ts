import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedFactCheckOptions } from '../options'

import { DESK_STATES } from '../constants'
import { withFactCheckContext } from '../context'
import { deskStateOf } from '../services/deskState'
import { adminLink, queueEmail } from '../services/notify'
import { readJsonBody } from './check'
import { errorResponse, validationErrorResponse } from './errors'
import { body, documented, errorResponses, parametersOf, REQUIRED_AUTH } from './openapi'
import { requestSchemas, responseSchemas } from './schemas'

type Id = number | string

const MAX_BODY = 1_000

const claimParamsSchema = z.object({ claimId: z.string().min(1).describe('ID of a claim') })
const verdictParamsSchema = z.object({ verdictId: z.string().min(1).describe('ID of a verdict') })

const assignRequestSchema = z
  .object({
    assignee: z
      .union([z.string().min(1), z.number().int()], { error: 'assignee must be a user id, or null to unassign' })
      .nullable(),
  })
  .strict()
  .register(requestSchemas, { id: 'AssignRequest', description: 'The reviewer to assign the claim to; null unassigns it.' })

const deskClaimSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    assignee: z.union([z.string(), z.number()]).nullable(),
    deskState: z.enum(DESK_STATES),
  })
  .register(responseSchemas, { id: 'DeskClaim', description: "A claim's place on the desk." })

const approvedVerdictSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    _status: z.literal('published'),
    reviewer: z.union([z.string(), z.number()]).nullable(),
    approvedBy: z.union([z.string(), z.number()]),
  })
  .register(responseSchemas, { id: 'ApprovedVerdict', description: 'The verdict, approved and published.' })

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id | null | undefined))

/** The user, or a 401/403 response: desk actions are for staff who may review or edit claims. */
async function deskUser(req: PayloadRequest, options: ResolvedFactCheckOptions, may: 'assign' | 'approve') {
  if (!req.user) return errorResponse(401, 'authentication required')
  const allowed =
    may === 'approve'
      ? await options.access.canReview({ req })
      : (await options.access.canReview({ req })) || (await options.access.canEditClaims({ req }))
  return allowed ? req.user : errorResponse(403, may === 'approve' ? 'only reviewers approve verdicts' : 'your role may not assign claims')
}

/** `POST /api/factcheck/claims/:claimId/assign`: assigns a claim to a reviewer (who is told by email). */
export function assignEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  return documented(
    {
      path: '/factcheck/claims/:claimId/assign',
      method: 'post',
      handler: async (req) => {
        const user = await deskUser(req, options, 'assign')
        if (user instanceof Response) return user
        const params = claimParamsSchema.safeParse(req.routeParams)
        if (!params.success) return validationErrorResponse(params.error)
        const read = await readJsonBody(req, MAX_BODY)
        if (read instanceof Response) return read
        const parsed = assignRequestSchema.safeParse(read.body)
        if (!parsed.success) return validationErrorResponse(parsed.error)
        const claim = await req.payload.findByID({
          collection: options.slugs.claims,
          id: params.data.claimId,
          depth: 0,
          disableErrors: true,
          overrideAccess: false,
          user,
          req,
        })
        if (!claim) return errorResponse(404, `no claim "${params.data.claimId}"`)
        const { assignee } = parsed.data
        let assigneeEmail: string | undefined
        if (assignee !== null) {
          // An id the users collection cannot have is no user either (some hosts answer it with a 404 error).
          const target = await req.payload
            .findByID({ collection: options.usersCollection as CollectionSlug, id: assignee, depth: 0, disableErrors: true, req })
            .catch(() => null)
          // The assignee must be someone who may write verdicts.
          const mayReview = target && (await options.access.canReview({ req: { ...req, user: { ...target, collection: options.usersCollection } } as PayloadRequest }))
          if (!mayReview) return errorResponse(400, [{ message: `user "${assignee}" does not exist or may not review`, path: 'assignee' }])
          assigneeEmail = (target as { email?: string }).email
        }
        const verdict = claim.verdict
          ? await req.payload.findByID({ collection: options.slugs.verdicts, id: idOf(claim.verdict)!, depth: 0, draft: true, disableErrors: true, req })
          : null
        const updated = await req.payload.update({
          collection: options.slugs.claims,
          id: claim.id,
          data: {
            assignee,
            deskState: deskStateOf({
              published: Boolean(claim.reviewed),
              awaitingApproval: Boolean(verdict?.approvalRequested),
              inReview: Boolean(verdict || assignee !== null),
            }),
          } as never,
          context: withFactCheckContext({ internal: true }),
          depth: 0,
          req,
        })
        if (assignee !== null && String(assignee) !== String(idOf(claim.assignee))) {
          await queueEmail(req, options, {
            to: assigneeEmail,
            subject: 'Fact-check: a claim was assigned to you',
            text: [
              `${(user as { name?: string; email?: string }).name || (user as { email?: string }).email} assigned a claim to you:`,
              '',
              `  ${claim.text}`,
              '',
              `Review it: ${adminLink(req, options, options.slugs.claims, claim.id)}`,
            ].join('\n'),
          })
        }
        return Response.json({ id: updated.id, assignee: idOf(updated.assignee) ?? null, deskState: updated.deskState })
      },
    },
    {
      operationId: 'assignClaim',
      summary: 'Assign a claim to a reviewer (or unassign it)',
      description: 'Reviewers and claim editors only. The assignee must be a reviewer, and is told by email.',
      security: REQUIRED_AUTH,
      parameters: parametersOf(claimParamsSchema, 'path'),
      requestBody: { required: true, ...body(assignRequestSchema) },
      responses: {
        200: { description: "The claim's desk fields", ...body(deskClaimSchema) },
        ...errorResponses({
          400: 'Invalid body, or the assignee may not review',
          401: 'No valid credentials',
          403: 'The user may not assign claims',
          404: 'Unknown claim',
        }),
      },
    },
  )
}

/** `POST /api/factcheck/verdicts/:verdictId/approve`: a second reviewer approves a verdict, which publishes it. */
export function approveEndpoint(options: ResolvedFactCheckOptions): Endpoint {
  return documented(
    {
      path: '/factcheck/verdicts/:verdictId/approve',
      method: 'post',
      handler: async (req) => {
        const user = await deskUser(req, options, 'approve')
        if (user instanceof Response) return user
        const params = verdictParamsSchema.safeParse(req.routeParams)
        if (!params.success) return validationErrorResponse(params.error)
        const verdict = await req.payload.findByID({
          collection: options.slugs.verdicts,
          id: params.data.verdictId,
          depth: 0,
          draft: true,
          disableErrors: true,
          overrideAccess: false,
          user,
          req,
        })
        if (!verdict) return errorResponse(404, `no verdict "${params.data.verdictId}"`)
        if (String(idOf(verdict.reviewer)) === String(user.id)) {
          return errorResponse(403, 'a second review is by another reviewer than the one who wrote the verdict')
        }
        if (!verdict.rating) return errorResponse(400, 'the verdict has no rating yet')
        const { id, createdAt, updatedAt, ...content } = verdict as unknown as Record<string, unknown>
        const published = await req.payload.update({
          collection: options.slugs.verdicts,
          id: verdict.id,
          data: { ...content, _status: 'published', approvedBy: user.id, approvedAt: new Date().toISOString() } as never,
          context: withFactCheckContext({ approving: true }),
          depth: 0,
          req,
        })
        return Response.json({
          id: published.id,
          _status: published._status,
          reviewer: idOf(published.reviewer) ?? null,
          approvedBy: idOf(published.approvedBy),
        })
      },
    },
    {
      operationId: 'approveVerdict',
      summary: "Approve a verdict as its second reviewer, which publishes it",
      description: 'Reviewers only, and not the reviewer who wrote the verdict.',
      security: REQUIRED_AUTH,
      parameters: parametersOf(verdictParamsSchema, 'path'),
      responses: {
        200: { description: 'The published verdict', ...body(approvedVerdictSchema) },
        ...errorResponses({
          400: 'The verdict has no rating',
          401: 'No valid credentials',
          403: 'Not a reviewer, or the verdict’s own reviewer',
          404: 'Unknown verdict',
        }),
      },
    },
  )
}
