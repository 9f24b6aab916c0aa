import { join } from 'node:path';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import type { PlanContent, SiteContent } from '../../../src/lib/content/types.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');

/** The base fixture with the versions fixture (tests/fixtures/versions) laid over it, validated. */
export function versionsSite(): SiteContent {
  const files = new Map(readContentFiles(join(fixtures, 'base/content')));
  for (const [path, text] of readContentFiles(join(fixtures, 'versions/content'))) files.set(path, text);
  const { site, errors } = validateContent(files);
  if (!site) throw new Error(`The versions fixture does not validate: ${JSON.stringify(errors)}`);
  return site;
}

/** The fixture plan with a draft (パブリックコメント版) and an adopted version (策定版). */
export function versionsPlan(): PlanContent {
  return versionsSite().plans.find((p) => p.plan.id === 'ver-2026')!;
}
