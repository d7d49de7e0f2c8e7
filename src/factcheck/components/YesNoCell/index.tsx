import type { DefaultServerCellComponentProps } from 'payload'

import { factCheckT } from '../../translations'

/** A checkbox column as "Yes" / "No" (in the admin user's language) instead of Payload's raw `true` / `false`. */
export function YesNoCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const t = factCheckT(i18n)
  return <span data-yes-no={cellData ? 'yes' : 'no'}>{cellData ? t('general:yes') : t('general:no')}</span>
}
