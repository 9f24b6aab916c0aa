/**
 * A plan's versions (案, パブリックコメント版, 策定版 …): the list, each version's contents and
 * chapters at stable addresses, and what changed from one version to the next — per chapter,
 * passage by passage with the words marked, the changed figures from the tables, and the response
 * matrix (意見 → 市の考え方 → 修正箇所) with the changes no answer names.
 */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Block, Chapter } from '../markdown/types.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import { VERSION_STATUSES } from '../../schemas/plan-version.ts';
import { chapterLabel, labelOf, planById } from '../content/queries.ts';
import { chapterCitations } from '../citation/citations.ts';
import { linkChapterTerms, termTips, type TermTip } from '../glossary/glossary-in-chapters.ts';
import { versionLabels } from '../labels/versions.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { currentVersion, versionsInOrder, versionText } from '../versions/plan-versions.ts';
import { answersFor, compareVersions, previousVersion, siteAtVersion, type VersionComparison } from '../versions/comparison.ts';
import type { DiffPart } from '../versions/word-diff.ts';
import type { PassageChange, PassageChangeKind } from '../versions/passage-diff.ts';
import { planHasPage } from './site-nav.ts';
import { param, planShell, type PageCrumb, type PlanPageShell, type PlanPath, type RouteParams } from './plan-page.ts';

const labels = versionLabels;

/** A version's date as the pages print it: as printed, else the ISO date, else 「日付の記載なし」. */
const versionDate = (version: PlanVersion): string => version.date_label ?? version.date ?? labels.noDate;

/** 「策定版（令和9年3月）」. */
const versionName = (version: PlanVersion): string => labels.named(version.label, versionDate(version));

/** The plans that have versions (versions.csv). */
const plansWithVersions = (site: SiteContent) => site.plans.filter((content) => planHasPage(content, 'versions'));

/** The plan and the version a route names; throws for a version the paths do not make. */
function planVersion(site: SiteContent, params: RouteParams): { content: PlanContent; version: PlanVersion } {
  const content = planById(site, param(params, 'plan'));
  const version = content.versions.find((v) => v.id === param(params, 'version'));
  if (!version) throw new Error(`unknown version: ${content.plan.id}/${params.version}`);
  return { content, version };
}

/** The crumbs from the plan's home to its versions (and on to one version). */
const versionCrumbs = (content: PlanContent, version?: PlanVersion): PageCrumb[] => [
  { label: labels.list.title, href: urls.versions(content.plan.id) },
  ...(version ? [{ label: version.label, href: urls.version(content.plan.id, version.id) }] : []),
];

/** One list of versions per plan that has versions. */
export const versionListPaths = (site: SiteContent): PlanPath<{ plan: string }>[] =>
  plansWithVersions(site).map((content) => ({ params: { plan: content.plan.id } }));

/** Everything the list of a plan's versions shows. */
export interface VersionListPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  caption: string;
  columns: { version: string; status: string; date: string; changes: string };
  rows: {
    id: string;
    label: string;
    current: string | null;
    href: string;
    status: string;
    date: string;
    changes: { label: string; href: string } | null;
    /** In place of the changes for the first version: 「（最初の版）」. */
    first: string | null;
  }[];
}

/** The list of a plan's versions (param `plan`), oldest first, each with its changes from the one before. */
export function versionListPage(site: SiteContent, params: RouteParams): VersionListPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const current = currentVersion(content.versions)!;
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(labels.list.title, plan.title), [{ label: labels.list.title }]),
    title: labels.list.title,
    lead: labels.list.lead(plan.title, current.label),
    caption: labels.list.caption(plan.title),
    columns: { version: labels.list.version, status: labels.list.status, date: labels.list.date, changes: labels.list.changes },
    rows: versionsInOrder(content.versions).map((version) => {
      const before = previousVersion(content.versions, version.id);
      return {
        id: `version-${version.id}`,
        label: version.label,
        current: version.id === current.id ? labels.list.current : null,
        href: urls.version(plan.id, version.id),
        status: labelOf(VERSION_STATUSES, version.status),
        date: versionDate(version),
        changes: before
          ? { label: labels.list.compare(before.label, version.label), href: urls.versionChanges(plan.id, version.id) }
          : null,
        first: before ? null : labels.list.first,
      };
    }),
  };
}

