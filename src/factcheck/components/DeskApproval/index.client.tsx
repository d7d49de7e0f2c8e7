'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, FieldLabel, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import { restJson } from '../rest'
import { usePluginSlugs } from '../usePluginSlugs'
import { apiUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'

type Id = number | string
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id | null | undefined))

/**
 * On a verdict: its second review. Its reviewer asks for one (the verdict is saved as a draft, waiting);
 * another reviewer approves it, which publishes it.
 */
export const DeskApprovalField: UIFieldClientComponent = () => {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { permissions, user } = useAuth()
  const {
    config: {
      routes: { api: apiRoute },
    },
    getEntityConfig,
  } = useConfig()
  const { verdicts } = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const { submit } = useForm()
  const [busy, setBusy] = useState(false)
  const reviewer = idOf(useFormFields(([fields]) => fields.reviewer?.value))
  const requested = Boolean(useFormFields(([fields]) => fields.approvalRequested?.value))
  const approvedBy = idOf(useFormFields(([fields]) => fields.approvedBy?.value))
  const secondReview = Boolean(getEntityConfig({ collectionSlug: verdicts })?.admin?.custom?.factcheckSecondReview)
  const mayReview = Boolean(permissions?.collections?.[verdicts]?.update)
  if (id === undefined) return null
  const isReviewer = reviewer == null || String(reviewer) === String(user?.id)

  const askForReview = async () => {
    setBusy(true)
    await submit({
      action: formatAdminURL({ apiRoute, path: `/${verdicts}/${id}?depth=0&draft=true` }),
      method: 'PATCH',
      overrides: { _status: 'draft', approvalRequested: true },
      skipValidation: true,
    })
    setBusy(false)
  }
  const approve = async () => {
    setBusy(true)
    try {
      await restJson(apiUrl(apiRoute, `/factcheck/verdicts/${id}/approve`), { method: 'POST' })
      toast.success(t('factcheck:approvedAndPublished'))
      window.location.reload()
    } catch (error) {
      toast.error(t('factcheck:couldNotApprove', { error: (error as Error).message }))
    } finally {
      setBusy(false)
    }
  }

  let status: string
  if (approvedBy != null) status = t('factcheck:approvalApproved')
  else if (requested) status = t('factcheck:approvalWaiting')
  else if (secondReview) status = t('factcheck:approvalRequired')
  else status = hasPublishedDoc ? t('factcheck:approvalSkipped') : t('factcheck:approvalOptional')
  return (
    <div className="field-type factcheck-desk-approval">
      <FieldLabel label={t('factcheck:secondReview')} />
      <p className="factcheck-desk-approval__status">{status}</p>
      {mayReview && isReviewer && !requested && approvedBy == null && (
        <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={askForReview} size="small">
          {t('factcheck:askSecondReview')}
        </Button>
      )}
      {mayReview && !isReviewer && (requested || secondReview) && approvedBy == null && (
        <Button buttonStyle="primary" disabled={busy} id="factcheck-approve" margin={false} onClick={approve} size="small">
          {t('factcheck:approveAndPublish')}
        </Button>
      )}
    </div>
  )
}
