import type { DefaultCellComponentProps } from 'payload'

/** A checkbox column as "Yes" / "No" instead of Payload's raw `true` / `false`. */
export function YesNoCell({ cellData }: DefaultCellComponentProps) {
  return <span data-yes-no={cellData ? 'yes' : 'no'}>{cellData ? 'Yes' : 'No'}</span>
}
