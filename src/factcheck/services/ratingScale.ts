import type { RatingOption, ResolvedFactCheckOptions } from '../options'

export const ratingOf = (options: Pick<ResolvedFactCheckOptions, 'ratingScale'>, value: unknown): RatingOption | undefined =>
  options.ratingScale.find((rating) => rating.value === value)

/** The best and worst ratingValue of the scale: ClaimReview `bestRating` and `worstRating`. */
export function scaleBounds(options: Pick<ResolvedFactCheckOptions, 'ratingScale'>) {
  const values = options.ratingScale.flatMap((rating) => (rating.ratingValue === null ? [] : [rating.ratingValue]))
  return { best: Math.max(...values), worst: Math.min(...values) }
}

/** The select label of a rating: "Inaccurate (1)", or the label alone off the scale. */
export const ratingOptionLabel = (rating: RatingOption) =>
  rating.ratingValue === null ? rating.label : `${rating.label} (${rating.ratingValue})`
