/**
 * A loopback HTTP proxy that tunnels CONNECT requests, as a corporate proxy in front of a
 * self-hosted runner does, and records every tunnel it was asked for. Whatever host a CONNECT
 * names, the tunnel leads to `target` on 127.0.0.1: the host may resolve nowhere.
 */
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  url: string
  /** `host:port` of each CONNECT, in order. */
  connects: string[]
  close(): Promise<void>
}

/**
 * `refuse`: answer every CONNECT with this status instead (407: the proxy wants credentials
 * the runner did not give).
 */
export async function startConnectProxy(
  targetPort: number,
  options: { refuse?: number } = {}
): Promise<ConnectProxy> {
  const connects: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_req, res) => {
    // Plain requests through the proxy are not what this proxy is for.
    res.writeHead(405).end()
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    connects.push(req.url ?? '')
    sockets.add(client)
    if (options.refuse !== undefined) {
      client.end(
        `HTTP/1.1 ${options.refuse} Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n`
      )
      return
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    const end = (): void => {
      client.destroy()
      upstream.destroy()
    }
    upstream.on('error', end).on('close', end)
    client.on('error', end).on('close', end)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connects,
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
