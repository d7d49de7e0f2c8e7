import type { ServerProps } from 'payload'

import { Collapsible, Link } from '@payloadcms/ui'

import { loadCorpusConflicts, NEWEST_ROWS } from '../../services/corpusConflicts'
import { sourcesByKey } from '../../services/sources'
import { factCheckT } from '../../translations'
import { adminSlugs } from '../slugs'
import { documentUrl } from '../urls'
import './index.scss'

/** Above the sources list: the measures on which the newest corpus sources disagree, with each source's quote. */
export async function CorpusConflicts({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const conflicts = await loadCorpusConflicts(payload, { user, newest: NEWEST_ROWS })
  if (conflicts.length === 0) return null
  const sources = await sourcesByKey(
    payload,
    [...new Set(conflicts.flatMap((conflict) => conflict.figures.map((figure) => figure.source)))],
    user,
  )
  const { admin: adminRoute } = payload.config.routes
  const slugs = adminSlugs(payload.config)
  const t = factCheckT(i18n)
  return (
    <div className="factcheck-corpus-conflicts">
      <Collapsible
        header={<span>{t('factcheck:corpusDisagree', { count: conflicts.length })}</span>}
        initCollapsed
      >
        <ul className="factcheck-corpus-conflicts__list">
          {conflicts.map((conflict) => (
            <li className="factcheck-corpus-conflicts__measure" key={`${conflict.measure}-${conflict.unit}`}>
              <strong>{conflict.measure}</strong>
              <ul>
                {conflict.figures.map((figure, index) => {
                  const source = sources[figure.source]
                  return (
                    <li key={`${figure.source}-${index}`}>
                      <span className="factcheck-corpus-conflicts__figure">{figure.text}</span>{' '}
                      {source ? <Link href={documentUrl(adminRoute, slugs.sources, source.id)}>{source.title}</Link> : null}{' '}
                      <code>{figure.source}</code>
                      <blockquote>{figure.quote}</blockquote>
                    </li>
                  )
                })}
              </ul>
            </li>
          ))}
        </ul>
      </Collapsible>
    </div>
  )
}
