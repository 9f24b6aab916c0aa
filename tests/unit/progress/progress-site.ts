import { join } from 'node:path';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import type { ContentFile, PlanContent, SiteContent } from '../../../src/lib/content/types.ts';
import { fixtureSite } from '../page-data/fixture-site.ts';

const PROGRESS = join(import.meta.dirname, '../../fixtures/progress/content');

/**
 * The base fixture with the progress fixture laid over it (tests/fixtures/progress/content): 見本DX推進計画
 * (ad-2023: A–D grades on 取組 and a KPI over 2023 and 2024, 実績 in words, a printed roll-up) and
 * 見本五段階計画 (five-2023: five levels on 施策). `edit` may change files afterwards.
 */
export function progressSite(edit?: (files: Map<string, ContentFile>) => void): SiteContent {
  return fixtureSite((files) => {
    for (const [path, text] of readContentFiles(PROGRESS)) files.set(path, text);
    edit?.(files);
  });
}

/** A plan of a site by id. */
export const planOf = (site: SiteContent, id: string): PlanContent => site.plans.find((p) => p.plan.id === id)!;
