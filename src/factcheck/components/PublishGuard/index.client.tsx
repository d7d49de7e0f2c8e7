'use client'
import { Button, ConfirmationModal, PublishButton, useConfig, useDocumentInfo, useForm, useModal } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import { articleRefOf } from '../../services/articleRef'
import { restJson } from '../rest'
import { usePluginSlugs } from '../usePluginSlugs'
import { apiUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'

const MODAL = 'factcheck-publish-open-conflicts'

/** Open conflicts of the article: sentences in it that conflict with the corpus and no published verdict settles. */
function useOpenConflicts(collection: string | undefined, id: number | string | undefined, refreshKey: unknown) {
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const { claims } = usePluginSlugs()
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!collection || id === undefined) return
    const abort = new AbortController()
    const query = new URLSearchParams({
      'where[articleRef][equals]': articleRefOf(collection, id),
      'where[status][equals]': 'conflict',
      'where[reviewed][equals]': 'false',
      'where[inArticle][equals]': 'true',
      'select[id]': 'true',
      depth: '0',
      limit: '1',
    })
    restJson<{ totalDocs: number }>(apiUrl(apiRoute, `/${claims}`, query), { signal: abort.signal }).then(
      ({ totalDocs }) => setCount(totalDocs),
      () => {},
    )
    return () => abort.abort()
  }, [apiRoute, claims, collection, id, refreshKey])
  return count
}

/**
 * The article's Publish button. While sentences of the article conflict with the sources unanswered, publishing
 * asks for a confirmation first, and the server records who confirmed. The API itself publishes as always.
 */
export function GuardedPublishButton(props: Parameters<typeof PublishButton>[0]) {
  const { collectionSlug, id, lastUpdateTime, setHasPublishedDoc, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount } =
    useDocumentInfo()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const { submit } = useForm()
  const { t } = useFactCheckTranslation()
  const { openModal } = useModal()
  const openConflicts = useOpenConflicts(collectionSlug, id, lastUpdateTime)
  if (!openConflicts || id === undefined) return <PublishButton {...props} />

  // As Payload's own Publish button does, then the document's status reads "Published".
  const publishAnyway = async () => {
    const result = await submit({
      action: formatAdminURL({ apiRoute, path: `/${collectionSlug}/${id}?depth=0` }),
      method: 'PATCH',
      overrides: { _status: 'published', confirmOpenConflicts: true },
    })
    if (result) {
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
      setHasPublishedDoc(true)
    }
  }
  return (
    <>
      <Button buttonStyle="primary" id="action-save" onClick={() => openModal(MODAL)} size="medium" type="button">
        {t('version:publishChanges')}
      </Button>
      <ConfirmationModal
        body={<p>{t('factcheck:publishGuardBody', { count: openConflicts })}</p>}
        confirmLabel={t('factcheck:publishAnyway')}
        heading={t('factcheck:publishGuardHeading', { count: openConflicts })}
        modalSlug={MODAL}
        onConfirm={publishAnyway}
      />
    </>
  )
}
