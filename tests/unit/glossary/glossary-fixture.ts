/** A glossary term and a plan holding only a glossary, for unit tests of what reads glossaries. */
import type { PlanContent } from '../../../src/lib/content/types.ts';
import type { GlossaryTerm } from '../../../src/schemas/glossary-term.ts';

/** A term with every optional column empty, overridden by `fields`. */
export const glossaryTerm = (fields: Partial<GlossaryTerm>): GlossaryTerm => ({
  id: 'x',
  term: 'X',
  reading: null,
  aliases: null,
  expansion: null,
  description: '説明。',
  sort_reading: null,
  page: null,
  number: null,
  index_label: null,
  used_pages: null,
  ...fields,
});

/** A plan (`<id>計画`) that has only these glossary terms. */
export const glossaryPlan = (id: string, glossary: GlossaryTerm[]) =>
  ({ plan: { id, title: `${id}計画` }, glossary }) as unknown as PlanContent;
