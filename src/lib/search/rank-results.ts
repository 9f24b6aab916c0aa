/**
 * From the pages Pagefind found to the results a reader sees: only what matches the query as a
 * whole (after folding), the exact phrase first, each result at its best section with an excerpt
 * that shows the match. Pagefind splits Japanese into words and matches each word, or a shorter
 * word it starts with, anywhere on a page, so 「スマートメーター」 also finds pages that only say
 * スマート農業, and 「こうむ」 finds 「こうした」; this decides on the text itself.
 */
import { foldKey, foldText, SEARCH_FOLDING, type FoldedText } from '../text/fold-text.ts';
import { normalizeQuery } from './normalize-query.ts';
import { CELL_SEPARATOR, ROW_SEPARATOR } from './cell-boundaries.ts';
import { searchLabels } from '../labels/search.ts';

/** One page (or index-only glossary record) Pagefind found, as the ranking reads it. */
export interface FoundPage {
  /** The page's URL; a record's URL includes the entry's anchor. */
  url: string;
  /** The page's heading (its h1), or a record's term. */
  title: string;
  /** The plan and content type the page is filed under (its search meta). */
  plan: string;
  type: string;
  /** The indexed text as Pagefind's words: joined without separators they give the text back. */
  words: string[];
  /** Headings with an id, each starting a section at a word index. */
  headings: { id: string; text: string; location: number }[];
  /** For an index-only glossary record: every name of the term, and its definition's first sentence. */
  record?: { names: string[]; definition: string };
}

/** How well a result matches: the lower, the earlier it is listed. */
export const MATCH = {
  /** The whole query occurs in the result's title (the page's heading, or the term). */
  title: 0,
  /** The whole query occurs verbatim in the text. */
  phrase: 1,
  /** Every word of the query occurs, but not together. */
  words: 2,
} as const;
export type MatchRank = (typeof MATCH)[keyof typeof MATCH];

/** The content types the ranking treats apart: the plans' chapters and the glossaries. */
const CHAPTER = searchLabels.types.chapter;
const GLOSSARY = searchLabels.types.term;

/** A run of excerpt text, marked where it matches the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One result to show. */
export interface SearchHit {
  url: string;
  /** The heading alone: the page's h1, or the glossary term. */
  title: string;
  /** The section the result lands in, when it is not the top of the page. */
  section: string | null;
  plan: string;
  type: string;
  excerpt: ExcerptPart[];
  /** The first match as the page prints it, for the browser to highlight (a text fragment). */
  highlight: string;
  rank: MatchRank;
}

/** The query as folded words (a space separates words): what every result must contain. */
export function queryWords(query: string): string[] {
  return normalizeQuery(query)
    .split(' ')
    .map((word) => foldKey(word, SEARCH_FOLDING))
    .filter(Boolean);
}

/**
 * A one-word query cut where its script changes (katakana, kanji with the kana that follow it,
 * hiragana, Latin letters and digits), as typed (normalised): 「オンライン手続」 → オンライン・手続.
 * Pages with all of these words follow the pages with the query as typed, so that 「手続きのオンライン化」
 * is found too.
 */
export function scriptParts(query: string): string[] {
  return (
    normalizeQuery(query).match(/[\p{sc=Katakana}ー]+|[\p{sc=Han}々〆]+\p{sc=Hiragana}*|\p{sc=Hiragana}+|[\p{sc=Latin}\p{N}]+|\S/gu) ?? []
  );
}

/** scriptParts, folded as the ranking reads text. */
export function scriptWords(query: string): string[] {
  return scriptParts(query)
    .map((part) => foldKey(part, SEARCH_FOLDING))
    .filter(Boolean);
}

/** Characters of context shown before the first match, and the excerpt's length. */
const CONTEXT_BEFORE = 24;
const EXCERPT_LENGTH = 90;

interface Query {
  words: string[];
  phrase: string;
}

/** A stretch of text with its folded form. */
interface Passage {
  text: string;
  folded: FoldedText;
}

type Range = [start: number, end: number];

const passage = (text: string): Passage => ({ text, folded: foldText(text, SEARCH_FOLDING) });
const has = (p: Passage, needle: string) => p.folded.text.includes(needle);
const hasAll = (p: Passage, query: Query) => query.words.every((word) => has(p, word));

