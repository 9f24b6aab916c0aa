/**
 * `npm run serve` (scripts/serve.ts) against real HTTP requests, written on a raw socket so that
 * malformed paths reach the server exactly as sent (fetch would normalise them).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath, serveStatic, unfinishedBuilds } from '../../scripts/serve.ts';
import { spawn, spawnSync } from 'node:child_process';
import { COMMON_HEADERS, EMBED_HEADERS, headerPolicy, PAGE_HEADERS } from '../../src/lib/security/headers.ts';
import { headersFile } from '../../src/lib/deploy/headers-file.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let server: Server;
let port: number;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dx-serve-'));
  writeFileSync(
    join(root, '_headers'),
    headersFile(headerPolicy(), [
      { name: 'index.html', folder: false },
      { name: '404.html', folder: false },
      { name: 'plans', folder: true },
      { name: 'embed', folder: true },
    ]),
  );
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>トップ</title>');
  mkdirSync(join(root, 'plans/a'), { recursive: true });
  writeFileSync(join(root, 'plans/a/index.html'), '<!doctype html><title>計画</title>');
  mkdirSync(join(root, 'embed/a'), { recursive: true });
  writeFileSync(join(root, 'embed/a/index.html'), '<!doctype html><title>埋め込み</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>見つかりません</title>');
  const started = await serveStatic(root);
  server = started.server;
  port = Number(new URL(started.url).port);
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Sends bytes as they are and reads the whole answer (the request asks to close the connection). */
function raw(request: string): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.setTimeout(5000, () => {
      socket.destroy();
      fail(new Error(`no answer within 5 s to ${JSON.stringify(request.split('\r\n')[0])}`));
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...body] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      done({ status: Number(statusLine.split(' ')[1]), headers, body: body.join('\r\n\r\n') });
    });
  });
}

const send = (method: string, target: string) => raw(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

/**
 * The headers `_headers` gives the response, as sent: the common ones (CSP without frame-ancestors)
 * on every response, and for the site's pages the CSP that forbids framing with X-Frame-Options.
 */
function expectSecurityHeaders(response: RawResponse, kind: 'common' | 'page' | 'embed' = 'common') {
  const expected = { ...COMMON_HEADERS, ...(kind === 'page' ? PAGE_HEADERS : kind === 'embed' ? EMBED_HEADERS : {}) };
  for (const [name, value] of Object.entries(expected)) expect(response.headers[name.toLowerCase()], name).toBe(value);
  if (kind !== 'page') expect(response.headers['x-frame-options']).toBeUndefined();
}

describe('serveStatic', () => {
  it('serves files with the security headers', async () => {
    const response = await send('GET', '/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>トップ</title>');
    expectSecurityHeaders(response, 'page');
  });

  it('applies the rules of _headers per path: framing forbidden on pages, allowed on the embeddable views', async () => {
    expectSecurityHeaders(await send('GET', '/plans/a/'), 'page');
    expectSecurityHeaders(await send('GET', '/plans/a/?q=1'), 'page');
    const embed = await send('GET', '/embed/a/');
    expect(embed.body).toContain('埋め込み');
    expectSecurityHeaders(embed, 'embed');
    expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
  });

  it.each(['/%', '/%zz', '/%E0%A4%A', '/%00', '/a%2F%', '*', 'http://127.0.0.1/'])(
    'answers the malformed target %s with 400 and the headers',
    async (target) => {
      const response = await send('GET', target);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
      expectSecurityHeaders(response);
    },
  );

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT'])(
    'answers %s with 405, Allow and the headers',
    async (method) => {
      const response = await send(method, method === 'CONNECT' ? '127.0.0.1:22' : '/');
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expectSecurityHeaders(response, method === 'CONNECT' ? 'common' : 'page');
    },
  );

  it.each(['/embed/a/..%2f..%2fplans/a/', '/embed/a/../../plans/a/', '/embed/..%2fplans/a/', '/embed/a/%2e%2e/%2e%2e/plans/a/'])(
    'matches the header rules on the resolved path: %s is a page, never framed by another origin',
    async (target) => {
      const response = await send('GET', target);
      expect(response.status).toBe(200);
      expect(response.body).toContain('<title>計画</title>');
      expectSecurityHeaders(response, 'page');
      expect(response.headers['content-security-policy']).not.toContain('frame-ancestors *');
    },
  );

  it('answers HEAD like GET, without a body', async () => {
    const response = await send('HEAD', '/');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength('<!doctype html><title>トップ</title>')));
    expectSecurityHeaders(response, 'page');
  });

  it('answers a path outside the folder with 403 and the headers', async () => {
    const response = await send('GET', '/..%2f..%2fetc%2fpasswd');
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
  });

  it('answers a missing file with the 404 page and the headers', async () => {
    const response = await send('GET', '/nothing-here/');
    expect(response.status).toBe(404);
    expect(response.body).toContain('見つかりません');
    expectSecurityHeaders(response);
  });

  it('answers a request Node cannot parse with 400 and the headers', async () => {
    const response = await raw('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n');
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
  });

  it('keeps running after every one of them', async () => {
    for (const target of ['/%', '/%zz', '/%E0%A4%A']) await send('GET', target);
    await send('DELETE', '/');
    await raw('GET / HTTP/1.1\r\nBad Header\r\n\r\n');
    expect((await send('GET', '/')).status).toBe(200);
    expect(server.listening).toBe(true);
  });
});

