import type { SanitizedConfig } from 'payload'

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { payloadRoutes } from '../../src/http/routes'

export interface TestServer {
  url: string
  close: () => Promise<void>
}

/**
 * A real HTTP server on a free loopback port, answering /api/* with the app's route handlers (the same
 * wrapped ones src/app/(payload)/api/ exports); request bodies stream in as they do under Next.
 */
export async function startServer(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<TestServer> {
  const { rest, graphql } = payloadRoutes(Promise.resolve(config))
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
        duplex: 'half',
      } as RequestInit)
      const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
      const handler = rest[req.method as keyof typeof rest]
      let response: Response
      if (url.pathname === '/api/graphql' && req.method === 'POST') response = await graphql.POST(request, undefined)
      else if (url.pathname.startsWith('/api/') && handler) {
        response = await handler(request, { params: Promise.resolve({ slug }) })
      } else response = new Response('Not found', { status: 404 })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()), () => {
        // A body refused half-way is never read to its end: drop the connection once the answer is out.
        if (!req.complete) setTimeout(() => req.socket.destroy(), 50)
      })
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String((error as Error)?.stack ?? error))
    }
  })
  // Tests block the event loop for seconds (synchronous SQLite, the jobs queue); a keep-alive socket the
  // server closes meanwhile would reset the client's next request (ECONNRESET). close() still ends idle sockets.
  server.keepAliveTimeout = 0
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // fetch keeps connections alive; close() alone would wait for them to time out.
        server.closeAllConnections()
      }),
  }
}