/** One contents page per version of every plan with versions. */
export const versionPaths = (site: SiteContent): PlanPath<{ plan: string; version: string }>[] =>
  plansWithVersions(site).flatMap((content) => content.versions.map((v) => ({ params: { plan: content.plan.id, version: v.id } })));

/** Everything a version's contents page shows. */
export interface VersionPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  contentsTitle: string;
  chapters: { label: string; href: string }[];
  changes: { label: string; href: string } | null;
  latest: { label: string; href: string } | null;
}

/** A version's contents (params `plan`, `version`): its chapters at their stable addresses. */
export function versionPage(site: SiteContent, params: RouteParams): VersionPage {
  const { content, version } = planVersion(site, params);
  const { plan } = content;
  const current = currentVersion(content.versions)!;
  const text = versionText(content, version.id)!;
  const before = previousVersion(content.versions, version.id);
  const isCurrent = version.id === current.id;
  const title = labels.version.title(version.label);
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [...versionCrumbs(content), { label: version.label }]),
    title,
    lead: labels.version.lead(version.label, versionDate(version), isCurrent ? null : current.label),
    contentsTitle: labels.version.contents,
    chapters: text.chapters.map((chapter) => ({
      label: chapterLabel(chapter),
      href: urls.versionChapter(plan.id, version.id, chapter.id),
    })),
    changes: before ? { label: labels.version.changes(before.label), href: urls.versionChanges(plan.id, version.id) } : null,
    latest: isCurrent ? null : { label: labels.version.latest(current.label), href: urls.chapters(plan.id) },
  };
}

/** One page per chapter of every version. */
export const versionChapterPaths = (site: SiteContent): PlanPath<{ plan: string; version: string; chapter: string }>[] =>
  plansWithVersions(site).flatMap((content) =>
    content.versions.flatMap((v) =>
      (versionText(content, v.id)?.chapters ?? []).map((chapter) => ({
        params: { plan: content.plan.id, version: v.id, chapter: chapter.id },
      })),
    ),
  );

/** Everything a version's chapter page shows. */
export interface VersionChapterPage {
  shell: PlanPageShell;
  /** The site as this version shows it: the chapter's data tables are the version's own. */
  site: SiteContent;
  planId: string;
  chapter: Chapter;
  /** The page's own address: every reference on it points here, to this version's text. */
  chapterPath: string;
  title: string;
  notice: string;
  blocks: Block[];
  tips: Record<string, TermTip>;
  links: { label: string; href: string }[];
  pager: { label: string; previous: { label: string; href: string } | null; next: { label: string; href: string } | null };
}

/** One chapter of one version (params `plan`, `version`, `chapter`), with that version's text and tables. */
export function versionChapterPage(site: SiteContent, params: RouteParams): VersionChapterPage {
  const { content, version } = planVersion(site, params);
  const { plan } = content;
  const current = currentVersion(content.versions)!;
  const text = versionText(content, version.id)!;
  const index = text.chapters.findIndex((c) => c.id === param(params, 'chapter'));
  const chapter = text.chapters[index];
  if (!chapter) throw new Error(`unknown chapter: ${plan.id}/${version.id}/${params.chapter}`);
  const versionSite = siteAtVersion(site, plan.id, text);
  const versionContent = planById(versionSite, plan.id);
  const isCurrent = version.id === current.id;
  const before = previousVersion(content.versions, version.id);
  const title = labels.version.chapterTitle(chapterLabel(chapter), version.label);
  const neighbour = (other: Chapter | undefined) =>
    other ? { label: chapterLabel(other), href: urls.versionChapter(plan.id, version.id, other.id) } : null;
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [
      ...versionCrumbs(content, version),
      { label: chapterLabel(chapter) },
    ]),
    site: versionSite,
    planId: plan.id,
    chapter,
    chapterPath: urls.versionChapter(plan.id, version.id, chapter.id),
    title,
    notice: labels.version.chapterNotice(versionName(version), isCurrent ? null : current.label),
    blocks: linkChapterTerms(chapter, versionContent),
    tips: termTips(versionContent, (id) => urls.glossary(plan.id, id)),
    links: [
      ...(!isCurrent && content.chapters.some((c) => c.id === chapter.id)
        ? [{ label: labels.version.latestChapter(current.label), href: urls.chapter(plan.id, chapter.id) }]
        : []),
      ...(before
        ? [{ label: labels.version.chapterChanges(before.label), href: urls.chapterChanges(plan.id, version.id, chapter.id) }]
        : []),
    ],
    pager: { label: labels.version.pager, previous: neighbour(text.chapters[index - 1]), next: neighbour(text.chapters[index + 1]) },
  };
}

