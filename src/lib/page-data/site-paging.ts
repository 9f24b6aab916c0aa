import { memoizeBy } from '../content/site-index.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import type { ShellLink } from './page-shell.ts';
import { plansByMunicipality, type MunicipalityPlans } from './plan-list.ts';

/**
 * A site with at most this many plans shows each list that grows with the plans (plan list, regional
 * view, transcription notes) on one page, as it always did. A larger site — a prefecture's or a
 * national portal — groups them by prefecture and splits them into parts.
 */
export const SINGLE_PAGE_PLANS = 10;

/**
 * Plans per part of a prefecture: the largest page of a part is its transcription notes (up to about
 * 40 KB a plan), so ten plans keep every page well under 500 KB of HTML.
 */
export const PLANS_PER_PART = 10;

/** One prefecture (the first two digits of the 全国地方公共団体コード) with its municipalities, by code. */
export interface PrefectureGroup {
  /** Two digits: `03` is 岩手県. */
  code: string;
  name: string;
  municipalities: MunicipalityPlans[];
  plans: PlanContent[];
}

/** One page of a grouped list: a prefecture's municipalities (whole, unless one alone exceeds a part). */
export interface PrefecturePart {
  prefecture: PrefectureGroup;
  /** 1-based; `parts` is how many the prefecture has. */
  part: number;
  parts: number;
  /** The path segment(s) of the part under its list: `03` or `03/2`. */
  slug: string;
  municipalities: MunicipalityPlans[];
  plans: PlanContent[];
}

/** The prefecture of a plan: the first two digits of its municipality code. */
export const prefectureCode = (content: PlanContent): string => content.plan.municipality_code.slice(0, 2);

/** Whether the site's growing lists are grouped by prefecture and split into parts. */
export const isPaged = (site: SiteContent): boolean => site.plans.length > SINGLE_PAGE_PLANS;

/** The site's prefectures in code order, each with its municipalities in code order (plans newest first). */
export const prefectureGroups: (site: SiteContent) => PrefectureGroup[] = memoizeBy((site: SiteContent) => {
  const groups = new Map<string, PrefectureGroup>();
  const municipalities = [...plansByMunicipality(site)].sort((a, b) => a.code.localeCompare(b.code));
  for (const m of municipalities) {
    const code = m.code.slice(0, 2);
    if (!groups.has(code)) groups.set(code, { code, name: m.prefecture, municipalities: [], plans: [] });
    const group = groups.get(code)!;
    group.municipalities.push(m);
    group.plans.push(...m.plans);
  }
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
});

/**
 * Splits municipalities into parts of at most `perPart` plans, in order, keeping each municipality's
 * plans together (a municipality with more plans than a part fills a part of its own).
 */
export function splitMunicipalities(municipalities: readonly MunicipalityPlans[], perPart: number): MunicipalityPlans[][] {
  const parts: MunicipalityPlans[][] = [];
  let current: MunicipalityPlans[] = [];
  let count = 0;
  for (const m of municipalities) {
    if (current.length > 0 && count + m.plans.length > perPart) {
      parts.push(current);
      current = [];
      count = 0;
    }
    current.push(m);
    count += m.plans.length;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Every part of every prefecture, in code order (computed once per site). */
export const prefectureParts: (site: SiteContent) => PrefecturePart[] = memoizeBy((site: SiteContent) =>
  prefectureGroups(site).flatMap((prefecture) => {
    const split = splitMunicipalities(prefecture.municipalities, PLANS_PER_PART);
    return split.map((municipalities, i) => ({
      prefecture,
      part: i + 1,
      parts: split.length,
      slug: i === 0 ? prefecture.code : `${prefecture.code}/${i + 1}`,
      municipalities,
      plans: municipalities.flatMap((m) => m.plans),
    }));
  }),
);

/** The part that lists a plan, by plan id (computed once per site). */
export const partOfPlan: (site: SiteContent) => ReadonlyMap<string, PrefecturePart> = memoizeBy(
  (site: SiteContent) => new Map(prefectureParts(site).flatMap((part) => part.plans.map((p) => [p.plan.id, part] as const))),
);

/** The part with a slug (`03`, `03/2`), or undefined. */
export const partBySlug = (site: SiteContent, slug: string): PrefecturePart | undefined =>
  prefectureParts(site).find((part) => part.slug === slug);

/** The links to a prefecture's parts under a list (`/prefectures/03/`, `/regional/03/2/` …). */
export function partLinks(parts: readonly PrefecturePart[], href: (slug: string) => string): ShellLink[] {
  const t = sitePageLabels.planList;
  return parts.map((part) => ({ href: href(part.slug), label: t.partLabel(part.prefecture.name, part.part, part.parts) }));
}
