'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, FieldLabel, toast, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { DeskStatePill } from '../DeskState'
import { restJson } from '../rest'
import { usePluginSlugs } from '../usePluginSlugs'
import { apiUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import './index.scss'

type Id = number | string
interface Colleague {
  id: Id
  name?: null | string
  email: string
}

/** Colleagues to assign claims to (the server refuses those who may not review). */
function useColleagues(apiRoute: string, usersSlug: string) {
  const [users, setUsers] = useState<Colleague[]>([])
  useEffect(() => {
    const abort = new AbortController()
    const query = new URLSearchParams({ limit: '200', depth: '0', sort: 'name', 'select[name]': 'true', 'select[email]': 'true' })
    restJson<{ docs: Colleague[] }>(apiUrl(apiRoute, `/${usersSlug}`, query), { signal: abort.signal }).then(
      ({ docs }) => setUsers(docs),
      () => {},
    )
    return () => abort.abort()
  }, [apiRoute, usersSlug])
  return users
}

/** On a claim: its desk state and assignee, and the controls to assign it (to oneself or a colleague). */
export const DeskAssignmentField: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { permissions, user } = useAuth()
  const {
    config: {
      admin: { user: usersSlug },
      routes: { api: apiRoute },
    },
  } = useConfig()
  const slugs = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const assignee = useFormFields(([fields]) => fields.assignee?.value) as Id | null | undefined
  const deskState = useFormFields(([fields]) => fields.deskState?.value) as string | undefined
  const colleagues = useColleagues(apiRoute, usersSlug)
  const [choice, setChoice] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const mayAssign = Boolean(permissions?.collections?.[slugs.verdicts]?.create || permissions?.collections?.[slugs.claims]?.update)
  if (id === undefined) return null

  const assign = async (to: Id | null) => {
    setBusy(true)
    try {
      await restJson(apiUrl(apiRoute, `/factcheck/claims/${id}/assign`), { method: 'POST', json: { assignee: to } })
      toast.success(to === null ? t('factcheck:unassigned') : t('factcheck:assigned'))
      window.location.reload()
    } catch (error) {
      toast.error(t('factcheck:couldNotAssign', { error: (error as Error).message }))
    } finally {
      setBusy(false)
    }
  }

  const current = colleagues.find((colleague) => String(colleague.id) === String(assignee))
  return (
    <div className="field-type factcheck-desk-assignment">
      <FieldLabel label={t('factcheck:desk')} />
      <p className="factcheck-desk-assignment__help">{t('factcheck:deskSteps')}</p>
      <div className="factcheck-desk-assignment__state">
        <DeskStatePill state={deskState} t={t} />{' '}
        <span className="factcheck-desk-assignment__assignee">
          {assignee == null
            ? t('factcheck:notAssigned')
            : t('factcheck:assignedTo', { name: current?.name || current?.email || t('factcheck:aColleague') })}
        </span>
      </div>
      {mayAssign && (
        <div className="factcheck-desk-assignment__controls">
          <select aria-label={t('factcheck:assignTo')} onChange={(event) => setChoice(event.target.value)} value={choice}>
            <option value="">{t('factcheck:chooseReviewer')}</option>
            {colleagues.map((colleague) => (
              <option key={colleague.id} value={String(colleague.id)}>
                {colleague.name ? `${colleague.name} (${colleague.email})` : colleague.email}
              </option>
            ))}
          </select>
          <Button buttonStyle="secondary" disabled={busy || !choice} margin={false} onClick={() => assign(colleagues.find((c) => String(c.id) === choice)!.id)} size="small">
            {t('factcheck:assign')}
          </Button>
          {user && String(user.id) !== String(assignee) && (
            <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => assign(user.id)} size="small">
              {t('factcheck:assignToMe')}
            </Button>
          )}
          {assignee != null && (
            <Button buttonStyle="subtle" disabled={busy} margin={false} onClick={() => assign(null)} size="small">
              {t('factcheck:unassign')}
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
