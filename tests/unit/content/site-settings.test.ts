import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath, siteSettings } from '../../../src/lib/content/site-settings.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../../src/io/read-content-files.ts';

const CONFIG = 'name,site_url,base_path,plans,front_plan,contact,contact_email\n,https://www.city.example.lg.jp/,/dx/,yokote-2023,,,\n';

describe('siteSettings', () => {
  it('reads content/site.csv', () => {
    expect(siteSettings(CONFIG, {})).toMatchObject({
      siteUrl: 'https://www.city.example.lg.jp',
      basePath: '/dx/',
      plans: ['yokote-2023'],
      sources: { siteUrl: 'content/site.csv' },
    });
  });
  it('lets SITE_URL, BASE_PATH and SITE_PLANS win, and defaults to every plan under /', () => {
    expect(
      siteSettings(CONFIG, { SITE_URL: 'https://a.example.jp', BASE_PATH: 'plan', SITE_PLANS: 'morioka-2021, oshu-2021' }),
    ).toMatchObject({
      siteUrl: 'https://a.example.jp',
      basePath: '/plan/',
      plans: ['morioka-2021', 'oshu-2021'],
      sources: { plans: 'SITE_PLANS' },
    });
    expect(siteSettings(undefined, {})).toMatchObject({ siteUrl: null, basePath: '/', plans: null });
  });
  it.each([
    ['', '/'],
    ['/', '/'],
    ['dx', '/dx/'],
    ['/dx', '/dx/'],
    ['/a/b/', '/a/b/'],
  ])('normalises the base path %j', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });
});

describe('publishing part of the content', () => {
  const files = readContentFiles(join(import.meta.dirname, '../../../content'));
  it('publishes one municipality with its front door, its own name and only its regional figures', () => {
    const { site, errors } = validateContent(files, 'content', { SITE_PLANS: 'yokote-2023' });
    expect(errors).toEqual([]);
    expect(site!.plans.map((p) => p.plan.id)).toEqual(['yokote-2023']);
    expect(site!.primary.plan).toMatchObject({ id: 'yokote-2023', is_primary: true });
    expect(site!.name).toBe('横手市DX計画の進捗');
    expect(site!.regional.every((r) => r.plan_id === 'yokote-2023')).toBe(true);
  });
  it('keeps the configured front door among several plans, and only one primary plan', () => {
    const { site } = validateContent(files, 'content', { SITE_PLANS: 'kitakami-2026,kitakami-2023,oshu-2021' });
    expect(site!.plans.filter((p) => p.plan.is_primary).map((p) => p.plan.id)).toEqual(['kitakami-2026']);
  });
  it('refuses a set that leaves out a plan another one refers to', () => {
    const { site, errors } = validateContent(files, 'content', { SITE_PLANS: 'kitakami-2023' });
    expect(site).toBeNull();
    expect(errors.map((e) => [e.file, e.rule, e.value])).toEqual([['環境変数 SITE_PLANS', 'site-plans', 'kitakami-2026']]);
  });
});

describe('deployment settings that would silently remove protection or stop the build', () => {
  const files = readContentFiles(join(import.meta.dirname, '../../fixtures/base/content'));
  const problems = (env: Record<string, string>) => validateContent(files, 'content', env).errors.map((e) => [e.file, e.rule, e.message]);
  it.each(['../', '/dx/../', '/./', '/dx/./a/'])('refuses BASE_PATH=%s with a located message', (path) => {
    expect(problems({ BASE_PATH: path })).toEqual([
      ['環境変数 BASE_PATH', 'site-setting', expect.stringContaining('「.」や「..」を含むため、公開するパスに使えません')],
    ]);
  });
  it.each(['0', '-3', '12.5', '百二十', '3.6E+03'])(
    'refuses SEARCH_PLANS_PER_SHARD=%s, naming the variable, the value and what to write',
    (value) => {
      const found = validateContent(files, 'content', { SEARCH_PLANS_PER_SHARD: value }).errors;
      expect(found.map((e) => [e.file, e.rule, e.value, e.message, e.hint])).toEqual([
        [
          '環境変数 SEARCH_PLANS_PER_SHARD',
          'site-setting',
          value,
          `「${value}」は検索の索引を分ける計画の数として使えません`,
          '1 以上の整数を半角数字で書いてください（例: 250）。指定しないなら環境変数 SEARCH_PLANS_PER_SHARD を消してください',
        ],
      ]);
    },
  );
  it('reads SEARCH_PLANS_PER_SHARD (spaces around it allowed), 250 when unset', () => {
    expect(siteSettings(undefined, { SEARCH_PLANS_PER_SHARD: ' 40 ' }).searchPlansPerShard).toBe(40);
    expect(siteSettings(undefined, {}).searchPlansPerShard).toBe(250);
  });
  it('refuses a // inside BASE_PATH', () => {
    expect(problems({ BASE_PATH: '/dx//a/' })).toEqual([
      ['環境変数 BASE_PATH', 'site-setting', '「/dx//a/」は「//」を含むため、公開するパスに使えません'],
    ]);
  });
  it('refuses a port over 65535 and an absurdly long host or base path in Japanese, once each', () => {
    expect(problems({ SITE_URL: 'https://a.example.jp:99999' })).toEqual([
      ['環境変数 SITE_URL', 'site-setting', '「https://a.example.jp:99999」のポート番号 99999 は使えません（1〜65535 です）'],
    ]);
    const long = problems({ SITE_URL: `https://${'a'.repeat(10_000)}.jp`, BASE_PATH: `/${'b'.repeat(10_000)}/` });
    expect(long.map(([file]) => file)).toEqual(['環境変数 SITE_URL', '環境変数 BASE_PATH']);
    expect(long.join('\n')).not.toMatch(/Invalid URL/);
    expect(long.join('\n').length).toBeLessThan(1000);
  });
  it('refuses an address the URL parser refuses (an all-digit host that is no IP address) in Japanese', () => {
    expect(problems({ SITE_URL: 'https://999.1.1.1' })).toEqual([
      ['環境変数 SITE_URL', 'site-setting', '「https://999.1.1.1」はブラウザが読めるアドレスではありません（ホスト名「999.1.1.1」）'],
    ]);
  });
  it('accepts a usual port and a plain base path', () => {
    expect(problems({ SITE_URL: 'https://a.example.jp:8443', BASE_PATH: '/dx/plan/' })).toEqual([]);
  });
  it('reports a site_url of site.csv that is no URL once, not twice', () => {
    const withConfig = new Map(files);
    withConfig.set('content/site.csv', 'name,site_url,base_path,plans,front_plan,contact,contact_email\n,ftp://x,,,,,\n');
    expect(validateContent(withConfig).errors.filter((e) => e.field === 'site_url')).toHaveLength(1);
  });
});
