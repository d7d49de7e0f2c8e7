import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  url: string
  close: () => Promise<void>
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A real HTTP server on a free loopback port, answering /api/* with Payload's own Next route handlers. */
export async function startServer(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<TestServer> {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  } as const
  const graphql = GRAPHQL_POST(config)
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      const request = new Request(url, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined })
      const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
      const handler = rest[req.method as keyof typeof rest]
      let response: Response
      if (url.pathname === '/api/graphql' && req.method === 'POST') response = await graphql(request)
      else if (url.pathname.startsWith('/api/') && handler) {
        response = await handler(request, { params: Promise.resolve({ slug }) })
      } else response = new Response('Not found', { status: 404 })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
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
