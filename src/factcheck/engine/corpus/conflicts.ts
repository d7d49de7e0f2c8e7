/**
 * Corpus-internal conflicts: measures of one story on which different sources state non-overlapping
 * figures. A running tally that rose between reports is no conflict: only reports of the same day disagree.
 */
import type { CorpusConflict, CorpusFigure } from '../types'
import { sameMeasure } from '../comparison/sameMeasure'
import { sameCorpusStory } from '../comparison/sameStory'
import { commonIntervals, overlaps } from '../comparison/intervals'
import { differentMomentOfDay } from '../comparison/identity'

function disagree(a: CorpusFigure, b: CorpusFigure): boolean {
  if (a.source === b.source) return false
  if ((a.about.tally || b.about.tally) && a.sourceDate !== b.sourceDate) return false
  const intervals = commonIntervals(a, b)
  return intervals !== undefined && !overlaps(intervals[0], intervals[1]) && !differentMomentOfDay(a, b, 'conflicts')
}

/** Groups figures that measure the same thing, each group led by its first figure. */
function groupByMeasure(figures: CorpusFigure[]): CorpusFigure[][] {
  const groups: CorpusFigure[][] = []
  for (const figure of figures) {
    const group = groups.find(
      ([lead]) =>
        sameMeasure(lead.about, figure.about) && sameMeasure(figure.about, lead.about) && sameCorpusStory(lead, figure) && commonIntervals(figure, lead),
    )
    if (group) group.push(figure)
    else groups.push([figure])
  }
  return groups
}

export function findCorpusConflicts(figures: CorpusFigure[]): CorpusConflict[] {
  return groupByMeasure(figures.filter((figure) => figure.lookupKeys.length > 0))
    .filter((group) => group.some((a) => group.some((b) => disagree(a, b))))
    .map((group) => ({
      measure: group[0].measure,
      unit: group[0].unit,
      figures: group.map(({ source, quote, text, min, max }) => ({ source, quote, text, min, max })),
    }))
}
