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
