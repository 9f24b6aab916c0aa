/**
 * The host configurations of the real build: `_headers`, `.htaccess` and `_deploy/nginx.conf` are
 * written from the one policy; `_headers` gives every built page and file the headers of the
 * policy (framing forbidden, allowed only under /embed/); and a real nginx serving the build with
 * the snippet sends exactly those headers, errors included.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headerPolicy, headersFor } from '../../src/lib/security/headers.ts';
import { headersFile, headersFromRules, parseHeadersFile } from '../../src/lib/deploy/headers-file.ts';
import { nginxConf } from '../../src/lib/deploy/nginx-conf.ts';
import { htaccess } from '../../src/lib/deploy/htaccess.ts';
import { urls } from '../../src/lib/urls.ts';

const outDir = inject('outDir');
const policy = headerPolicy();
const NGINX = '/usr/sbin/nginx';

/** Every file of the build, as a URL path. */
function builtPaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else paths.push(`/${relative(outDir, path).split(sep).join('/')}`.replace(/\/index\.html$/, '/'));
    }
  };
  walk(outDir);
  return paths;
}

describe('the written configurations', () => {
  it('are the ones the policy gives', () => {
    const entries = readdirSync(outDir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toBe(headersFile(policy, entries));
    expect(readFileSync(join(outDir, '.htaccess'), 'utf8')).toBe(htaccess(policy));
    expect(readFileSync(join(outDir, '_deploy/nginx.conf'), 'utf8')).toBe(nginxConf(policy));
  });

  it('_headers gives every file of the build the headers of the policy', () => {
    const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
    const paths = builtPaths();
    expect(paths.length).toBeGreaterThan(500);
    expect(paths.filter((path) => JSON.stringify(headersFromRules(rules, path)) !== JSON.stringify(headersFor(policy, path)))).toEqual([]);
    expect(paths.filter((p) => p.startsWith(urls.embeds())).length).toBeGreaterThan(40);
  });
});

describe('nginx serving the build with the snippet', () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  const prefix = mkdtempSync(join(tmpdir(), 'dx-nginx-'));

  beforeAll(async () => {
    if (!existsSync(NGINX)) throw new Error(`nginx was not found at ${NGINX}. Install it with \`apt-get install -y nginx\` (.ci/run does this), then run the tests again.`);
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => done(free));
      });
    });
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
    writeFileSync(join(prefix, 'nginx.conf'), [
      'daemon off;', 'master_process off;', 'worker_processes 1;', `pid ${prefix}/nginx.pid;`, `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {', '  include /etc/nginx/mime.types;', '  default_type application/octet-stream;', '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${prefix}/${d};`),
      `  server {`, `    listen 127.0.0.1:${port};`, `    root ${outDir};`, `    include ${outDir}/_deploy/nginx.conf;`, '  }', '}', '',
    ].join('\n'));
    const check = spawnSync(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-t'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/`).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`nginx did not answer: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
  });
  afterAll(() => { nginx?.kill(); });

  const pick = (response: Response) => Object.fromEntries(Object.keys(headersFor(policy, '/')).concat('X-Frame-Options').flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));

  it.each([
    ['/', 200], [urls.indicator('kitakami-2026', 'parenting-line-subscribers'), 200], [urls.dataArchive(), 200], [urls.dataFile('observations.csv'), 200],
    [urls.indicatorEmbed('kitakami-2026', 'parenting-line-subscribers'), 200], ['/no-such-page/', 404], [`${urls.embeds()}no-such-view/`, 404],
  ] as const)('%s answers %i with the policy’s headers', async (path, status) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    // A missing file is answered by the site's 404 page, an ordinary page (never framed), wherever it was asked for.
    expect(pick(response)).toEqual(headersFor(policy, status === 404 ? `${urls.home()}404.html` : path));
    if (status === 404) expect(await response.text()).toContain('<h1');
  });

  it('serves the site’s scripts as JavaScript, so nosniff lets them run', async () => {
    const script = builtPaths().find((p) => p.startsWith('/_astro/') && p.endsWith('.js'))!;
    const response = await fetch(`${base}${script}`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });
});
