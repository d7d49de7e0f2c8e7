import type { TaskConfig } from 'payload'

import type { Email } from '../services/notify'

import { TASK_SEND_EMAIL } from '../constants'

/** Sends one notification through Payload's email adapter; a failing mail server makes the job retry. */
export const sendEmailTask = (): TaskConfig => ({
  slug: TASK_SEND_EMAIL,
  label: 'Fact-check: send a notification',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 } },
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    const { to, subject, text } = input as Email
    await req.payload.sendEmail({ to, subject, text })
    return { output: {} }
  },
})
