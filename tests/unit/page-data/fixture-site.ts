import { join } from 'node:path';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import type { ContentFile, SiteContent } from '../../../src/lib/content/types.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/base/content');

/**
 * The small fixture site (tests/fixtures/base/content: 見本計画2026（案） and its predecessor 見本計画2023),
 * validated as the build validates it; `edit` may add or change files first (keys like `content/plans.csv`).
 * Throws the validation messages when the edited content is invalid, so a broken variant fails loudly.
 */
export function fixtureSite(edit?: (files: Map<string, ContentFile>) => void, env: Record<string, string> = {}): SiteContent {
  const files = new Map(readContentFiles(FIXTURE));
  edit?.(files);
  const { site, errors } = validateContent(files, 'content', env);
  if (!site) throw new Error(errors.map((e) => e.message).join('\n'));
  return site;
}

/** A content file's text (files are read as bytes). */
export const fileText = (file: ContentFile | undefined): string =>
  typeof file === 'string' ? file : file instanceof Uint8Array ? new TextDecoder().decode(file) : '';

/** Appends columns to every row of a CSV text: `values` maps a plan id (the first cell) to its cells. */
export function withColumns(csv: string, names: string[], values: Record<string, string[]>): string {
  const [header, ...rows] = csv.trimEnd().split('\n');
  const cells = (row: string) => values[row.split(',')[0]!] ?? names.map(() => '');
  return `${[`${header},${names.join(',')}`, ...rows.map((row) => `${row},${cells(row).join(',')}`)].join('\n')}\n`;
}

/** The fixture with Yokote-like vocabulary for the front plan: 重点目標 / 指標 / 用語解説. */
export const yokoteLikeSite = () =>
  fixtureSite((files) => {
    const plans = fileText(files.get('content/plans.csv'));
    files.set(
      'content/plans.csv',
      withColumns(plans, ['goal_term', 'indicator_term', 'glossary_term'], { 'sample-2026': ['重点目標', '指標', '用語解説'] }),
    );
  });
