import { z } from 'zod'

/** Longest text one check accepts (characters), the same for the endpoint and the batch command. */
export const MAX_TEXT_LENGTH = 20_000

export const checkRequestSchema = z
  .object({
    text: z
      .string({ error: 'text must be a string' })
      .trim()
      .min(1, 'text must not be empty')
      .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`),
    date: z.iso.date({ error: 'date must be a date as YYYY-MM-DD' }).optional(),
  })
  .strict()
  .meta({ id: 'CheckRequest', description: 'Text to check against the corpus; date is its publication date.' })

export type CheckRequest = z.infer<typeof checkRequestSchema>
