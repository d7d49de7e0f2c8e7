import type { Payload } from 'payload'

import { articleRefOf } from '../../src/factcheck/services/articleRef'
import { lexicalParagraphs } from '../../src/seed/lexical'

/** An article body of one paragraph per sentence. */
export const body = (sentences: string[]) => lexicalParagraphs(sentences)

/**
 * Runs the fact-check queue until it is empty (jobs queue further jobs: sync → checks), one job at a time:
 * SQLite refuses overlapping write transactions (the plugin's autoRun runs one job per tick there too).
 */
export async function drainFactCheckQueue(payload: Payload, maxRounds = 50): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const { noJobsRemaining, jobStatus } = await payload.jobs.run({ queue: 'factcheck', limit: 100, sequential: true })
    if (noJobsRemaining || Object.keys(jobStatus ?? {}).length === 0) return
  }
  throw new Error(`the factcheck queue still had jobs after ${maxRounds} runs`)
}

/** Fact-check jobs waiting to run. */
export async function pendingFactCheckJobs(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: 'factcheck' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
  })
  return totalDocs
}

/** All claims of an article (in it or not), in article order. */
export async function claimsOf(payload: Payload, articleId: number | string, collection = 'articles') {
  const { docs } = await payload.find({
    collection: 'claims',
    where: { articleRef: { equals: articleRefOf(collection, articleId) } },
    sort: 'position',
    pagination: false,
    depth: 0,
  })
  return docs as any[]
}

export const idOf = (value: any) => (value && typeof value === 'object' ? value.id : value)
