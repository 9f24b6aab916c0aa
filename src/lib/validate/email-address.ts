/**
 * Exactly one e-mail address, in the plain form a city publishes (iken@city.example.jp): the local
 * part of letters, digits and `. _ + -`, a domain of at least two labels. Nothing else: no second
 * address, no display name, no `mailto:`, no `?cc=…` or `&bcc=…` that would add recipients to the
 * e-mail a citizen sends. Every allowed character is safe as is in a `mailto:` link.
 */
const LOCAL = /^[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Whether the text is exactly one e-mail address (see above). */
export function isEmailAddress(text: string): boolean {
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@') || text.length > 254) return false;
  const labels = text.slice(at + 1).split('.');
  return text.slice(0, at).length <= 64 && LOCAL.test(text.slice(0, at)) && labels.length >= 2 && labels.every((l) => LABEL.test(l));
}
