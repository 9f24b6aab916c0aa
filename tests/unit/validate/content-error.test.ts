import { describe, expect, it } from 'vitest';
import { formatContentErrors, SHOWN_ERRORS, type ContentError } from '../../../src/lib/validate/content-error.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { join } from 'node:path';

describe('a run with very many problems', () => {
  it('prints the count, the first problems and how many more there are', () => {
    const errors: ContentError[] = Array.from({ length: SHOWN_ERRORS + 5 }, (_, i) => ({
      file: 'content/a.csv',
      line: i + 2,
      column: 1,
      rule: 'required',
      message: '空欄です',
      hint: '書いてください',
    }));
    const lines = formatContentErrors(errors).split('\n');
    expect(lines[0]).toBe(`コンテンツに ${SHOWN_ERRORS + 5} 件の問題があります。サイトは作成されませんでした。`);
    expect(lines).toHaveLength(SHOWN_ERRORS + 2);
    expect(lines.at(-1)).toContain(`ほかに 5 件あります（最初の ${SHOWN_ERRORS} 件だけを表示しています`);
  });

  it('validates 150,000 bad rows without overflowing the call stack', () => {
    const files = new Map(readContentFiles(join(import.meta.dirname, '../../fixtures/base/content')));
    const rows = Array.from({ length: 150_000 }, () => 'line-users,2026,actual,x,').join('\n');
    files.set('content/plans/sample-2026/observations.csv', `indicator_id,fiscal_year,kind,value,note\n${rows}\n`);
    const { site, errors } = validateContent(files);
    expect(site).toBeNull();
    expect(errors.length).toBeGreaterThanOrEqual(150_000);
  });
});
