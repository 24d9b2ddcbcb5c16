/**
 * A tiny static server for browser tests that need a second version of the app: it serves one folder, can switch
 * to another while running (a "new deployment"), falls back to index.html for client-side routes like `vite
 * preview` does, and never lets the browser cache anything. Loopback only; the test starts and stops it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  /** Serves another folder from the next request on. */
  setRoot(folder: string): void;
  close(): Promise<void>;
}

async function isFile(file: string) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function startStaticServer({ root, port }: { root: string; port: number }): Promise<StaticServer> {
  let current = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const requested = path.resolve(current, `.${pathname}`);
      // Never outside the folder; unknown paths without an extension are client-side routes (SPA fallback).
      const inside = requested === current || requested.startsWith(current + path.sep);
      let file = inside && (await isFile(requested)) ? requested : undefined;
      if (!file && inside && path.extname(pathname) === '') file = path.join(current, 'index.html');
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })().catch(() => response.writeHead(500).end());
  });
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 500;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot(folder) {
      current = path.resolve(folder);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
