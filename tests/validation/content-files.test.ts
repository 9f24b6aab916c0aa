/**
 * Every file under content/ is read or named, and one problem never hides or invents others: a bad
 * cell in plans.csv, a missing chapters/ folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/io/read-content-files.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { formatContentError } from '../../src/lib/validate/content-error.ts';

const root = join(import.meta.dirname, '../..');
const real = () => new Map(readContentFiles(join(root, 'content')));
const base = () => new Map(readContentFiles(join(root, 'tests/fixtures/base/content')));
const messages = (files: Map<string, unknown>) => validateContent(files as never).errors.map(formatContentError);

describe('a bad cell in a plan’s row of plans.csv', () => {
  it.each(['kitakami-2026', 'kitakami-2023', 'yokote-2023', 'morioka-2021', 'oshu-2021'])(
    'in %s’s row is the only message: no invented footnote-undefined, unknown-reference or correction-unmarked',
    (id) => {
      const files = real();
      const lines = String(files.get('content/plans.csv')).split('\n');
      const index = lines.findIndex((l) => l.startsWith(`${id},`));
      const cells = lines[index]!.split(',');
      cells[1] = 'abc';
      lines[index] = cells.join(',');
      files.set('content/plans.csv', lines.join('\n'));
      expect(messages(files)).toEqual([
        `content/plans.csv:${index + 1}:2 列 municipality_code: 「abc」は全国地方公共団体コードではありません — 検査数字を含む6桁の半角数字で書いてください（例: 032069） [municipality-code]`,
      ]);
    },
  );
});

describe('a plan without its chapters/ folder', () => {
  it('is named once, without a cascade of unknown-section, footnote-undefined or correction-unmarked', () => {
    const files = real();
    for (const path of [...files.keys()]) if (path.startsWith('content/plans/kitakami-2026/chapters/')) files.delete(path);
    expect(messages(files)).toEqual([
      'content/plans/kitakami-2026/chapters 計画「kitakami-2026」に章のフォルダ chapters/ がありません。目標の節・注・転記の記録などが章を参照しています — content/plans/kitakami-2026/chapters/ に章のファイル（例: c1.md）を置いてください。フォルダ名は半角小文字の chapters です [missing-file]',
    ]);
  });

  it('is fine when nothing refers to chapters (a previous plan kept as data only)', () => {
    expect(messages(base())).toEqual([]);
  });
});

describe('files the reader does not read', () => {
  it('names a file a system leaves in folders in a warning, and the build goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dx-files-'));
    mkdirSync(join(dir, 'plans/sample-2026'), { recursive: true });
    writeFileSync(join(dir, 'plans/sample-2026/.DS_Store'), 'x');
    const files = base();
    for (const [path, file] of readContentFiles(dir)) files.set(path, file);
    const { errors, warnings } = validateContent(files);
    expect(errors).toEqual([]);
    expect(warnings.map(formatContentError)).toEqual([
      'content/plans/sample-2026/.DS_Store 「.DS_Store」はパソコンやツールが作るファイルなので、読みません — 不要なら削除してください（サイトには影響しません） [ignored-file]',
    ]);
  });

  it('reads no .git folder inside the content folder (a repository is not content)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dx-files-'));
    mkdirSync(join(dir, '.git/objects'), { recursive: true });
    writeFileSync(join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, 'plans.csv'), 'id\n');
    expect([...readContentFiles(dir).keys()]).toEqual(['content/plans.csv']);
  });
});
