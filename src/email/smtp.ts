import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

/**
 * Payload email adapter over nodemailer's SMTP transport, configured from the environment:
 * SMTP_HOST, SMTP_PORT (587), SMTP_SECURE ("true" for TLS from the start, port 465), SMTP_USER, SMTP_PASS,
 * EMAIL_FROM ("Newsroom fact-check <factcheck@example.org>"). Without SMTP_HOST the app keeps Payload's
 * console adapter, which logs each email (development).
 */
export function smtpEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  if (!env.SMTP_HOST) return undefined
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT) || 587,
    secure: env.SMTP_SECURE === 'true',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
  })
  const from = parseAddress(env.EMAIL_FROM || 'Fact-check <factcheck@localhost>')
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => transport.sendMail({ from, ...message }),
  })
}

/** "Name <address>" or a bare address. */
function parseAddress(text: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text)
  return match ? { name: match[1] || 'Fact-check', address: match[2].trim() } : { name: 'Fact-check', address: text.trim() }
}
