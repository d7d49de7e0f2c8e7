import { Fragment, type ReactNode } from 'react'

const PLACEHOLDER = /(\{\{\s*\w+\s*\}\})/

/**
 * A translated sentence with elements in its `{{placeholders}}` (a link, a code span), wherever each language puts
 * them: `interpolate(t('factcheck:inArticle'), { article: <Link … /> })`. Placeholders without an element stay as written.
 */
export function interpolate(text: string, elements: Record<string, ReactNode>): ReactNode {
  return (
    <>
      {text.split(PLACEHOLDER).map((part, index) => {
        const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1]
        return <Fragment key={index}>{name !== undefined && name in elements ? elements[name] : part}</Fragment>
      })}
    </>
  )
}
