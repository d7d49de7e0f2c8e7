import { SMTPServer } from 'smtp-server'

export interface ReceivedEmail {
  from?: string
  to: string[]
  subject: string
  raw: string
}

export interface SmtpReceiver {
  host: string
  port: number
  received: ReceivedEmail[]
  /** Resolves with the first email (received so far or later) that matches, or fails after `timeoutMs`. */
  waitFor: (match: (email: ReceivedEmail) => boolean, timeoutMs?: number) => Promise<ReceivedEmail>
  close: () => Promise<void>
}

/** Decodes an RFC 2047 header ("=?UTF-8?Q?...?=" / "=?UTF-8?B?...?="), enough for the subjects the app sends. */
function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=\s*/gi, (_, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  )
}

/** A real SMTP server on a free loopback port that keeps every message it receives (no TLS, no auth). */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedEmail[] = []
  const waiters: Array<{ match: (email: ReceivedEmail) => boolean; resolve: (email: ReceivedEmail) => void }> = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
        const subject = decodeHeader(/^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '')
        const email = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject,
          raw,
        }
        received.push(email)
        for (const waiter of waiters.filter((candidate) => candidate.match(email))) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(email)
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  return {
    host: '127.0.0.1',
    port,
    received,
    waitFor: (match, timeoutMs = 30_000) => {
      const found = received.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching email within ${timeoutMs} ms; received: ${received.map((e) => `${e.to} ${e.subject}`).join(' | ')}`)), timeoutMs)
        waiters.push({ match, resolve: (email) => (clearTimeout(timer), resolve(email)) })
      })
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
