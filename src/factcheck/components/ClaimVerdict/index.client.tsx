'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, Pill, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import type { RatingOption } from '../../options'
import type { VerdictSummary } from '../types'

import { type EarlierVerdictInfo, EarlierVerdictNote, useEarlierVerdict } from '../EarlierVerdict/index.client'
import { restJson } from '../rest'
import { usePluginSlugs } from '../usePluginSlugs'
import { interpolate } from '../interpolate'
import { apiUrl, documentUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import './index.scss'

type Id = number | string

async function findVerdictOf(apiRoute: string, verdicts: string, claimId: Id): Promise<Id | undefined> {
  const query = new URLSearchParams({ 'where[claim][equals]': String(claimId), draft: 'true', depth: '0', limit: '1' })
  const { docs } = await restJson<{ docs: Array<{ id: Id }> }>(apiUrl(apiRoute, `/${verdicts}`, query))
  return docs[0]?.id
}

/**
 * Creates the claim's draft verdict (the reviewer is set by the server), starting from an earlier verdict's
 * rating and explanation when given. A claim has one verdict: if another reviewer started it a moment ago,
 * the create is refused as a duplicate and that verdict is opened instead.
 */
async function startVerdict(apiRoute: string, verdicts: string, claimId: Id, from?: EarlierVerdictInfo): Promise<Id> {
  try {
    const { doc } = await restJson<{ doc: { id: Id } }>(apiUrl(apiRoute, `/${verdicts}`, new URLSearchParams({ draft: 'true' })), {
      method: 'POST',
      json: { claim: claimId, _status: 'draft', ...(from && { rating: from.rating, explanation: from.explanation ?? undefined }) },
    })
    return doc.id
  } catch (error) {
    const existing = await findVerdictOf(apiRoute, verdicts, claimId)
    if (existing === undefined) throw error
    return existing
  }
}

/**
 * A claim's verdict: its rating and status when known, and a button to open it or, for users who may create
 * verdicts, to start one. Users who may not edit verdicts open them read-only (Payload's edit view enforces it).
 */
export function ClaimVerdict({
  claimId,
  earlierVerdictId,
  verdict,
}: {
  claimId: Id
  earlierVerdictId?: Id | null
  verdict: null | VerdictSummary
}) {
  const { permissions } = useAuth()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
    getEntityConfig,
  } = useConfig()
  const { verdicts } = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const earlier = useEarlierVerdict(verdict ? null : earlierVerdictId)
  const router = useRouter()
  const [starting, setStarting] = useState(false)
  const verdictPermissions = permissions?.collections?.[verdicts]
  const canEdit = Boolean(verdict ? verdictPermissions?.update : verdictPermissions?.create)

  const start = async (from?: EarlierVerdictInfo) => {
    setStarting(true)
    try {
      router.push(documentUrl(adminRoute, verdicts, await startVerdict(apiRoute, verdicts, claimId, from)))
    } catch (error) {
      toast.error(t('factcheck:couldNotStartVerdict', { error: (error as Error).message }))
      setStarting(false)
    }
  }

  const scale = getEntityConfig({ collectionSlug: verdicts })?.admin?.custom?.factcheckRatingScale as RatingOption[] | undefined
  const rating = verdict?.rating ? scale?.find((candidate) => candidate.value === verdict.rating)?.label : undefined
  return (
    <div className="factcheck-verdict">
      {earlier && <EarlierVerdictNote info={earlier} />}
      {verdict && verdict._status !== undefined && (
        <span className="factcheck-verdict__summary">
          {interpolate(t('factcheck:verdictRated'), { rating: <strong>{rating ?? t('factcheck:notRatedYet')}</strong> })}{' '}
          <Pill pillStyle={verdict._status === 'published' ? 'success' : 'light-gray'} size="small">
            {verdict._status === 'published' ? t('version:published') : t('version:draft')}
          </Pill>
        </span>
      )}
      {verdict ? (
        <Button buttonStyle="secondary" el="link" margin={false} size="small" to={documentUrl(adminRoute, verdicts, verdict.id)}>
          {canEdit ? t('factcheck:editVerdict') : t('factcheck:viewVerdict')}
        </Button>
      ) : canEdit ? (
        <>
          <Button buttonStyle="primary" disabled={starting} margin={false} onClick={() => start()} size="small">
            {starting ? t('factcheck:startingVerdict') : t('factcheck:startVerdict')}
          </Button>
          {earlier && (
            <Button buttonStyle="secondary" disabled={starting} margin={false} onClick={() => start(earlier)} size="small">
              {t('factcheck:startFromEarlierVerdict')}
            </Button>
          )}
        </>
      ) : (
        <span className="factcheck-verdict__none">{t('factcheck:noVerdictYet')}</span>
      )}
    </div>
  )
}

/** Sidebar field of a claim: open its verdict or start one. */
export const ClaimVerdictField: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const verdictId = useFormFields(([fields]) => fields.verdict?.value) as Id | null | undefined
  const earlierVerdictId = useFormFields(([fields]) => fields.earlierVerdict?.value) as Id | null | undefined
  if (id === undefined) return null
  return (
    <div className="field-type">
      <ClaimVerdict claimId={id} earlierVerdictId={earlierVerdictId} verdict={verdictId ? { id: verdictId } : null} />
    </div>
  )
}