/** One summary of changes per version that has a version before it. */
export const versionChangesPaths = (site: SiteContent): PlanPath<{ plan: string; version: string }>[] =>
  plansWithVersions(site).flatMap((content) =>
    content.versions
      .filter((v) => previousVersion(content.versions, v.id))
      .map((v) => ({ params: { plan: content.plan.id, version: v.id } })),
  );

/** A passage named by its citation, linked to where it is shown. */
export interface PassageLink {
  label: string;
  href: string;
}

/** The legend of the change marks (words, never colour alone). */
export interface ChangeLegend {
  title: string;
  /** Between the items of a run-in list of links (answers, passages). */
  separator: string;
  added: { prefix: string; text: string; end: string };
  removed: { prefix: string; text: string; end: string };
}

const legend = (): ChangeLegend => ({
  title: labels.changes.legendTitle,
  separator: labels.separator,
  added: { prefix: labels.changes.addedPrefix, text: labels.changes.legendAdded, end: labels.changes.addedEnd },
  removed: { prefix: labels.changes.removedPrefix, text: labels.changes.legendRemoved, end: labels.changes.removedEnd },
});

/** Everything the summary of changes between two versions shows. */
export interface VersionChangesPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  legend: ChangeLegend;
  chapters: {
    title: string;
    caption: string;
    columns: { chapter: string; counts: string };
    rows: { label: string; href: string; counts: string }[];
  };
  figures: {
    title: string;
    caption: string;
    none: string | null;
    columns: { table: string; subject: string; change: string; fields: string };
    rows: { table: string; subject: string; change: string; fields: string[] }[];
  };
  matrix: {
    title: string;
    lead: string;
    caption: string;
    columns: { number: string; opinion: string; answer: string; passages: string };
    rows: { id: string; number: number; opinion: string; answer: string; passages: PassageLink[]; none: string | null }[];
  } | null;
  own: { title: string; lead: string; passages: PassageLink[] };
}

/** The anchor of a change on its chapter's comparison page (a removed passage's old id may be a newer passage's id). */
const changeAnchor = (p: Pick<PassageChange, 'id' | 'change'>): string => (p.change === 'removed' ? `removed-${p.id}` : `change-${p.id}`);

/** Citation label of a changed passage: the newer version's for an added or changed one, the older's for a removed one. */
function passageLabeler(comparison: VersionComparison): (chapterId: string, p: Pick<PassageChange, 'id' | 'change'>) => string {
  const citations = new Map<string, Map<string, { label: string }>>();
  return (chapterId, p) => {
    const side = p.change === 'removed' ? 'before' : 'after';
    const chapter = (side === 'before' ? comparison.beforeText : comparison.afterText).chapters.find((c) => c.id === chapterId);
    if (!chapter) return `${chapterId}#${p.id}`;
    const key = `${side}/${chapterId}`;
    if (!citations.has(key)) citations.set(key, chapterCitations(chapter));
    return citations.get(key)!.get(p.id)?.label ?? `${chapterId}#${p.id}`;
  };
}

/**
 * The change a `changed_passages` key names: the passage with that id in the newer version, else
 * the one with that id in the older version. Null when the passage did not change.
 */
function changeOf(comparison: VersionComparison, key: string): { chapterId: string; change: PassageChange } | null {
  const [chapterId, id] = key.split('#') as [string, string];
  const changes = comparison.chapters.find((d) => d.chapterId === chapterId)?.passages.filter((p) => p.change !== 'same') ?? [];
  const change = changes.find((p) => p.change !== 'removed' && p.id === id) ?? changes.find((p) => p.beforeId === id);
  return change ? { chapterId, change } : null;
}

