import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { contentWarnings } from '../../../src/lib/content/content-warnings.ts';

const files = readContentFiles(join(import.meta.dirname, '../../../content'));
const licenceWarnings = (env: Record<string, string>) =>
  validateContent(files, 'content', env)
    .warnings.filter((w) => w.rule === 'licence-not-set')
    .map((w) => w.message.match(/計画「([^」]+)」/)![1]);

describe('licence-not-set names only the plans the site publishes', () => {
  it('a single-city site is warned about its own plan only', () => {
    expect(licenceWarnings({ SITE_PLANS: 'oshu-2021' })).toEqual(['oshu-2021']);
    expect(licenceWarnings({ SITE_PLANS: 'yokote-2023' })).toEqual(['yokote-2023']);
  });
  it('a site of every plan is warned about each plan without a licence', () => {
    expect(licenceWarnings({})).toEqual(['kitakami-2026', 'kitakami-2023', 'morioka-2021', 'yokote-2023', 'oshu-2021']);
  });
  it('without a published set, every row is checked; with one, only those ids', () => {
    const row = (id: string, licence: string | null) => ({
      file: 'content/plans.csv',
      line: 2,
      columnNumbers: { licence: 21 },
      values: { id, licence },
    });
    const rows = [row('a-2026', null), row('b-2026', null), row('c-2026', 'CC BY 4.0')];
    expect(contentWarnings(rows as never).map((w) => w.message.slice(0, 10))).toHaveLength(2);
    expect(contentWarnings(rows as never, ['b-2026', 'c-2026']).map((w) => w.line && w.message.includes('b-2026'))).toEqual([true]);
  });
});
