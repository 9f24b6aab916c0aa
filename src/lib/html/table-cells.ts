/**
 * Prepares a rendered table body for the phone layout, where each row becomes a block and each
 * cell shows its column's header beside it (CSS `attr(data-label)`). Works on the HTML string the
 * table components render, so every table gets it without each component naming its labels.
 */

import { chromeLabels } from '../labels/chrome.ts';

/** An opening or closing tag; quoted attribute values may hold `>`. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

/** The value of attribute `name` in a tag's attribute text, or null when it is absent. */
function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attributes);
  if (match) return match[1] ?? match[2] ?? match[3] ?? '';
  return new RegExp(`\\s${name}(?=\\s|$)`, 'i').test(attributes) ? '' : null;
}

/**
 * The text of a header cell's HTML, for an attribute value: tags removed (a line break or a
 * block note such as 「2025年度（令和7年度）」 becomes a space), whitespace collapsed, `"` escaped.
 * Entities stay as they are, which is valid inside an attribute value.
 */
export function headerText(html: string): string {
  return html
    .split(/<br\s*\/?>|<span\b[^>]*\bdx-cell-note\b[^>]*>/i)
    .map((part) =>
      part
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/"/g, '&quot;');
}

const ROLES: Record<string, string> = { thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row', td: 'cell' };

/**
 * Adds to a table's inner HTML (`<thead>`, `<tbody>`…, without the `<table>` tag):
 * - `data-label` on every body `<td>`: the text of its column's header in the last header row
 *   (the headers of all its columns, joined by 「・」, when it spans several). A cell's own
 *   `data-label` is kept;
 * - explicit ARIA roles on the table parts (rowgroup, row, columnheader, rowheader, cell), so
 *   screen readers keep the table's semantics when CSS lays the rows out as blocks (WebKit drops
 *   them otherwise). A part's own `role` is kept.
 * Tables nested inside cells are left as they are.
 */
export function labelTableCells(html: string): string {
  let out = '';
  let last = 0;
  let nested = 0;
  let section: 'thead' | 'body' = 'body';
  let headers: string[] = [];
  let column = 0;
  let headerCell: { start: number; span: number } | null = null;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, rawName, attributes = ''] = match;
    const name = rawName!.toLowerCase();
    const index = match.index;
    if (name === 'table') {
      nested += closing ? -1 : 1;
      continue;
    }
    if (nested > 0) continue;
    if (closing) {
      if (name === 'thead') section = 'body';
      if (name === 'th' && headerCell) {
        const label = headerText(html.slice(headerCell.start, index));
        for (let i = 0; i < headerCell.span; i++) headers.push(label);
        headerCell = null;
      }
      continue;
    }
    const span = Math.max(1, Number.parseInt(attribute(attributes, 'colspan') ?? '1', 10) || 1);
    const added: string[] = [];
    if (name === 'thead') section = 'thead';
    if (name === 'tr') {
      column = 0;
      if (section === 'thead') headers = [];
    }
    if ((name === 'th' || name === 'td') && section === 'thead') headerCell = { start: index + tag.length, span };
    if (name === 'td' && section === 'body' && attribute(attributes, 'data-label') === null) {
      const label = [...new Set(headers.slice(column, column + span))].filter(Boolean).join(chromeLabels.tableCellLabelSeparator);
      if (label) added.push(`data-label="${label}"`);
    }
    if ((name === 'th' || name === 'td') && section === 'body') column += span;
    const role =
      name === 'th' ? (section === 'thead' || attribute(attributes, 'scope') === 'col' ? 'columnheader' : 'rowheader') : ROLES[name];
    if (role && attribute(attributes, 'role') === null) added.push(`role="${role}"`);
    if (added.length === 0) continue;
    const end = index + tag.length - (tag.endsWith('/>') ? 2 : 1);
    out += `${html.slice(last, end)} ${added.join(' ')}`;
    last = end;
  }
  return out + html.slice(last);
}
