/**
 * A tiny static server for the built site (no dependencies): `node scripts/serve.ts dist [port]`.
 * Used by `npm start` and by the browser tests. Serves only files inside the given folder.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseHeadersFile } from '../src/lib/security/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Starts serving `root` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its URL. */
export async function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  // Apply the site's own `_headers` file, so local serving behaves like the production host.
  const rules = parseHeadersFile(await readFile(join(base, '_headers'), 'utf8').catch(() => ''));
  const headersFor = (path: string) => Object.assign({}, ...rules.filter((r) => r.pattern === '/*' || r.pattern === path).map((r) => r.headers));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { ...headersFor(path), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { ...headersFor(path), 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}` };
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  const { url } = await serveStatic(root, port);
  console.log(`サイトを表示しています: ${url}/  （止めるには Ctrl+C）`);
}
