'use client'
import type { JSONFieldClientComponent } from 'payload'

import { FieldLabel, useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { FigureCheck } from '../../engine/types'
import type { SourcesByKey } from '../types'

import { ClaimEvidence } from '../ClaimEvidence'
import { fetchSourcesByKey } from '../rest'
import { evidenceSourceKeys } from '../types'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import { usePluginSlugs } from '../usePluginSlugs'

/**
 * The claim's `figures` (the checker's JSON) shown as the evidence view: each figure, what it measures, what
 * the sources say and their quotes. Read-only, rendered by the admin bundle itself: nothing loads from the network.
 */
export const ClaimFiguresField: JSONFieldClientComponent = ({ field }) => {
  const figures = useFormFields(([fields]) => fields[field.name]?.value) as FigureCheck[] | null | undefined
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const slugs = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const [sources, setSources] = useState<SourcesByKey>({})
  const keys = evidenceSourceKeys([{ figures: figures ?? [] }]).join(',')

  useEffect(() => {
    if (!keys) return
    const abort = new AbortController()
    fetchSourcesByKey(apiRoute, slugs.sources, keys.split(','), abort.signal).then(setSources, () => {})
    return () => abort.abort()
  }, [apiRoute, keys, slugs.sources])

  return (
    <div className="field-type factcheck-figures-field">
      <FieldLabel label={field.label || t('factcheck:fieldFigures')} />
      {figures?.length ? (
        <ClaimEvidence adminRoute={adminRoute} figures={figures} slugs={slugs} sources={sources} t={t} />
      ) : (
        <p className="factcheck-figures-field__empty">{t('factcheck:noFigureChecked')}</p>
      )}
    </div>
  )
}
