/**
 * The comment letter (意見書) a reader drafts in the browser: pure functions that turn the draft
 * into the text, CSV and e-mail the city asks for. The browser script only stores and renders.
 */
import { formulaSafe } from '../csv/formula-safe.ts';
import { csvText } from '../csv/csv-text.ts';
import { isEmailAddress } from '../validate/email-address.ts';
import { letterLabels } from '../labels/letter.ts';

/** One opinion on one passage. */
export interface Opinion {
  /** Random id, only to keep track of the item while editing. */
  id: string;
  /** 該当箇所: the citation, e.g. 「北上市情報基本計画2026（案） 第4章(2) 第3段落（原本 p.16〜）」. */
  passage: string;
  /** Permanent link to the passage (path with anchor; the page adds its origin). */
  url: string;
  /** 意見. */
  opinion: string;
}

/** Everything the reader has written, as kept in localStorage. */
export interface LetterDraft {
  name: string;
  address: string;
  contact: string;
  opinions: Opinion[];
}

/** A problem that stops the letter from being complete, tied to the field to fix. */
export interface LetterProblem {
  /** `name`, `address`, `contact`, or `opinion-<id>`. */
  field: string;
  message: string;
}

export const emptyDraft = (): LetterDraft => ({ name: '', address: '', contact: '', opinions: [] });

/** The subject line: 「北上市情報基本計画2026（案）に対する意見」. */
export const letterSubject = letterLabels.subject;

/**
 * Reads a stored draft defensively (localStorage may hold anything, e.g. from an older version):
 * unknown fields are dropped and missing ones filled in.
 */
export function parseDraft(stored: string | null): LetterDraft {
  if (!stored) return emptyDraft();
  try {
    const raw = JSON.parse(stored) as Partial<Record<keyof LetterDraft, unknown>>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const opinions = Array.isArray(raw.opinions) ? raw.opinions : [];
    return {
      name: text(raw.name),
      address: text(raw.address),
      contact: text(raw.contact),
      opinions: opinions
        .filter((o): o is Record<string, unknown> => typeof o === 'object' && o !== null)
        .map((o, i) => ({ id: text(o.id) || `opinion-${i + 1}`, passage: text(o.passage), url: text(o.url), opinion: text(o.opinion) })),
    };
  } catch {
    return emptyDraft();
  }
}

/** What is missing before the letter can be sent; empty when complete. */
export function checkLetter(draft: LetterDraft): LetterProblem[] {
  const problems: LetterProblem[] = [];
  if (draft.name.trim() === '') problems.push({ field: 'name', message: letterLabels.problems.name });
  if (draft.address.trim() === '') problems.push({ field: 'address', message: letterLabels.problems.address });
  if (draft.contact.trim() === '') problems.push({ field: 'contact', message: letterLabels.problems.contact });
  if (draft.opinions.length === 0) problems.push({ field: 'opinions', message: letterLabels.problems.noOpinions });
  draft.opinions.forEach((o, i) => {
    if (o.opinion.trim() === '') problems.push({ field: `opinion-${o.id}`, message: letterLabels.problems.emptyOpinion(i + 1) });
  });
  return problems;
}

/** The letter as plain text, in the order the reader arranged the opinions. */
export function letterText(planTitle: string, draft: LetterDraft, origin: string, addressee: readonly string[] = []): string {
  const words = letterLabels.text;
  const lines = [
    // The office the draft names as its addressee, as printed (letterAddressee), then a blank line.
    ...(addressee.length > 0 ? [...addressee, ''] : []),
    words.subject(letterSubject(planTitle)),
    words.name(draft.name.trim()),
    words.address(draft.address.trim()),
    words.contact(draft.contact.trim()),
  ];
  draft.opinions.forEach((o, i) => {
    lines.push('', words.opinionHeading(i + 1), words.passage(o.passage.trim()));
    if (o.url) lines.push(words.passageUrl(absolute(o.url, origin)));
    lines.push(words.opinion, o.opinion.trim());
  });
  return `${lines.join('\n')}\n`;
}

const absolute = (url: string, origin: string) => (/^https?:/.test(url) ? url : `${origin}${url}`);

/**
 * The letter as CSV for Excel: UTF-8 with BOM, CRLF, one row per opinion. The city opens it in a
 * spreadsheet, so a cell such as an opinion starting with `=` gets a leading apostrophe.
 */
export function letterCsv(planTitle: string, draft: LetterDraft, origin: string): string {
  const header = [...letterLabels.csvHeader];
  const rows = draft.opinions.map((o, i) => [
    letterSubject(planTitle),
    draft.name.trim(),
    draft.address.trim(),
    draft.contact.trim(),
    String(i + 1),
    o.passage.trim(),
    o.url ? absolute(o.url, origin) : '',
    o.opinion.trim(),
  ]);
  return csvText([header, ...rows.map((row) => row.map(formulaSafe))]);
}

/**
 * A mailto: link to the city's one address, with the subject and the letter as body (both
 * percent-encoded, so nothing in them can add a recipient). Throws when `email` is not exactly one
 * address (validated at build time, so a page never offers such a link): a value like
 * `joho@city.example?cc=someone@else.example` would copy the citizen's letter to a stranger.
 */
export function mailtoHref(email: string, planTitle: string, body: string): string {
  if (!isEmailAddress(email)) throw new Error(`comment_email is not one e-mail address: ${email}`);
  return `mailto:${email}?subject=${encodeURIComponent(letterSubject(planTitle))}&body=${encodeURIComponent(body)}`;
}

/** Moves the opinion at `index` by `offset` (−1 up, +1 down); out-of-range moves change nothing. */
export function moveOpinion(draft: LetterDraft, index: number, offset: number): LetterDraft {
  const to = index + offset;
  if (index < 0 || to < 0 || index >= draft.opinions.length || to >= draft.opinions.length) return draft;
  const opinions = [...draft.opinions];
  const [moved] = opinions.splice(index, 1);
  opinions.splice(to, 0, moved!);
  return { ...draft, opinions };
}
