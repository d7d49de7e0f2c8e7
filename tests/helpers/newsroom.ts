import type { TestApp } from './app'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { type Credentials, request } from './client'

export const ANONYMOUS: Credentials = {}

/** REST calls and fixtures of the example newsroom, made as its users would make them. */
export function newsroom(app: TestApp) {
  const api = (method: string, path: string, auth: Credentials = ANONYMOUS, json?: unknown) =>
    request(app.server.url, method, path, { auth, json })

  const created = (what: string, response: Awaited<ReturnType<typeof api>>) => {
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return response.body.doc
  }

  /** An article saved by `auth`: published, or a draft (never published) when `draft` is set. */
  const article = async (
    auth: Credentials,
    { title, sentences, draft = false, ...fields }: { title: string; sentences: string[]; draft?: boolean } & Record<string, unknown>,
  ) =>
    created(
      `article "${title}"`,
      await api('POST', `/api/articles${draft ? '?draft=true' : ''}`, auth, {
        title,
        body: lexicalParagraphs(sentences),
        _status: draft ? 'draft' : 'published',
        ...fields,
      }),
    )

  /** Saves a new draft over an article, leaving its published version as it is. */
  const saveDraft = async (auth: Credentials, id: number | string, data: { title?: string; sentences?: string[] }) =>
    created(
      'draft',
      await api('PATCH', `/api/articles/${id}?draft=true`, auth, {
        _status: 'draft',
        ...(data.title && { title: data.title }),
        ...(data.sentences && { body: lexicalParagraphs(data.sentences) }),
      }),
    )

  /** The claim extracted from the article's sentence (read with the Local API, bypassing access). */
  const claimOf = async (articleId: number | string, text: string) => {
    const { docs } = await app.payload.find({
      collection: 'claims',
      where: { and: [{ articleRef: { equals: `articles:${articleId}` } }, { text: { equals: text } }] },
      depth: 0,
    })
    if (!docs[0]) throw new Error(`no claim "${text}" of article ${articleId}`)
    return docs[0]
  }

  const verdict = async (auth: Credentials, claim: number | string, rating: string, { draft = false } = {}) =>
    created(
      `verdict on claim ${claim}`,
      await api('POST', `/api/verdicts${draft ? '?draft=true' : ''}`, auth, {
        claim,
        rating,
        explanation: `Rated ${rating} by the desk.`,
        _status: draft ? 'draft' : 'published',
      }),
    )

  return { api, article, saveDraft, claimOf, verdict }
}
