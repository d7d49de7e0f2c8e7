import type { Payload } from 'payload'

import type { Role } from '../access/roles'

import { seedCorpus } from './corpus'
import { lexicalParagraphs } from './lexical'

export const DEFAULT_DEMO_PASSWORD = 'newsroom-demo'

export const DEMO_USERS: Array<{ email: string; name: string; roles: Role[] }> = [
  { email: 'admin@example.com', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@example.com', name: 'Eddie Editor', roles: ['editor'] },
  { email: 'reviewer@example.com', name: 'Rae Reviewer', roles: ['reviewer'] },
]

const DEMO_ARTICLE = [
  'US envoys Steve Witkoff and Jared Kushner met Vladimir Putin in the Kremlin on 2 December.',
  'The talks in Moscow lasted seven hours and ended without a compromise on territory.',
  'The envoys brought a revised 20-point peace plan and four additional documents.',
  'Russia still demands that Ukraine withdraw from the part of the Donbas it controls, about a quarter of the region.',
  'Kyiv says the revised proposal looks better, but work is not over yet.',
]

/** On an empty database: the corpus, three demo users (one per role) and one demo article. */
export async function seedDemo(payload: Payload) {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
  await seedCorpus(payload)
  const users = []
  for (const user of DEMO_USERS) {
    users.push(await payload.create({ collection: 'users', data: { ...user, password } }))
  }
  await payload.create({
    collection: 'articles',
    data: {
      title: 'Moscow talks end without a deal',
      author: users[1].id,
      publishedAt: '2025-12-03T12:00:00.000Z',
      body: lexicalParagraphs(DEMO_ARTICLE) as never,
      _status: 'published',
    },
  })
  payload.logger.info(
    ['Demo data seeded. Log in at /admin with:', ...DEMO_USERS.map((u) => `  ${u.email} / ${password}  (${u.roles.join(', ')})`)].join('\n'),
  )
  return true
}
