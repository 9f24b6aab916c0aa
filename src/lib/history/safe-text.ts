/**
 * Characters a history text never shows: C0 and C1 control characters (BEL, ESC, VT … and DEL),
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the marks
 * U+200E, U+200F, U+061C), zero-width characters and the BOM, lone surrogates and the noncharacters
 * U+FFFE/U+FFFF. A commit message or a past revision's cell may hold any of them; XML 1.0 forbids
 * most, and U+202E would make a reason read backwards on the page.
 */
const UNSAFE =
  // Finding control characters is this pattern's whole purpose.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A history text safe to show in HTML, CSV, JSON and XML: unsafe characters removed, tabs and line
 * breaks as one space (a reason is one line).
 */
export function safeHistoryText(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(UNSAFE, '');
}

/** `safeHistoryText` of a value that may be absent. */
export const safeHistoryValue = (text: string | null): string | null => (text === null ? null : safeHistoryText(text));
