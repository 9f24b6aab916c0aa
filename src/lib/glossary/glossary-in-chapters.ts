import type { PlanContent } from '../content/types.ts';
import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import type { Block, Chapter, HeadingBlock } from '../markdown/types.ts';
import { compileTerms, linkTerms } from './link-terms.ts';
import { planPageLabels } from '../labels/plan-pages.ts';

/** Where a term is linked: chapter and section. */
export interface TermUse {
  chapter: Chapter;
  heading: HeadingBlock | null;
}

/**
 * A chapter's blocks with the first occurrence of each glossary term per section linked
 * (paragraphs, list items and footnotes; never headings, figures or data tables).
 */
export function linkChapterTerms(chapter: Chapter, content: PlanContent): Block[] {
  if (content.glossary.length === 0) return chapter.blocks;
  const matcher = compileTerms(content.glossary);
  const seenBySection = new Map<string, Set<string>>();
  const seen = (sectionId: string) => seenBySection.get(sectionId) ?? seenBySection.set(sectionId, new Set()).get(sectionId)!;
  return chapter.blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'footnote':
        return { ...block, inlines: linkTerms(block.inlines, matcher, seen(block.sectionId)) };
      case 'list':
        return {
          ...block,
          items: block.items.map((item) => ({ ...item, inlines: linkTerms(item.inlines, matcher, seen(block.sectionId)) })),
        };
      default:
        return block;
    }
  });
}

/** For each term, the chapter sections where it is linked (the glossary's backlink index). */
export function termUses(content: PlanContent): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>();
  for (const chapter of content.chapters) {
    let heading: HeadingBlock | null = null;
    for (const block of linkChapterTerms(chapter, content)) {
      if (block.type === 'heading') heading = block;
      const inlines = block.type === 'list' ? block.items.flatMap((i) => i.inlines) : 'inlines' in block ? block.inlines : [];
      for (const node of inlines) {
        if (node.type !== 'term') continue;
        const list = uses.get(node.termId) ?? [];
        if (!list.some((u) => u.chapter === chapter && u.heading === heading)) list.push({ chapter, heading });
        uses.set(node.termId, list);
      }
    }
  }
  return uses;
}

/** What a linked term shows: where its entry is and a short tip (reading and first sentence). */
export interface TermTip {
  href: string;
  tip: string;
}

/** The first sentence of a term's definition, skipping a line that only says what it abbreviates (「… の略称。」). */
export function definitionSentence(term: GlossaryTerm): string {
  const lines = term.description
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const definition = lines.find((l) => !/の略称。?$/.test(l)) ?? lines[0] ?? '';
  return definition.includes('。') ? `${definition.split('。')[0]}。` : definition;
}

/** The tip of every term of a plan: 「AI（エーアイ）：人工知能。」. */
export function termTips(content: PlanContent, glossaryUrl: (termId: string) => string): Record<string, TermTip> {
  return Object.fromEntries(
    content.glossary.map((term) => [
      term.id,
      { href: glossaryUrl(term.id), tip: planPageLabels.glossary.tip(term.term, term.reading, definitionSentence(term)) },
    ]),
  );
}
