import type { GlossaryTerm } from '../../schemas/glossary-term.ts';
import type { Inline } from '../markdown/types.ts';
import { foldKey, foldText, TERM_FOLDING } from '../text/fold-text.ts';

/** A compiled glossary: every spelling of every term, longest first. */
export interface TermMatcher {
  forms: { termId: string; key: string; latin: boolean }[];
}

const ASCII_WORD = /^[a-z0-9]$/;

/** Compiles a plan's glossary: the term and its aliases (「｜」-separated), longest spelling first. */
export function compileTerms(terms: readonly GlossaryTerm[]): TermMatcher {
  const forms = terms.flatMap((term) =>
    [term.term, ...(term.aliases ?? '').split('｜')].flatMap((form) => {
      const key = foldKey(form, TERM_FOLDING);
      // An empty spelling would match at every position and never advance (validation refuses it too).
      return key === '' ? [] : [{ termId: term.id, key, latin: /^[a-z0-9]+$/.test(key) }];
    }),
  );
  return { forms: forms.sort((a, b) => b.key.length - a.key.length) };
}

/**
 * Finds glossary terms in a text, compared in the glossary's folding (`TERM_FOLDING`: width, case,
 * spaces, middle dots and hyphens ignored, long vowel marks unified, so 「WiFi」 and 「ﾃﾞｼﾞﾀﾙ」 find 「Wi-Fi」
 * and 「デジタル」): longest spelling first, no overlaps, a Latin term never inside a longer Latin word
 * (AI not in CAIO, UI not in GUI, IT not in ITS). Returns spans in the original text.
 */
export function findTerms(text: string, matcher: TermMatcher): { start: number; end: number; termId: string }[] {
  const { text: key, starts, ends } = foldText(text, TERM_FOLDING);
  // Only a letter or digit right next to it (nothing between in the original) makes it part of a longer word.
  const joined = (left: number, right: number) =>
    left >= 0 && right < key.length && ends[left] === starts[right] && ASCII_WORD.test(key[left]!) && ASCII_WORD.test(key[right]!);
  const found: { start: number; end: number; termId: string }[] = [];
  let i = 0;
  while (i < key.length) {
    const hit = matcher.forms.find(
      (form) =>
        key.startsWith(form.key, i) && (!form.latin || (!joined(i - 1, i) && !joined(i + form.key.length - 1, i + form.key.length))),
    );
    if (hit) {
      found.push({ start: starts[i]!, end: ends[i + hit.key.length - 1]!, termId: hit.termId });
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
