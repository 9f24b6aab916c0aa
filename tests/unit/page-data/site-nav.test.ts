import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { siteNav } from '../../../src/lib/page-data/site-nav.ts';

const files = readContentFiles(join(import.meta.dirname, '../../../content'));
const all = validateContent(files).site!;
const plan = (id: string) => all.plans.find((p) => p.plan.id === id)!;

describe('siteNav', () => {
  it('follows the plan the reader is in, in its own words, linking only pages it has', () => {
    expect(siteNav(all, plan('kitakami-2026')).map((i) => i.label)).toEqual([
      'トップ',
      '計画本文',
      '成果指標',
      '前計画の達成状況',
      '用語集',
      '計画一覧',
    ]);
    expect(siteNav(all, plan('oshu-2021')).map((i) => [i.label, i.href])).toEqual([
      ['トップ', '/'],
      ['この計画のトップ', '/plans/oshu-2021/'],
      ['計画本文', '/plans/oshu-2021/chapters/'],
      ['用語解説', '/plans/oshu-2021/glossary/'],
      ['計画一覧', '/plans/'],
    ]);
  });
  it('leaves out the plan list on a single-plan site', () => {
    const yokote = validateContent(files, 'content', { SITE_PLANS: 'yokote-2023' }).site!;
    expect(siteNav(yokote, yokote.primary).map((i) => i.label)).not.toContain('計画一覧');
  });
});
