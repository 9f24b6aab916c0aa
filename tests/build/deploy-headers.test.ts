/**
 * The host configurations of the real build: `_headers`, `.htaccess` and `_deploy/nginx.conf` are
 * written from the one policy; `_headers` gives every built page and file the headers of the
 * policy (framing forbidden, allowed only under /embed/); and a real nginx serving the build with
 * the snippet, and a real Apache reading the `.htaccess`, send exactly those headers, errors included.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headerPolicy, headersFor } from '../../src/lib/security/headers.ts';
import { headersFile, headersFromRules, parseHeadersFile } from '../../src/lib/deploy/headers-file.ts';
import { nginxConf } from '../../src/lib/deploy/nginx-conf.ts';
import { htaccess } from '../../src/lib/deploy/htaccess.ts';
import { urls } from '../../src/lib/urls.ts';
import { filesUnder } from './build-site.ts';

const outDir = inject('outDir');
const policy = headerPolicy();
const NGINX = '/usr/sbin/nginx';
const APACHE = '/usr/sbin/apache2';

/** Every file of the build, as a URL path. */
const builtPaths = () => filesUnder(outDir).map((f) => `/${f}`.replace(/\/index\.html$/, '/'));

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

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Waits until a server answers at `base`, or fails with its error log. */
async function answering(base: string, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the server did not answer: ${existsSync(log) ? readFileSync(log, 'utf8') : 'no log'}`);
}

/** The policy's header names a response carries, with their values. */
const pick = (response: Response) =>
  Object.fromEntries(
    Object.keys(headersFor(policy, '/'))
      .concat('X-Frame-Options')
      .flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])),
  );

/** Requests every server test makes: pages, data, an embeddable view, missing files. */
const REQUESTS = [
  ['/', 200],
  [urls.indicator('kitakami-2026', 'parenting-line-subscribers'), 200],
  [urls.dataArchive(), 200],
  [urls.dataFile('observations.csv'), 200],
  [urls.indicatorEmbed('kitakami-2026', 'parenting-line-subscribers'), 200],
  ['/no-such-page/', 404],
  [`${urls.embeds()}no-such-view/`, 404],
] as const;

/**
 * What a request must get: the policy's headers for its path — except that a missing file is
 * answered by the site's 404 page, an ordinary page (never framed), wherever it was asked for.
 */
const expectedFor = (path: string, status: number) => headersFor(policy, status === 404 ? `${urls.home()}404.html` : path);

describe('nginx serving the build with the snippet', () => {
  let nginx: ChildProcess | undefined;
  let base = '';
  const prefix = mkdtempSync(join(tmpdir(), 'dx-nginx-'));

  beforeAll(async () => {
    if (!existsSync(NGINX))
      throw new Error(
        `nginx was not found at ${NGINX}. Install it with \`apt-get install -y nginx\` (.ci/run does this), then run the tests again.`,
      );
    const port = await freePort();
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
    writeFileSync(
      join(prefix, 'nginx.conf'),
      [
        'daemon off;',
        'master_process off;',
        'worker_processes 1;',
        `pid ${prefix}/nginx.pid;`,
        `error_log ${prefix}/error.log warn;`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d === 'body' ? 'client_body' : d}_temp_path ${prefix}/${d};`),
        `  server {`,
        `    listen 127.0.0.1:${port};`,
        `    root ${outDir};`,
        `    include ${outDir}/_deploy/nginx.conf;`,
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const check = spawnSync(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-t'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    await answering(base, join(prefix, 'error.log'));
  });
  afterAll(() => {
    nginx?.kill();
  });

  it.each(REQUESTS)('%s answers %i with the policy’s headers', async (path, status) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    expect(pick(response)).toEqual(expectedFor(path, status));
    if (status === 404) expect(await response.text()).toContain('<h1');
  });

  it('serves the site’s scripts as JavaScript, so nosniff lets them run', async () => {
    const script = builtPaths().find((p) => p.startsWith('/_astro/') && p.endsWith('.js'))!;
    const response = await fetch(`${base}${script}`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });
});

describe('Apache serving the build with its .htaccess', () => {
  let apache: ChildProcess | undefined;
  let base = '';
  const prefix = mkdtempSync(join(tmpdir(), 'dx-apache-'));

  beforeAll(async () => {
    if (!existsSync(APACHE))
      throw new Error(
        `Apache was not found at ${APACHE}. Install it with \`apt-get install -y apache2-bin\` (.ci/run does this), then run the tests again.`,
      );
    // Apache serves as an unprivileged user: give it a readable copy of the build.
    const root = join(prefix, 'site');
    cpSync(outDir, root, { recursive: true });
    chmodSync(prefix, 0o755);
    writeFileSync(join(prefix, 'mime.types'), '');
    const port = await freePort();
    const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers'].map(
      (m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`,
    );
    writeFileSync(
      join(prefix, 'httpd.conf'),
      [
        `ServerRoot ${prefix}`,
        `DefaultRuntimeDir ${prefix}`,
        `PidFile ${prefix}/httpd.pid`,
        `ErrorLog ${prefix}/error.log`,
        'LogLevel warn',
        `Listen 127.0.0.1:${port}`,
        'ServerName 127.0.0.1',
        ...modules,
        'User nobody',
        'Group nogroup',
        `TypesConfig ${prefix}/mime.types`,
        'AddType text/html .html',
        'AddType text/javascript .js',
        'AddType text/css .css',
        `DocumentRoot ${root}`,
        'DirectoryIndex index.html',
        `<Directory ${root}>`,
        '  AllowOverride FileInfo',
        '  Require all granted',
        '</Directory>',
        '',
      ].join('\n'),
    );
    const check = spawnSync(APACHE, ['-f', join(prefix, 'httpd.conf'), '-t'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    apache = spawn(APACHE, ['-f', join(prefix, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    await answering(base, join(prefix, 'error.log'));
  });
  afterAll(() => {
    apache?.kill();
  });

  it.each(REQUESTS)('%s answers %i with the policy’s headers', async (path, status) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status, readFileSync(join(prefix, 'error.log'), 'utf8')).toBe(status);
    expect(pick(response)).toEqual(expectedFor(path, status));
    if (status === 404) expect(await response.text()).toContain('<h1');
  });
});