describe('requestPath', () => {
  it('decodes the path and drops the query', () => {
    expect(requestPath('/plans/%E5%8C%97/?q=1')).toBe('/plans/北/');
  });
  it('refuses what is not a decodable path', () => {
    expect([requestPath('/%'), requestPath('/%zz'), requestPath('/%E0%A4%A'), requestPath('/a%00b'), requestPath('*')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('npm run serve under load', () => {
  /**
   * The server in its own process (`node scripts/serve.ts`), 24 requests, 8 at a time, for a 64 MiB
   * file, each answer counted and dropped by the client; the server's resident memory is sampled
   * from /proc. Buffering each file whole (as before) grew it by 8 × 64 MiB and more and never gave
   * it back; streamed, it grows by a few MiB.
   */
  it('streams files: memory stays bounded whatever the file size and the number of requests', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dx-serve-big-'));
    const size = 64 * 1024 * 1024;
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'big.bin'), Buffer.alloc(size, 7));
    const child = spawn(process.execPath, [join(import.meta.dirname, '../../scripts/serve.ts'), root, '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((done) =>
        child.stdout!.on('data', (chunk: Buffer) => done(/http:\/\/[\d.:]+/.exec(String(chunk))![0])),
      );
      const port = Number(new URL(url).port);
      const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
      const fetchCounting = () =>
        new Promise<number>((done, fail) => {
          let received = 0;
          const socket = connect(port, '127.0.0.1', () =>
            socket.write('GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
          );
          socket.on('data', (chunk: Buffer) => (received += chunk.length));
          socket.on('error', fail);
          socket.on('close', () => done(received));
        });
      await fetchCounting();
      const before = rss();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rss())), 10);
      try {
        for (let round = 0; round < 3; round++) {
          const sizes = await Promise.all(Array.from({ length: 8 }, fetchCounting));
          for (const received of sizes) expect(received).toBeGreaterThan(size);
        }
      } finally {
        clearInterval(sampler);
      }
      expect(peak - before, `grew from ${before.toFixed(0)} MiB to ${peak.toFixed(0)} MiB`).toBeLessThan(128);
    } finally {
      child.kill();
    }
  }, 60_000);
});

describe('unfinishedBuilds', () => {
  it('names the folders an interrupted build left beside the site, so serve refuses a possibly stale site', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'dx-stale-'));
    mkdirSync(join(parent, 'dist'));
    writeFileSync(join(parent, 'dist/index.html'), '<!doctype html><title>古い</title>');
    expect(unfinishedBuilds(join(parent, 'dist'))).toEqual([]);
    mkdirSync(join(parent, '.dist.building-4242-1700000000000'));
    expect(unfinishedBuilds(join(parent, 'dist'))).toEqual(['.dist.building-4242-1700000000000']);
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/serve.ts'), join(parent, 'dist'), '0'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('途中で止まったか作成中のサイト（.dist.building-4242-1700000000000）があります');
  });
});
