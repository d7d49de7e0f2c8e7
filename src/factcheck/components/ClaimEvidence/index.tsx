import { Link } from '@payloadcms/ui'
import React from 'react'

import type { FigureCheck } from '../../engine/types'
import type { SourcesByKey } from '../types'

import { SOURCES } from '../../constants'
import { ClaimStatusBadge } from '../ClaimStatusBadge'
import { documentUrl } from '../urls'
import './index.scss'

const RELATION_LABELS = { conflicts: 'Contradicted by', supports: 'Supported by' } as const

/** A claim's figures with the corpus quotes that support or contradict each, and their sources. */
export function ClaimEvidence({
  adminRoute,
  figures,
  sources,
}: {
  adminRoute: string
  figures: FigureCheck[]
  sources: SourcesByKey
}) {
  if (figures.length === 0) return null
  return (
    <ul className="factcheck-evidence">
      {figures.map((figure, index) => (
        <li className="factcheck-evidence__figure" key={`${figure.text}-${index}`}>
          <div className="factcheck-evidence__figure-head">
            <strong>{figure.text}</strong>
            <span className="factcheck-evidence__measure">{figure.measure}</span>
            <ClaimStatusBadge claim={figure} />
          </div>
          {figure.evidence.length > 0 && (
            <ul className="factcheck-evidence__quotes">
              {figure.evidence.map((evidence, quoteIndex) => {
                const source = sources[evidence.source]
                return (
                  <li
                    className={`factcheck-evidence__quote factcheck-evidence__quote--${evidence.relation}`}
                    data-relation={evidence.relation}
                    key={`${evidence.source}-${quoteIndex}`}
                  >
                    <blockquote>{evidence.quote}</blockquote>
                    <span className="factcheck-evidence__source">
                      {RELATION_LABELS[evidence.relation]}{' '}
                      {source ? <Link href={documentUrl(adminRoute, SOURCES, source.id)}>{source.title}</Link> : null}{' '}
                      <code>{evidence.source}</code>
                    </span>
                  </li>
                )
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
  )
}
