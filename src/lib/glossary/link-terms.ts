import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import type { Inline } from '../markdown/types.ts';
import { toHalfWidth } from '../format/width.ts';

/** A compiled glossary: every spelling of every term, longest first. */
export interface TermMatcher {
  forms: { termId: string; key: string; latin: boolean }[];
}

const SPACES = /[\s\u3000]/;
const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * Text in the form used for matching, with a map back to the original positions: full-width
 * letters and digits become half-width, Latin letters lower case, and spaces are dropped
 * (the source prints 「生成 AI」 and 「生成AI」 for the same term).
 */
export function matchKey(text: string): { key: string; positions: number[] } {
  let key = '';
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (SPACES.test(char)) continue;
    key += toHalfWidth(char).toLowerCase();
    positions.push(i);
  }
  return { key, positions };
}

/** Compiles a plan's glossary: the term and its aliases (「｜」-separated), longest spelling first. */
export function compileTerms(terms: readonly GlossaryTerm[]): TermMatcher {
  const forms = terms.flatMap((term) =>
    [term.term, ...(term.aliases ?? '').split('｜')].flatMap((form) => {
      const { key } = matchKey(form);
      // An empty spelling would match at every position and never advance (validation refuses it too).
      return key === '' ? [] : [{ termId: term.id, key, latin: /^[a-z0-9-]+$/.test(key) }];
    }),
  );
  return { forms: forms.sort((a, b) => b.key.length - a.key.length) };
}

/**
 * Finds glossary terms in a text: longest spelling first, no overlaps, a Latin term never inside a
 * longer Latin word (AI not in CAIO, UI not in GUI, IT not in ITS). Returns spans in the original text.
 */
export function findTerms(text: string, matcher: TermMatcher): { start: number; end: number; termId: string }[] {
  const { key, positions } = matchKey(text);
  const found: { start: number; end: number; termId: string }[] = [];
  let i = 0;
  while (i < key.length) {
    const hit = matcher.forms.find((form) => {
      if (!key.startsWith(form.key, i)) return false;
      if (!form.latin) return true;
      const before = i > 0 ? text[positions[i - 1]!]! : '';
      const after = i + form.key.length < key.length ? text[positions[i + form.key.length]!]! : '';
      // Only a letter or digit right next to it (no space between) makes it part of a longer word.
      const touchesBefore = before !== '' && positions[i - 1]! === positions[i]! - 1 && ASCII_WORD.test(toHalfWidth(before));
      const touchesAfter =
        after !== '' && positions[i + form.key.length]! === positions[i + form.key.length - 1]! + 1 && ASCII_WORD.test(toHalfWidth(after));
      return !touchesBefore && !touchesAfter;
    });
    if (hit) {
      found.push({ start: positions[i]!, end: positions[i + hit.key.length - 1]! + 1, termId: hit.termId });
      i += hit.key.length;
    } else i++;
  }
  return found;
}

/**
 * Links the first occurrence of each term in a section: `seen` holds the terms already linked in
 * the current section and is updated. Only plain text is searched — never inside bold text,
 * footnote references or existing links (headings and tables are not passed in at all).
 */
export function linkTerms(inlines: readonly Inline[], matcher: TermMatcher, seen: Set<string>): Inline[] {
  const result: Inline[] = [];
  for (const node of inlines) {
    if (node.type !== 'text') {
      result.push(node);
      continue;
    }
    let last = 0;
    for (const span of findTerms(node.text, matcher)) {
      if (seen.has(span.termId)) continue;
      seen.add(span.termId);
      if (span.start > last) result.push({ type: 'text', text: node.text.slice(last, span.start) });
      result.push({ type: 'term', termId: span.termId, text: node.text.slice(span.start, span.end) });
      last = span.end;
    }
    if (last < node.text.length) result.push({ type: 'text', text: node.text.slice(last) });
  }
  return result;
}
