import { NOTE_TOKEN_SOURCE } from '../corrections/note-marks.ts';
import type { ChapterErrors } from './chapter-errors.ts';
import { linkKind } from './link-target.ts';
import { endOffset, startOf, startOffset, type Node, type Place, type SourceText } from './markdown-tree.ts';
import { joinSoftBreaks } from './soft-breaks.ts';
import type { Inline } from './types.ts';
import { notAllowedHere, unsupportedSyntax } from './unsupported-syntax.ts';
import { emphasisTooDeep } from './limits.ts';

/** What inline mapping needs from, and tells, the chapter it is in. */
export interface InlineScope {
  source: SourceText;
  report: ChapterErrors;
  /** Each footnote definition's label by its identifier (references match definitions case-insensitively). */
  footnoteLabels: ReadonlyMap<string, string>;
  /** Labels of the footnote references met, in order. */
  footnoteRefs: string[];
  /** `[^x]` left as text: a reference whose note has no definition. */
  undefinedRefs: { label: string; place: Place }[];
  /** Links to a place in the chapter, checked once every id is known. */
  anchorLinks: { href: string; place: Place }[];
  /** Links to a page of the site, checked once the published pages are known (`checkSiteLinks`). */
  siteLinks?: { href: string; place: Place }[];
}

/** Where inline content sits: running text, a heading (text and note marks only), or a link's text. */
export type InlinePlace = 'text' | 'heading' | 'link';

const NOTE_TOKEN = new RegExp(NOTE_TOKEN_SOURCE, 'g');
/** `[^x]` as written, not escaped (`\[^x]` is meant as text). */
const LITERAL_FOOTNOTE_REF = /(?<!\\)\[\^([^\]\s]*)\]/g;

const HERE: Record<Exclude<InlinePlace, 'text'>, string> = { heading: '見出し', link: 'リンクの文字' };

/**
 * Maps Sätteri's phrasing content to the chapter's inline model: text (with transcription-note marks
 * `[!3]` taken out as marks, and soft line breaks joined), `**bold**`, `*emphasis*`, footnote
 * references and links. Anything else is reported (`unsupported-syntax`) and kept only as its text.
 */
export function mapInlines(nodes: readonly Node[], scope: InlineScope, place: InlinePlace, depth = 0): Inline[] {
  const result: Inline[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (isText(node)) {
      let last = i;
      while (isText(nodes[last + 1])) last++;
      result.push(...mapText(nodes.slice(i, last + 1) as TextLike[], scope, place));
      i = last;
      continue;
    }
    const raw = scope.source.raw(node);
    const refuse = (message: string, hint: string) => {
      scope.report.atNode(node, notAllowedHere(raw, message, hint));
      result.push({ type: 'text', text: raw });
    };
    switch (node.type) {
      case 'strong':
      case 'emphasis':
        if (place === 'heading')
          refuse(`見出しの中では ${node.type === 'strong' ? '**太字**' : '*強調*'} は使えません`, '見出しの * を削除してください');
        else {
          // Never deeper than the limit: no chapter can overflow the call stack here.
          const tooDeep = emphasisTooDeep(depth + 1, raw);
          if (tooDeep) {
            scope.report.atNode(node, tooDeep);
            result.push({ type: 'text', text: raw });
          } else result.push({ type: node.type, children: mapInlines(node.children, scope, place, depth + 1) });
        }
        break;
      case 'footnoteReference':
        if (place !== 'text')
          refuse(
            `${HERE[place]}に注の参照は付けられません`,
            place === 'heading'
              ? '注の参照 [^N] は見出しの後の本文に付けてください'
              : '注の参照 [^N] はリンクの後ろ（] と ( の外）に書いてください',
          );
        else {
          const label = scope.footnoteLabels.get(node.identifier) ?? node.label ?? node.identifier;
          scope.footnoteRefs.push(label);
          result.push({ type: 'footnote-ref', label });
        }
        break;
      case 'link':
        result.push(mapLink(node, scope, place, refuse, depth) ?? { type: 'text', text: raw });
        break;
      default:
        // A hard line break has no text of its own: show the line it ends.
        scope.report.atNode(node, unsupportedSyntax(node, node.type === 'break' ? scope.source.line(startOf(node).line) : raw));
        result.push({ type: 'text', text: raw });
    }
  }
  return result;
}

/** A link, or null (after reporting) when it cannot be published. */
function mapLink(
  node: Node<'link'>,
  scope: InlineScope,
  place: InlinePlace,
  refuse: (message: string, hint: string) => void,
  depth: number,
): Inline | null {
  if (place !== 'text') {
    refuse(
      `${HERE[place]}の中にリンクは書けません`,
      place === 'heading' ? '見出しの [ ]( ) を削除し、リンクは見出しの後の本文に書いてください' : 'リンクの中のリンクを削除してください',
    );
    return null;
  }
  if (node.title) {
    refuse('リンクに説明（"…"）は付けられません', 'リンク先の後の "…" を削除してください。説明はリンクの文字に書きます');
    return null;
  }
  const kind = linkKind(node.url);
  if (!('kind' in kind)) {
    scope.report.atNode(node, { value: node.url, rule: 'link-url', ...kind });
    return null;
  }
  if (kind.kind === 'anchor') scope.anchorLinks.push({ href: node.url, place: startOf(node) });
  if (kind.kind === 'internal') scope.siteLinks?.push({ href: node.url, place: startOf(node) });
  const children = mapInlines(node.children, scope, 'link', depth);
  if (children.length === 0) {
    refuse('リンクの文字がありません', '[ ] の中に、リンク先が何かわかる文字を書いてください（例: [北上市のホームページ](https://…)）');
    return null;
  }
  return { type: 'link', href: node.url, kind: kind.kind, children };
}

/**
 * Text, and what Sätteri reads as a text directive: with directives on (for `:::figure`), any colon
 * before a letter or digit starts one — 「10:30」, 「例:abc」, and the `:4` of a note mark
 * `[!kitakami-2026:4]`. The dialect has no text directives, so they are the text they were written as.
 */
type TextLike = Node<'text'> | Node<'textDirective'>;
const isText = (node: Node | undefined): node is TextLike => node?.type === 'text' || node?.type === 'textDirective';

/** A run of text: soft breaks joined, note marks taken out, undefined footnote references found. */
function mapText(nodes: readonly TextLike[], scope: InlineScope, place: InlinePlace): Inline[] {
  const start = startOffset(nodes[0]!);
  const written = scope.source.text.slice(start, endOffset(nodes.at(-1)!));
  for (const match of written.matchAll(LITERAL_FOOTNOTE_REF))
    scope.undefinedRefs.push({ label: match[1]!, place: scope.source.place(start + match.index) });
  const text = joinSoftBreaks(nodes.map((n) => (n.type === 'text' ? n.value : scope.source.raw(n))).join(''));
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(NOTE_TOKEN)) {
    if (place === 'link') {
      const at = written.indexOf(match[0]);
      scope.report.at(
        ...placeArgs(scope.source.place(start + Math.max(0, at))),
        notAllowedHere(match[0], 'リンクの文字の中に転記の記録の印は書けません', '印 [!N] はリンクの後ろ（] と ( の外）に書いてください'),
      );
      continue;
    }
    if (match.index > last) result.push({ type: 'text', text: text.slice(last, match.index) });
    result.push({ type: 'note', ref: { plan: match[1] ?? null, id: Number(match[2]) } });
    last = match.index + match[0].length;
  }
  if (last < text.length) result.push({ type: 'text', text: text.slice(last) });
  return result;
}

const placeArgs = (place: Place) => [place.line, place.column] as const;
