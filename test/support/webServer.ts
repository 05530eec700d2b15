// A real HTTP server on 127.0.0.1 for tests that keep copies of web sources (no internet here):
// a page, redirects (one, a loop, one to another scheme), a 404, a slow body and a huge one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const PAGE = '<!doctype html><title>Harbour budget</title><p>The harbour budget is £48 million.</p>\n';

export class TestWebServer {
  private constructor(
    private readonly server: Server,
    readonly base: string,
    /** Every path requested, in order. */
    readonly requests: string[],
  ) {}

  static async start(): Promise<TestWebServer> {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      const url = request.url ?? '/';
      requests.push(url);
      if (url === '/budget') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(PAGE);
      } else if (url === '/moved') {
        response.writeHead(301, { location: '/budget' });
        response.end();
      } else if (url.startsWith('/loop')) {
        response.writeHead(302, { location: `/loop${url.length}` });
        response.end();
      } else if (url === '/elsewhere') {
        response.writeHead(302, { location: 'file:///etc/passwd' });
        response.end();
      } else if (url === '/slow') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<p>first words');
        // Never finished: the client's deadline must end it.
      } else if (url === '/huge') {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        const chunk = Buffer.alloc(64 * 1024, 0x41);
        let sent = 0;
        const more = (): void => {
          while (sent < 64 && response.write(chunk)) sent++;
          if (sent < 64) response.once('drain', more);
          else response.end();
        };
        more();
      } else if (url === '/announced-huge') {
        response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(1024 * 1024 * 1024) });
        response.write('%PDF');
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new TestWebServer(server, `http://127.0.0.1:${port}`, requests);
  }

  url(path: string): string {
    return this.base + path;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
