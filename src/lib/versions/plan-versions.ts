import type { PlanContent, VersionText } from '../content/types.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';

/** The versions of a plan from the oldest to the newest (by `order`). */
export function versionsInOrder(versions: readonly PlanVersion[]): PlanVersion[] {
  return [...versions].sort((a, b) => a.order - b.order);
}

/** The newest version: its text is the plan folder itself. Null for a plan without versions.csv. */
export function currentVersion(versions: readonly PlanVersion[]): PlanVersion | null {
  return versionsInOrder(versions).at(-1) ?? null;
}

/**
 * The two versions the public comment compared: the newest version put out as a draft (draft or
 * public-comment) that a newer version followed, and the version right after it. Null when the
 * plan has no such pair (one version only, or no draft among them).
 */
export function commentVersions(versions: readonly PlanVersion[]): { draft: PlanVersion; adopted: PlanVersion } | null {
  const ordered = versionsInOrder(versions);
  for (let index = ordered.length - 2; index >= 0; index--) {
    const version = ordered[index]!;
    if (version.status === 'draft' || version.status === 'public-comment') return { draft: version, adopted: ordered[index + 1]! };
  }
  return null;
}

/**
 * The text and tables of one version of a plan: the plan folder's for the newest, the
 * version folder's (over the newer ones) for an earlier one. Null for an unknown version.
 */
export function versionText(content: PlanContent, versionId: string): VersionText | null {
  if (currentVersion(content.versions)?.id === versionId) {
    const { chapters, goals, measures, initiatives, indicators, observations } = content;
    return { id: versionId, chapters, goals, measures, initiatives, indicators, observations };
  }
  return content.versionTexts.find((t) => t.id === versionId) ?? null;
}
