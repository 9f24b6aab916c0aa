/** A chapter's page and the plan's table of contents: the text with its glossary links, citations and pager. */
import { currentNotice } from '../comments/plan-notice.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Block, Chapter } from '../markdown/types.ts';
import { chapterLabel, chapterNumberLabel, planById, planTerms, tableOfContents } from '../content/queries.ts';
import { linkChapterTerms, termTips, type TermTip } from '../glossary/glossary-in-chapters.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { planDataArchive } from '../open-data/data-archive.ts';
import { formatFileSize } from '../format/number.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type PlanPath, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';
import { searchLabels } from '../labels/search.ts';
import { currentVersion } from '../versions/plan-versions.ts';

/** One page per chapter of every plan. */
export function chapterPaths(site: SiteContent): PlanPath<{ plan: string; chapter: string }>[] {
  return site.plans.flatMap((content) => content.chapters.map((chapter) => ({ params: { plan: content.plan.id, chapter: chapter.id } })));
}

/** Everything a chapter's page shows. */
export interface ChapterPage {
  shell: PlanPageShell;
  content: PlanContent;
  chapter: Chapter;
  title: string;
  /** 「原本 p.16〜」 after the title, when the original has page numbers. */
  page: string | null;
  citeHelp: string;
  /** The chapter's blocks with the plan's glossary terms linked, and the terms' tips. */
  blocks: Block[];
  tips: Record<string, TermTip>;
  /**
   * Where the page's passages are cited and linked: the newest version's own page
   * (`/plans/<plan>/versions/<version>/chapters/<chapter>/`) when the plan lists its versions, so a
   * citation made today keeps showing today's text after a newer version replaces it; null (this
   * page's address) for a plan without versions.csv.
   */
  citePath: string | null;
  pager: { label: string; previous: { label: string; href: string } | null; next: { label: string; href: string } | null };
}

/** The newest version's page of a chapter, where a plan with versions cites its passages (null without versions.csv). */
function versionCitePath(content: PlanContent, chapterId: string): string | null {
  const current = currentVersion(content.versions);
  return current ? urls.versionChapter(content.plan.id, current.id, chapterId) : null;
}

/** The page of one chapter (params `plan`, `chapter`). */
export function chapterPage(site: SiteContent, params: RouteParams): ChapterPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const index = content.chapters.findIndex((c) => c.id === param(params, 'chapter'));
  const chapter = content.chapters[index];
  if (!chapter) throw new Error(`unknown chapter: ${plan.id}/${params.chapter}`);
  const labels = planPageLabels.chapter;
  const title = chapterLabel(chapter);
  const previous = content.chapters[index - 1];
  const next = content.chapters[index + 1];
  return {
    shell: planShell(
      plan,
      planPageLabels.common.pageTitle(title, plan.title),
      [{ label: planPageLabels.common.contents, href: urls.chapters(plan.id) }, { label: title }],
      searchLabels.types.chapter,
    ),
    content,
    chapter,
    title,
    page: chapter.page !== null ? planPageLabels.common.pageFrom(chapter.page) : null,
    citeHelp: `${labels.citeHelp(chapterNumberLabel(chapter), currentNotice(plan).invitesComments)}${chapter.page !== null ? labels.citeHelpPages : ''}`,
    blocks: linkChapterTerms(chapter, content),
    citePath: versionCitePath(content, chapter.id),
    tips: termTips(content, (id) => urls.glossary(plan.id, id)),
    pager: {
      label: labels.pager,
      previous: previous ? { label: labels.previous(chapterLabel(previous)), href: urls.chapter(plan.id, previous.id) } : null,
      next: next
        ? { label: labels.next(chapterLabel(next)), href: urls.chapter(plan.id, next.id) }
        : content.glossary.length > 0
          ? { label: labels.nextGlossary(planTerms(plan)), href: urls.glossary(plan.id) }
          : null,
    },
  };
}

/** One table of contents per plan with chapters. */
export const chapterListPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'chapters'));

/** The plan's table of contents: chapters with their sections, and the glossary. */
export interface ChapterListPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  chapters: { label: string; href: string; page: string | null; sections: { text: string; href: string; page: string | null }[] }[];
  glossary: { label: string; href: string; page: string | null } | null;
  /** The plan's own data zip (its tables as CSV with the README of the columns). */
  data: { before: string; link: { href: string; label: string }; after: string };
}

/** The table of contents of a plan (param `plan`). */
export function chapterListPage(site: SiteContent, params: RouteParams): ChapterListPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const { page } = planPageLabels.common;
  const title = planPageLabels.common.contents;
  const glossaryPage = content.glossary[0]?.page;
  return {
    shell: planShell(plan, planPageLabels.chapterList.title(plan.title), [{ label: title }], searchLabels.types.chapter),
    title,
    lead: planPageLabels.chapterList.lead(
      plan.title,
      content.chapters.some((c) => c.page !== null),
    ),
    chapters: content.chapters.map((chapter) => ({
      label: chapterLabel(chapter),
      href: urls.chapter(plan.id, chapter.id),
      page: chapter.page !== null ? page(chapter.page) : null,
      sections: tableOfContents(chapter)
        .filter((h) => h.depth === 2)
        .map((h) => ({ text: h.text, href: urls.chapter(plan.id, chapter.id, h.id), page: h.page !== null ? page(h.page) : null })),
    })),
    glossary:
      content.glossary.length > 0
        ? { label: planTerms(plan).glossary, href: urls.glossary(plan.id), page: glossaryPage ? page(glossaryPage) : null }
        : null,
    data: planDataLink(site, plan.id),
  };
}

/** 「この計画のデータ：表の CSV と列の説明（zip、12 KB）」, linking to the plan's data zip. */
export function planDataLink(site: SiteContent, planId: string): ChapterListPage['data'] {
  const archive = planDataArchive(site, planId);
  const labels = planPageLabels.planData;
  return {
    before: labels.before,
    link: { href: urls.planDataArchive(planId), label: labels.link(archive.files.length - 1, formatFileSize(archive.bytes.length)) },
    after: labels.after,
  };
}