/** The comparison a route names; throws for a version the paths do not make. */
function routeComparison(site: SiteContent, params: RouteParams): { content: PlanContent; comparison: VersionComparison } {
  const { content, version } = planVersion(site, params);
  const comparison = compareVersions(content, version.id);
  if (!comparison) throw new Error(`no version before ${content.plan.id}/${version.id}`);
  return { content, comparison };
}

/** The summary of changes from the version before `version` to it (params `plan`, `version`). */
export function versionChangesPage(site: SiteContent, params: RouteParams): VersionChangesPage {
  const { content, comparison } = routeComparison(site, params);
  const { plan } = content;
  const { before, after } = comparison;
  const title = labels.changes.title(before.label, after.label);
  const label = passageLabeler(comparison);
  const link = ({ chapterId, change }: { chapterId: string; change: PassageChange }): PassageLink => ({
    label: label(chapterId, change),
    href: urls.chapterChanges(plan.id, after.id, chapterId, changeAnchor(change)),
  });
  const allChapters = [...comparison.afterText.chapters, ...comparison.beforeText.chapters];
  const changes = comparison.chapters.flatMap((d) =>
    d.passages.filter((p) => p.change !== 'same').map((p) => ({ chapterId: d.chapterId, p })),
  );
  const own = changes
    .filter(({ chapterId, p }) => answersFor(comparison, chapterId, p).length === 0)
    .map(({ chapterId, p }) => ({ chapterId, change: p }));
  const changed = comparison.responses.filter((r) => r.draft_changed).length;
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [...versionCrumbs(content, after), { label: title }]),
    title,
    lead: labels.changes.lead(versionName(before), versionName(after)),
    legend: legend(),
    chapters: {
      title: labels.changes.chaptersTitle,
      caption: labels.changes.chaptersCaption,
      columns: { chapter: labels.changes.chapter, counts: labels.changes.change },
      rows: comparison.chapters.map((diff) => {
        const count = (kind: PassageChangeKind) => diff.passages.filter((p) => p.change === kind).length;
        const chapter = allChapters.find((c) => c.id === diff.chapterId)!;
        const total = count('added') + count('removed') + count('changed');
        return {
          label: chapterLabel(chapter),
          href: urls.chapterChanges(plan.id, after.id, diff.chapterId),
          counts: total === 0 ? labels.changes.noChange : labels.changes.counts(count('added'), count('removed'), count('changed')),
        };
      }),
    },
    figures: {
      title: labels.changes.figuresTitle,
      caption: labels.changes.figuresCaption(before.label, after.label),
      none: comparison.figures.length === 0 ? labels.changes.figuresNone : null,
      columns: {
        table: labels.changes.table,
        subject: labels.changes.subject,
        change: labels.changes.change,
        fields: labels.changes.fields,
      },
      rows: comparison.figures.map((f) => ({
        table: f.tableTitle,
        subject: f.subject,
        change: labels.chapterChanges.kind[f.change],
        fields: f.fields.map((field) => labels.changes.field(field.label, field.before, field.after)),
      })),
    },
    matrix:
      comparison.responses.length === 0
        ? null
        : {
            title: labels.changes.matrixTitle,
            lead: labels.changes.matrixLead(comparison.responses.length, changed),
            caption: labels.changes.matrixCaption,
            columns: {
              number: labels.changes.number,
              opinion: labels.changes.opinion,
              answer: labels.changes.answer,
              passages: labels.changes.passages,
            },
            rows: comparison.responses.map((r) => {
              const keys = r.changed_passages ? r.changed_passages.split(/[\s\u3000]+/).filter((k) => k !== '') : [];
              return {
                id: `response-${r.number}`,
                number: r.number,
                opinion: r.opinion_summary,
                answer: r.answer,
                passages: keys.flatMap((k) => changeOf(comparison, k) ?? []).map(link),
                none: keys.length === 0 ? labels.changes.notChanged : null,
              };
            }),
          },
    own: {
      title: labels.changes.ownTitle,
      lead: own.length > 0 ? labels.changes.ownLead : labels.changes.ownNone,
      passages: own.map(link),
    },
  };
}