/** Where `needle` occurs in the passage, as [start, end) ranges of the original text. */
function find(p: Passage, needle: string): Range[] {
  const found: Range[] = [];
  for (let at = p.folded.text.indexOf(needle); at >= 0; at = p.folded.text.indexOf(needle, at + needle.length)) {
    found.push([p.folded.starts[at]!, p.folded.ends[at + needle.length - 1]!]);
  }
  return found;
}

/** What to mark: the phrase where it occurs, otherwise each word where it occurs; in text order, without overlaps. */
function matches(p: Passage, query: Query): Range[] {
  const ranges = has(p, query.phrase) ? find(p, query.phrase) : query.words.flatMap((word) => find(p, word));
  const kept: Range[] = [];
  for (const range of ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    if (range[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(range);
  }
  return kept;
}

/** The shortest stretch of the passage holding every word (each word's occurrences sorted by position). */
function shortestCover(p: Passage, query: Query): Range | null {
  const hits = query.words.flatMap((word, w) => find(p, word).map(([from, to]) => ({ from, to, w }))).sort((a, b) => a.from - b.from);
  const last = new Map<number, { from: number; to: number }>();
  let best: Range | null = null;
  for (const hit of hits) {
    last.set(hit.w, hit);
    if (last.size < query.words.length) continue;
    const spans = [...last.values()];
    const range: Range = [Math.min(...spans.map((s) => s.from)), Math.max(...spans.map((s) => s.to))];
    if (!best || range[1] - range[0] < best[1] - best[0]) best = range;
  }
  return best;
}

/** How well a passage shows the query: the phrase, every word close together, every word, some word. */
const FIT = { phrase: 0, close: 1, apart: 2, some: 3, none: 4 } as const;

/** What an excerpt of the passage should centre on, and how well it can show the query. */
function focusOf(p: Passage, query: Query): { range: Range; fit: number } {
  const phrase = find(p, query.phrase)[0];
  if (phrase) return { range: phrase, fit: FIT.phrase };
  const cover = shortestCover(p, query);
  if (cover) return { range: cover, fit: cover[1] - cover[0] <= EXCERPT_LENGTH - CONTEXT_BEFORE ? FIT.close : FIT.apart };
  const some = matches(p, query)[0];
  return some ? { range: some, fit: FIT.some } : { range: [0, 0], fit: FIT.none };
}

/**
 * Excerpt text as shown: runs of spaces as one; the full stop Pagefind adds after a heading, a list
 * item or a table cell is dropped where Japanese text never has one (after kana, kanji or a closing
 * bracket, before a space: 「マイナンバーカード. マイナンバーが…」) and before the index's cell and
 * row separators (cell-boundaries.ts), which say it already.
 */
const STOP_BEFORE_SEPARATOR = new RegExp(`\\.(?=${CELL_SEPARATOR}|${ROW_SEPARATOR})`, 'g');
const STOP_AFTER_JAPANESE = /(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々）」』】])\.(?= )/gu;
const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(STOP_BEFORE_SEPARATOR, '').replace(STOP_AFTER_JAPANESE, '');

/** An excerpt of the passage around the best place for the query, with every match in it marked. */
function excerptOf(p: Passage, query: Query): { excerpt: ExcerptPart[]; highlight: string } {
  const { text } = p;
  const { range } = focusOf(p, query);
  const start = Math.max(0, Math.min(range[0] - CONTEXT_BEFORE, text.length - EXCERPT_LENGTH));
  const end = Math.max(range[1], Math.min(text.length, start + EXCERPT_LENGTH));
  const shown = matches(p, query).filter(([from, to]) => from >= start && to <= end);
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [from, to] of shown) {
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  const excerpt = parts.map((part) => ({ ...part, text: tidy(part.text) }));
  if (excerpt[0]) excerpt[0].text = excerpt[0].text.trimStart();
  const first = shown[0];
  return { excerpt, highlight: first ? tidy(text.slice(first[0], first[1])).trim() : '' };
}

interface Section {
  url: string;
  /** The heading that starts the section; null for the top of the page. */
  heading: string | null;
  passage: Passage;
}

/**
 * The page cut at its headings. The top section leaves out the page's own title, so that an
 * excerpt quotes the text rather than repeat the title; with `withTitle`, one more section: the
 * top of the page with its title (a page whose title has one word of the query and its opening
 * text the other).
 */
function sectionsOf(page: FoundPage, withTitle = false): Section[] {
  const base = page.url.split('#')[0]!;
  const headings = [...page.headings].sort((a, b) => a.location - b.location);
  const slice = (from: number, to: number) => page.words.slice(from, to).join('').trim();
  const top = slice(0, headings[0]?.location ?? page.words.length);
  const sections: Section[] = [
    { url: page.url, heading: null, passage: passage(top.startsWith(page.title) ? top.slice(page.title.length) : top) },
  ];
  headings.forEach((heading, i) => {
    sections.push({
      url: `${base}#${heading.id}`,
      heading: tidy(heading.text).trim(),
      passage: passage(slice(heading.location, headings[i + 1]?.location ?? page.words.length)),
    });
  });
  if (withTitle) sections.push({ url: page.url, heading: null, passage: passage(top) });
  return sections;
}

/** A hit before ordering: where its page came in Pagefind's order and its place on the page, and whether a record gave it. */
interface Candidate {
  hit: SearchHit;
  order: number;
  record: boolean;
}

/** Glossary pages give one result per entry: each entry is a section under its own heading. */
function glossaryHits(page: FoundPage, query: Query): SearchHit[] {
  return sectionsOf(page)
    .filter((section) => section.heading !== null && hasAll(section.passage, query))
    .map((section) => {
      const rank = has(passage(section.heading!), query.phrase)
        ? MATCH.title
        : has(section.passage, query.phrase)
          ? MATCH.phrase
          : MATCH.words;
      return {
        url: section.url,
        title: section.heading!,
        section: null,
        plan: page.plan,
        type: page.type,
        rank,
        ...excerptOf(section.passage, query),
      };
    });
}

/** An index-only record of a glossary entry: found by any name (reading, alias), shown with its definition. */
function recordHit(page: FoundPage, record: NonNullable<FoundPage['record']>, query: Query): SearchHit[] {
  const names = passage(searchLabels.termNames(record.names));
  const shown = passage(searchLabels.termLine(names.text, record.definition));
  if (!hasAll(shown, query)) return [];
  const rank = has(names, query.phrase) ? MATCH.title : has(shown, query.phrase) ? MATCH.phrase : MATCH.words;
  return [
    {
      url: page.url,
      title: page.title,
      section: null,
      plan: page.plan,
      type: page.type,
      rank,
      ...excerptOf(shown, query),
      highlight: record.names[0] ?? page.title,
    },
  ];
}

/**
 * Any other page gives one result, at the section that shows the query best (the phrase, else
 * every word close together, …; the first such section); a page whose title holds the phrase
 * opens at its top.
 */
function pageHit(page: FoundPage, query: Query): SearchHit[] {
  const title = passage(page.title);
  const sections = sectionsOf(page, true);
  if (!query.words.every((word) => sections.some((s) => has(s.passage, word)))) return [];
  const fits = sections.map((section) => focusOf(section.passage, query).fit);
  const best = sections[fits.indexOf(Math.min(...fits))]!;
  const inTitle = has(title, query.phrase);
  const rank = inTitle ? MATCH.title : sections.some((s) => has(s.passage, query.phrase)) ? MATCH.phrase : MATCH.words;
  // A page named by the query opens at its top; the excerpt still quotes the text.
  const at = inTitle ? { url: page.url, section: null } : { url: best.url, section: best.heading };
  return [{ ...at, title: page.title, plan: page.plan, type: page.type, rank, ...excerptOf(best.passage, query) }];
}

/** What the ranking knows about where the reader searches. */
export interface RankOptions {
  /**
   * The plan the reader reads: the plan filtered to, else the site's front plan. For a term its
   * glossary defines, its own text comes before the glossary entries (frontPlanText).
   */
  plan?: string;
  /** Whether a one-word query's words apart are searched too (scriptWords); default true. */
  apart?: boolean;
}

/**
 * The results for a query from the pages Pagefind found (in Pagefind's order): every result
 * contains each word of the query, folded (width, case, hiragana/katakana, spaces and
 * punctuation); results whose title holds the whole query come first, then those with the whole
 * query verbatim, then those with its words apart; within each, Pagefind's order. A glossary
 * page gives one result per matching entry; other pages one result, at the section that shows
 * the query best. A page and a record of the same entry give one result. A one-word query is also
 * cut where its script changes, and the pages with all its words follow (scriptWords). Nothing
 * matching gives no result, never a near miss. The reader's plan's own text goes before the
 * glossary entries of a term the plan defines (frontPlanText).
 */
export function rankResults(pages: readonly FoundPage[], rawQuery: string, options: RankOptions = {}): SearchHit[] {
  const words = queryWords(rawQuery);
  if (words.length === 0) return [];
  const found = frontPlanText(rankFor(pages, { words, phrase: words.join('') }), options.plan);
  const split = words.length === 1 && options.apart !== false ? scriptWords(rawQuery) : [];
  if (split.length < 2) return found;
  // Then the pages with every word of a one-word query, apart (ranked as words; said so when they are all there is).
  const seen = new Set(found.map((hit) => hit.url.split('#')[0]));
  const apart = rankFor(pages, { words: split, phrase: split.join('') }).filter((hit) => !seen.has(hit.url.split('#')[0]));
  return [...found, ...apart.map((hit) => ({ ...hit, rank: MATCH.words }))];
}

/**
 * The plan's own text before its glossary entry: when the plan's glossary names the query (an
 * entry of the plan ranked by its title), the plan's first chapter result holding the whole query
 * moves up to just before the first glossary entry of any plan. So 「マイナンバーカード」 shows how
 * the plan uses the term first, then what the glossaries say it means; without such an entry,
 * nothing moves.
 */
export function frontPlanText(hits: readonly SearchHit[], plan: string | undefined): SearchHit[] {
  const ordered = [...hits];
  if (!plan) return ordered;
  const defines = ordered.some((hit) => hit.plan === plan && hit.type === GLOSSARY && hit.rank === MATCH.title);
  const text = ordered.findIndex((hit) => hit.plan === plan && hit.type === CHAPTER && hit.rank <= MATCH.phrase);
  const glossary = ordered.findIndex((hit) => hit.type === GLOSSARY);
  if (!defines || text < 0 || glossary < 0 || text < glossary) return ordered;
  const [moved] = ordered.splice(text, 1);
  ordered.splice(glossary, 0, moved!);
  return ordered;
}

/** A result found through a synonym of the query, with the synonym. */
export type SynonymHit = SearchHit & { synonym: string };

/**
 * The query's own results and those its synonyms found (synonyms.ts), merged: the query's results
 * that hold it whole (title or phrase), then the synonyms' that hold a synonym whole, then the
 * query's with its words apart, then the synonyms'; each in its own order. A page already listed
 * is not listed again.
 */
export function withSynonymHits(own: readonly SearchHit[], bySynonym: readonly SynonymHit[]): (SearchHit | SynonymHit)[] {
  const seen = new Set(own.map((hit) => hit.url));
  const extra: SynonymHit[] = [];
  for (const hit of bySynonym) {
    if (seen.has(hit.url)) continue;
    seen.add(hit.url);
    extra.push(hit);
  }
  const whole = (hit: SearchHit) => hit.rank <= MATCH.phrase;
  return [...own.filter(whole), ...extra.filter(whole), ...own.filter((h) => !whole(h)), ...extra.filter((h) => !whole(h))];
}

/** The results for a query already cut into folded words (see rankResults). */
function rankFor(pages: readonly FoundPage[], query: Query): SearchHit[] {
  const byUrl = new Map<string, Candidate>();
  pages.forEach((page, pageIndex) => {
    const hits = page.record
      ? recordHit(page, page.record, query)
      : page.type === GLOSSARY
        ? glossaryHits(page, query)
        : pageHit(page, query);
    hits.forEach((hit, i) => {
      const candidate: Candidate = { hit, order: pageIndex * 10_000 + i, record: page.record !== undefined };
      const other = byUrl.get(hit.url);
      if (!other) return void byUrl.set(hit.url, candidate);
      const better =
        candidate.hit.rank < other.hit.rank || (candidate.hit.rank === other.hit.rank && other.record && !candidate.record)
          ? candidate
          : other;
      byUrl.set(hit.url, { ...better, order: Math.min(candidate.order, other.order) });
    });
  });
  // Among results with the words apart, glossary entries go last: their definitions use the words in
  // passing (eMAFF's 「申請や手続きをオンラインで」 for オンライン手続), where a plan's own text says them.
  const definitionLast = (c: Candidate) => (c.hit.rank === MATCH.words && c.hit.type === GLOSSARY ? 1 : 0);
  return [...byUrl.values()]
    .sort((a, b) => a.hit.rank - b.hit.rank || definitionLast(a) - definitionLast(b) || a.order - b.order)
    .map((c) => c.hit);
}
