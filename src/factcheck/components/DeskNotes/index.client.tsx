'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, FieldLabel, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { restJson } from '../rest'
import { userName } from '../types'
import { usePluginSlugs } from '../usePluginSlugs'
import { apiUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import './index.scss'

type Id = number | string
interface Note {
  id: Id
  text: string
  createdAt: string
  verdict?: Id | null
  author?: null | Id | { id: Id; name?: null | string; email?: string }
}

/**
 * The desk's discussion of a claim (on the claim and on its verdict alike): who wrote what and when, oldest
 * first, and a box to add a note. Notes are kept as written.
 */
export const DeskNotesField: UIFieldClientComponent = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const slugs = usePluginSlugs()
  const { i18n, t } = useFactCheckTranslation()
  const verdictClaim = useFormFields(([fields]) => fields.claim?.value) as Id | { id: Id } | null | undefined
  const onClaim = collectionSlug === slugs.claims
  const claimId = onClaim ? id : verdictClaim && typeof verdictClaim === 'object' ? verdictClaim.id : verdictClaim
  const [notes, setNotes] = useState<Note[]>()
  const [text, setText] = useState('')
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    if (claimId == null) return
    const query = new URLSearchParams({ 'where[claim][equals]': String(claimId), sort: 'createdAt', limit: '200', depth: '1' })
    const { docs } = await restJson<{ docs: Note[] }>(apiUrl(apiRoute, `/${slugs.deskNotes}`, query))
    setNotes(docs)
  }, [apiRoute, claimId, slugs.deskNotes])
  useEffect(() => {
    load().catch(() => {})
  }, [load])
  if (id === undefined || claimId == null) return null

  const add = async () => {
    setSaving(true)
    try {
      await restJson(apiUrl(apiRoute, `/${slugs.deskNotes}`), { method: 'POST', json: { text, ...(onClaim ? { claim: id } : { verdict: id }) } })
      setText('')
      await load()
    } catch (error) {
      toast.error(t('factcheck:couldNotAddNote', { error: (error as Error).message }))
    } finally {
      setSaving(false)
    }
  }
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <div className="field-type factcheck-notes">
      <FieldLabel label={t('factcheck:deskNotesStaffOnly')} />
      {notes === undefined ? (
        <p className="factcheck-notes__empty">{t('factcheck:loadingNotes')}</p>
      ) : notes.length === 0 ? (
        <p className="factcheck-notes__empty">{t('factcheck:noNotesYet')}</p>
      ) : (
        <ol className="factcheck-notes__list">
          {notes.map((note) => (
            <li className="factcheck-notes__note" key={note.id}>
              <span className="factcheck-notes__meta">
                <strong>{userName(note.author) ?? t('factcheck:someone')}</strong> · {when.format(new Date(note.createdAt))}
                {note.verdict != null && onClaim ? ` · ${t('factcheck:noteOnTheVerdict')}` : ''}
              </span>
              <p>{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <textarea
        aria-label={t('factcheck:newNote')}
        className="factcheck-notes__input"
        onChange={(event) => setText(event.target.value)}
        placeholder={t('factcheck:newNotePlaceholder')}
        rows={3}
        value={text}
      />
      <Button buttonStyle="secondary" disabled={saving || !text.trim()} margin={false} onClick={add} size="small">
        {t('factcheck:addNote')}
      </Button>
    </div>
  )
}