/** One comparison page per chapter of every version that has a version before it. */
export const chapterChangesPaths = (site: SiteContent): PlanPath<{ plan: string; version: string; chapter: string }>[] =>
  plansWithVersions(site).flatMap((content) =>
    content.versions.flatMap((v) =>
      (compareVersions(content, v.id)?.chapters ?? []).map((d) => ({
        params: { plan: content.plan.id, version: v.id, chapter: d.chapterId },
      })),
    ),
  );

/** One changed passage as the chapter comparison shows it. */
export interface ChangedPassage {
  /** The anchor of the change on this page (`change-<passage id>`). */
  id: string;
  /** The passage's citation (「第1章(2) 第1段落」). */
  label: string;
  /** 追加 / 削除 / 変更. */
  kindLabel: string;
  change: Exclude<PassageChangeKind, 'same'>;
  /** Whether the passage is a heading (shown as such, not as a paragraph). */
  heading: boolean;
  parts: DiffPart[];
  /** The answers that name this passage, each linked to its row in the response matrix. */
  answers: { label: string; href: string }[];
  /** 「意見によらない修正」 when no answer names it (only on the comparison the comments were about). */
  own: string | null;
  /** The passage in the older and the newer version (absent where it does not exist). */
  read: { label: string; href: string }[];
}

/** Everything a chapter's comparison shows. */
export interface ChapterChangesPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  legend: ChangeLegend;
  because: string;
  passages: ChangedPassage[];
  summary: { label: string; href: string };
  figures: string;
}

/** One chapter compared with the version before (params `plan`, `version`, `chapter`): only the passages that changed. */
export function chapterChangesPage(site: SiteContent, params: RouteParams): ChapterChangesPage {
  const { content, comparison } = routeComparison(site, params);
  const { plan } = content;
  const { before, after } = comparison;
  const chapterId = param(params, 'chapter');
  const diff = comparison.chapters.find((d) => d.chapterId === chapterId);
  if (!diff) throw new Error(`unknown chapter: ${plan.id}/${after.id}/${chapterId}`);
  const chapter = [...comparison.afterText.chapters, ...comparison.beforeText.chapters].find((c) => c.id === chapterId)!;
  const label = passageLabeler(comparison);
  const withAnswers = comparison.responses.length > 0;
  const changed = diff.passages.filter((p) => p.change !== 'same');
  const title = labels.chapterChanges.title(chapterLabel(chapter));
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [
      ...versionCrumbs(content, after),
      { label: labels.changes.title(before.label, after.label), href: urls.versionChanges(plan.id, after.id) },
      { label: chapterLabel(chapter) },
    ]),
    title,
    lead: labels.chapterChanges.lead(versionName(before), versionName(after), changed.length, diff.passages.length - changed.length),
    legend: legend(),
    because: labels.chapterChanges.because,
    passages: changed.map((p) => {
      const answers = answersFor(comparison, chapterId, p);
      const change = p.change as ChangedPassage['change'];
      return {
        id: changeAnchor(p),
        label: label(chapterId, p),
        kindLabel: labels.chapterChanges.kind[change],
        change,
        heading: p.kind === 'heading',
        parts: p.parts,
        answers: answers.map((n) => ({
          label: labels.chapterChanges.response(n),
          href: urls.versionChanges(plan.id, after.id, `response-${n}`),
        })),
        own: withAnswers && answers.length === 0 ? labels.chapterChanges.own : null,
        read: [
          ...(p.before !== null
            ? [
                {
                  label: labels.chapterChanges.readBefore(before.label),
                  href: urls.versionChapter(plan.id, before.id, chapterId, p.beforeId ?? p.id),
                },
              ]
            : []),
          ...(p.after !== null
            ? [{ label: labels.chapterChanges.readAfter(after.label), href: urls.versionChapter(plan.id, after.id, chapterId, p.id) }]
            : []),
        ],
      };
    }),
    summary: { label: labels.chapterChanges.summary, href: urls.versionChanges(plan.id, after.id) },
    figures: labels.chapterChanges.figures,
  };
}
