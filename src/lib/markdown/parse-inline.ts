import type { Inline } from './types.ts';
import { NOTE_TOKEN_SOURCE } from '../corrections/note-marks.ts';

const TOKEN = new RegExp(String.raw`\*\*(.+?)\*\*|\[\^([A-Za-z0-9-]+)\]|${NOTE_TOKEN_SOURCE}`, 'g');

/**
 * Parses the inline forms chapters use: `**bold**`, footnote references `[^1]` and
 * transcription-note marks `[!3]` / `[!kitakami-2026:4]`. Everything else, including anything
 * that looks like HTML, stays literal text.
 */
export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) result.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) result.push({ type: 'strong', children: parseInline(match[1]) });
    else if (match[2] !== undefined) result.push({ type: 'footnote-ref', label: match[2] });
    else result.push({ type: 'note', ref: { plan: match[3] ?? null, id: Number(match[4]) } });
    last = match.index + match[0].length;
  }
  if (last < text.length) result.push({ type: 'text', text: text.slice(last) });
  return result;
}

/** The plain text of inline content (bold markers and footnote references removed). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => (node.type === 'text' || node.type === 'term' ? node.text : node.type === 'strong' ? inlineText(node.children) : ''))
    .join('');
}
