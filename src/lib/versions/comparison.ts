import type { PlanContent, SiteContent, VersionText } from '../content/types.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import type { CommentResponse } from '../../schemas/comment-response.ts';
import { diffChapters, type ChapterDiff, type PassageChange } from './passage-diff.ts';
import { figureChanges, type FigureChange } from './figure-changes.ts';
import { commentVersions, versionsInOrder, versionText } from './plan-versions.ts';
import { splitPassageList } from './passages.ts';

/** Two consecutive versions of a plan compared: passages, figures and the answers behind the changes. */
export interface VersionComparison {
  before: PlanVersion;
  after: PlanVersion;
  beforeText: VersionText;
  afterText: VersionText;
  chapters: ChapterDiff[];
  figures: FigureChange[];
  /**
   * The comment answers, when these are the two versions the public comment compared (the draft
   * and the version after it); empty otherwise.
   */
  responses: CommentResponse[];
  /** The numbers of the answers that name each changed passage (`<chapter>#<passage>`). */
  answersOf: ReadonlyMap<string, number[]>;
}

/** The version right before `versionId` (by `order`), or null for the first one. */
export function previousVersion(versions: readonly PlanVersion[], versionId: string): PlanVersion | null {
  const ordered = versionsInOrder(versions);
  const index = ordered.findIndex((v) => v.id === versionId);
  return index > 0 ? ordered[index - 1]! : null;
}

/**
 * What changed from the version before `versionId` to it; null for the first version or an
 * unknown one. The answers of responses.csv belong to the draft the comments were made on, so
 * they are linked only on the comparison of that draft with the version after it.
 */
export function compareVersions(content: PlanContent, versionId: string): VersionComparison | null {
  const after = content.versions.find((v) => v.id === versionId);
  const before = previousVersion(content.versions, versionId);
  const afterText = versionText(content, versionId);
  const beforeText = before ? versionText(content, before.id) : null;
  if (!after || !before || !afterText || !beforeText) return null;
  const pair = commentVersions(content.versions);
  const responses = pair?.adopted.id === versionId ? [...content.responses].sort((a, b) => a.number - b.number) : [];
  const answersOf = new Map<string, number[]>();
  for (const response of responses)
    for (const key of splitPassageList(response.changed_passages)) answersOf.set(key, [...(answersOf.get(key) ?? []), response.number]);
  return {
    before,
    after,
    beforeText,
    afterText,
    chapters: diffChapters(beforeText.chapters, afterText.chapters),
    figures: figureChanges(beforeText, afterText),
    responses,
    answersOf,
  };
}

/**
 * The site as one version of a plan shows it: the plan's chapters and figure tables replaced by
 * that version's, so that a version's chapter renders its own tables (a draft's target stays the
 * draft's). Other plans are untouched.
 */
export function siteAtVersion(site: SiteContent, planId: string, text: VersionText): SiteContent {
  const at = (content: PlanContent): PlanContent =>
    content.plan.id === planId
      ? {
          ...content,
          chapters: text.chapters,
          goals: text.goals,
          measures: text.measures,
          initiatives: text.initiatives,
          indicators: text.indicators,
          observations: text.observations,
        }
      : content;
  const plans = site.plans.map(at);
  return { ...site, plans, primary: plans.find((p) => p.plan.id === site.primary.plan.id)! };
}

/**
 * The numbers of the answers that name a changed passage, by its id in either version (a clerk
 * may cite the draft's id of a passage that moved), in answer order.
 */
export function answersFor(comparison: VersionComparison, chapterId: string, change: Pick<PassageChange, 'id' | 'beforeId'>): number[] {
  const ids = new Set([change.id, ...(change.beforeId ? [change.beforeId] : [])]);
  return [...new Set([...ids].flatMap((id) => comparison.answersOf.get(`${chapterId}#${id}`) ?? []))].sort((a, b) => a - b);
}
