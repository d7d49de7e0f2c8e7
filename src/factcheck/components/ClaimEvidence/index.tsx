import { Link } from '@payloadcms/ui'

import type { Evidence, FigureCheck } from '../../engine/types'
import type { PluginSlugs } from '../../options'
import type { FactCheckT } from '../../translations'
import type { SourcesByKey } from '../types'

import { ClaimStatusBadge } from '../ClaimStatusBadge'
import { evidenceSummary, measureLabel } from '../evidenceSummary'
import { interpolate } from '../interpolate'
import { documentUrl } from '../urls'
import './index.scss'

const RELATION_LABELS = { conflicts: 'factcheck:contradictedBy', supports: 'factcheck:supportedBy' } as const

/** Quotes shown at once per figure; the rest fold away, so that a long list of sources stays readable. */
const QUOTES_SHOWN = 2

function Quote({
  adminRoute,
  evidence,
  slugs,
  sources,
  t,
}: {
  adminRoute: string
  evidence: Evidence
  slugs: PluginSlugs
  sources: SourcesByKey
  t: FactCheckT
}) {
  const source = sources[evidence.source]
  return (
    <li className={`factcheck-evidence__quote factcheck-evidence__quote--${evidence.relation}`} data-relation={evidence.relation}>
      <blockquote>{evidence.quote}</blockquote>
      <span className="factcheck-evidence__source">
        {interpolate(t(RELATION_LABELS[evidence.relation]), {
          source: source ? <Link href={documentUrl(adminRoute, slugs.sources, source.id)}>{source.title}</Link> : null,
        })}{' '}
        <code>{evidence.source}</code>
      </span>
    </li>
  )
}

/**
 * A claim's figures, each with a one-line summary of what the corpus says and the quotes that contradict
 * (first) or support it. A figure's own badge shows only when the claim has several: the card shows the claim's.
 */
export function ClaimEvidence({
  adminRoute,
  figures,
  slugs,
  sources,
  t,
}: {
  adminRoute: string
  figures: FigureCheck[]
  slugs: PluginSlugs
  sources: SourcesByKey
  t: FactCheckT
}) {
  if (figures.length === 0) return null
  return (
    <ul className="factcheck-evidence">
      {figures.map((figure, index) => {
        const quotes = [...figure.evidence].sort((a, b) => Number(b.relation === 'conflicts') - Number(a.relation === 'conflicts'))
        const quote = (evidence: Evidence, quoteIndex: number) => (
          <Quote adminRoute={adminRoute} evidence={evidence} slugs={slugs} key={`${evidence.source}-${quoteIndex}`} sources={sources} t={t} />
        )
        return (
          <li className="factcheck-evidence__figure" key={`${figure.text}-${index}`}>
            <div className="factcheck-evidence__figure-head">
              <strong>{figure.text}</strong>
              <span className="factcheck-evidence__measure">{measureLabel(figure.measure)}</span>
              {figures.length > 1 && <ClaimStatusBadge claim={figure} t={t} />}
            </div>
            <p className="factcheck-evidence__summary">{evidenceSummary(figure, t)}</p>
            {quotes.length > 0 && <ul className="factcheck-evidence__quotes">{quotes.slice(0, QUOTES_SHOWN).map(quote)}</ul>}
            {quotes.length > QUOTES_SHOWN && (
              <details className="factcheck-evidence__more">
                <summary>{t('factcheck:moreQuotes', { count: quotes.length - QUOTES_SHOWN })}</summary>
                <ul className="factcheck-evidence__quotes">{quotes.slice(QUOTES_SHOWN).map(quote)}</ul>
              </details>
            )}
          </li>
        )
      })}
    </ul>
  )
}
