import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { planById } from '../../../src/lib/content/queries.ts';
import { contactText, pageContact, planContact, reportErrorsSentence, siteContact } from '../../../src/lib/plan-facts/contacts.ts';

const contentDir = join(import.meta.dirname, '../../../content');
const files = readContentFiles(contentDir);
const load = (env: Record<string, string>, extra?: Record<string, string>) => {
  const all = new Map(files);
  for (const [k, v] of Object.entries(extra ?? {})) all.set(`content/${k}`, v);
  const { site, errors } = validateContent(all, 'content', env);
  expect(errors).toEqual([]);
  return site!;
};

describe('the contact on a plan’s pages is the plan’s own', () => {
  const site = load({});
  it.each([
    [
      'kitakami-2026',
      '北上市企画部都市プロモーション課情報政策推進室（〒024-8501 岩手県北上市芳町 1 番 1 号、電話 0197-72-8325、FAX 0197-63-7023）',
    ],
    ['kitakami-2023', '北上市'],
    ['morioka-2021', '盛岡市'],
    [
      'yokote-2023',
      '横手市総務企画部 情報政策課（〒013-8601 横手市条里一丁目1番1号、電話 0182-35-2166、FAX 0182-33-2239、メール densan@city.yokote.lg.jp）',
    ],
    ['oshu-2021', '奥州市デジタル推進本部'],
  ])('%s: %s', (id, expected) => {
    const plan = planById(site, id)!.plan;
    expect(contactText(pageContact(site, plan)!)).toBe(expected);
    expect(reportErrorsSentence(planContact(plan))).toContain(`${planContact(plan).office}にお知らせください。`);
  });
});

describe('the contact on the site’s own pages', () => {
  it('a site of several cities without a site contact names no city’s office', () => {
    const site = load({});
    expect(site.siteContact).toBeNull();
    expect(pageContact(site, null)).toBeNull();
    const sentence = reportErrorsSentence(null);
    expect(sentence).toBe(
      'このサイトは、掲載している各計画文書（原本）の文言と数値をそのまま掲載しています。原本と異なる点に気づいたら、その計画のページに載せた問い合わせ先にお知らせください。',
    );
    expect(sentence).not.toMatch(/北上市|盛岡市|横手市|奥州市/);
  });

  it.each([
    ['oshu-2021', '奥州市デジタル推進本部'],
    ['morioka-2021', '盛岡市'],
    ['yokote-2023', '横手市総務企画部 情報政策課'],
    ['kitakami-2026,kitakami-2023', '北上市企画部都市プロモーション課情報政策推進室'],
  ])('a single-city site (%s) names its own plan’s office', (plans, office) => {
    expect(load({ SITE_PLANS: plans }).siteContact?.office).toBe(office);
  });

  it('site.csv’s contact wins, on any site', () => {
    const site = load(
      {},
      { 'site.csv': 'name,site_url,base_path,plans,front_plan,contact,contact_email\n,,/,,,県DX推進課,dx@pref.example.jp\n' },
    );
    expect(site.siteContact).toEqual({
      office: '県DX推進課',
      postalCode: null,
      address: null,
      phone: null,
      fax: null,
      email: 'dx@pref.example.jp',
    });
    expect(contactText(site.siteContact!)).toBe('県DX推進課（メール dx@pref.example.jp）');
  });

  it('siteContact by itself', () => {
    const plan = {
      municipality_code: '032069',
      contact: null,
      publisher: 'A市',
      postal_code: null,
      address: null,
      phone: null,
      fax: null,
      email: null,
    };
    expect(siteContact(undefined, [plan], plan)?.office).toBe('A市');
    expect(siteContact({ contact: null, contact_email: null }, [plan, { ...plan, municipality_code: '032018' }], plan)).toBeNull();
  });
});
