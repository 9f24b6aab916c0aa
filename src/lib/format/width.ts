/**
 * Converts full-width ASCII (Ｗｉ－Ｆｉ, ６５, ％) to half-width. Used to suggest fixes and to
 * compare strings regardless of character width.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
