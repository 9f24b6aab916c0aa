/**
 * A tiny static server for the built site (no dependencies): `node scripts/serve.ts dist [port]`.
 * Used by `npm start` and by the browser tests. Serves only files inside the given folder, answers
 * only GET and HEAD (405 otherwise) and a malformed path with 400, and puts the site's security
 * headers (its `_headers` file, with its rules per path) on every response, errors included. The
 * rules are matched on the path the file was resolved from (`/embed/a/..%2f..%2fplans/` gets the
 * headers of `/plans/`, never the embeddable views' framing permission). Files are streamed, so
 * memory does not grow with their size or the number of requests. No request can stop it. It
 * refuses to start beside a build that was interrupted or is still running (`.dist.building-*`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, extname, join, normalize, posix, resolve, sep } from 'node:path';
import { headersFromRules, parseHeadersFile } from '../src/lib/deploy/headers-file.ts';
import { contentDirectory } from '../src/io/read-content-files.ts';
import { siteSettings } from '../src/lib/content/site-settings.ts';

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

const ALLOWED_METHODS = 'GET, HEAD';
const TEXT = 'text/plain; charset=utf-8';
/** Short plain-text bodies of the error responses. */
const MESSAGES: Record<number, string> = {
  400: '不正なリクエストです（アドレスを確かめてください）。\n',
  403: 'このアドレスは表示できません。\n',
  405: 'このサーバーは GET と HEAD のリクエストだけを受け付けます。\n',
  500: 'サーバーでエラーが起きました。\n',
};

/**
 * The decoded path of a request target (`/plans/a/?x=1` → `/plans/a/`), or null when it is not a
 * path (`*`, `http://…`), is not valid percent-encoding (`/%zz`, `/%E0%A4%A`) or holds a NUL byte.
 */
export function requestPath(target: string): string | null {
  if (!target.startsWith('/')) return null;
  try {
    const path = decodeURIComponent(target.replace(/[?#].*$/s, ''));
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 = any free port) under `basePath` (`/dx/`: the site's
 * home is /dx/, as on a city's server; anything outside it is 404); resolves with the server and the
 * URL of the site's root, without a trailing slash.
 */
export async function serveStatic(root: string, port = 0, basePath = '/'): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  // Apply the site's own `_headers` file, path by path, so local serving behaves like the production host.
  const rules = parseHeadersFile(await readFile(join(base, '_headers'), 'utf8').catch(() => ''));
  const headersFor = (path: string | null): Record<string, string> => headersFromRules(rules, path);

  const send = (
    response: ServerResponse,
    status: number,
    path: string | null,
    type: string,
    body: Buffer | string,
    extra: Record<string, string> = {},
  ) => {
    response.writeHead(status, { ...headersFor(path), ...extra, 'content-type': type }).end(body);
  };
  const sendError = (response: ServerResponse, status: number, path: string | null, extra: Record<string, string> = {}) =>
    send(response, status, path, TEXT, MESSAGES[status]!, extra);

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const path = requestPath(request.url ?? '');
    // The path with `.` and `..` resolved: header rules are matched on it, never on the path as sent.
    const resolved = path === null ? null : posix.normalize(path);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, resolved, { allow: ALLOWED_METHODS });
    if (path === null) return sendError(response, 400, null);
    if (basePath !== '/' && `${path}/` === basePath) return send(response, 301, resolved, TEXT, '', { location: basePath });
    const inside = basePath === '/' || path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : null;
    if (inside === null) return send(response, 404, resolved, TEXT, 'Not found');
    let file = normalize(join(base, inside));
    if (file !== base && !file.startsWith(base + sep)) return sendError(response, 403, null);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        ...headersFor(resolved),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': String(info.size),
      });
      if (request.method === 'HEAD') return void response.end();
      await pipeline(createReadStream(file), response);
    } catch (error) {
      if (response.headersSent) throw error;
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      send(response, 404, resolved, 'text/html; charset=utf-8', notFound);
    }
  };

  const server = createServer((request, response) => {
    answer(request, response).catch(() => {
      if (!response.headersSent) sendError(response, 500, null);
      else response.destroy();
    });
  });
  // Requests Node rejects before they reach the handler (a broken request line or header), and
  // CONNECT, which never does: answered on the socket itself, with the same headers.
  const rawReply = (socket: Duplex, status: number, reason: string, extra: Record<string, string> = {}) => {
    if (!socket.writable) return socket.destroy();
    const body = Buffer.from(MESSAGES[status]!);
    const headers = { ...headersFor(null), ...extra, 'content-type': TEXT, 'content-length': String(body.length), connection: 'close' };
    socket.end(
      Buffer.concat([
        Buffer.from(
          `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
            .map(([k, v]) => `${k}: ${v}\r\n`)
            .join('')}\r\n`,
        ),
        body,
      ]),
    );
  };
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    error.code === 'ECONNRESET' ? socket.destroy() : rawReply(socket, 400, 'Bad Request'),
  );
  server.on('connect', (_request: IncomingMessage, socket: Duplex) =>
    rawReply(socket, 405, 'Method Not Allowed', { allow: ALLOWED_METHODS }),
  );

  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}${basePath.replace(/\/$/, '')}` };
}

/**
 * The folders an interrupted (or still running) `npm run build` left beside `root`
 * (`.dist.building-<pid>-<time>`): while one exists, `root` may hold an older site than the content.
 */
export function unfinishedBuilds(root: string): string[] {
  const folder = resolve(root);
  const prefix = `.${basename(folder)}.building-`;
  try {
    return readdirSync(dirname(folder)).filter((name) => name.startsWith(prefix));
  } catch {
    return [];
  }
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const unfinished = unfinishedBuilds(root);
  if (unfinished.length > 0) {
    console.error(
      `${root}/ の横に、途中で止まったか作成中のサイト（${unfinished.join('、')}）があります。${root}/ は古い内容かもしれないので表示しません。作成中でなければ、もう一度 npm run build を実行してください（残ったフォルダは自動で片付けます）。`,
    );
    process.exit(1);
  }
  // A failed build removes dist/ (scripts/build.ts), so there is never an old site to serve by mistake.
  if (!existsSync(join(root, 'index.html'))) {
    console.error(
      `${root}/ にサイトがありません。先に npm run build を実行し、問題があれば直してください（npm start は作成と表示をまとめて行います）。`,
    );
    process.exit(1);
  }
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  // Under the same base path the site was built for (content/site.csv or BASE_PATH).
  const configFile = join(contentDirectory(process.cwd()), 'site.csv');
  const { basePath } = siteSettings(existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined, process.env);
  const { url } = await serveStatic(root, port, basePath);
  console.log(`サイトを表示しています: ${url}/  （止めるには Ctrl+C）`);
}
