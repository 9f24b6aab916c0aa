/**
 * A small scanner for the "site words in one place" test: it blanks out the comments of a source
 * file (TypeScript, Astro, CSS) and reports the lines whose remaining code holds Japanese. Kept
 * beside its test because it is a check on the source, not part of the site.
 */

/**
 * Kana, kanji, Japanese punctuation and spaces (「」、。〜 and the ideographic space) and the
 * full-width forms (：（）｜－): a word, or a joiner that only Japanese text uses.
 */
export const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f]/u;

/** One line of code (comments blanked) that holds Japanese. */
export interface JapaneseLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line's code with its comments blanked out, trimmed. */
  code: string;
}

// A `/` after one of these starts a regular expression, not a division.
const REGEX_BEFORE = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_AFTER_WORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/**
 * Blanks the comments of TypeScript/JavaScript code (`//` and `/* *\/`), keeping strings, template
 * literals and regular expressions, and every newline, so that line numbers stay as in the file.
 */
export function stripScriptComments(code: string): string {
  let out = '';
  let i = 0;
  // Stack of open template literals: each entry is the `${` depth at which that template resumes.
  const templates: number[] = [];
  let braces = 0;
  const lastSignificant = () => out.trimEnd();
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      while (i < code.length && code[i] !== '\n') i += 1;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      out += code.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '`' || (c === '}' && templates.length > 0 && templates.at(-1) === braces)) {
      if (c === '}') templates.pop();
      let j = i + 1;
      while (j < code.length && code[j] !== '`' && !(code[j] === '$' && code[j + 1] === '{')) j += code[j] === '\\' ? 2 : 1;
      if (code[j] === '$') {
        templates.push(braces);
        out += code.slice(i, j + 2);
        i = j + 2;
      } else {
        out += code.slice(i, j + 1);
        i = j + 1;
      }
      continue;
    }
    if (c === '/') {
      const before = lastSignificant();
      const prev = before.at(-1) ?? '';
      if (REGEX_BEFORE.has(prev) || REGEX_AFTER_WORDS.test(before)) {
        let j = i + 1;
        let inClass = false;
        while (j < code.length && code[j] !== '\n') {
          const char = code[j];
          if (char === '/' && !inClass) break;
          if (char === '[') inClass = true;
          if (char === ']') inClass = false;
          j += char === '\\' ? 2 : 1;
        }
        out += code.slice(i, j + 1);
        i = j + 1;
        continue;
      }
    }
    if (c === '{') braces += 1;
    if (c === '}') braces -= 1;
    out += c;
    i += 1;
  }
  return out;
}

/** Blanks `<!-- -->` comments of markup, keeping newlines. */
function stripMarkupComments(markup: string): string {
  return markup.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/**
 * Blanks the comments of an `.astro` file: its frontmatter and `<script>` blocks as TypeScript,
 * `<style>` blocks as CSS, and the template's `<!-- -->` and `{/* *\/}` comments.
 */
export function stripAstroComments(source: string): string {
  const front = /^---\r?\n[\s\S]*?\r?\n---/.exec(source);
  const head = front ? stripScriptComments(front[0].slice(3, -3)) : '';
  const rest = front ? source.slice(front[0].length) : source;
  const body = stripMarkupComments(rest).replace(
    /(<script\b[^>]*>)([\s\S]*?)(<\/script>)|(<style\b[^>]*>)([\s\S]*?)(<\/style>)|\{\/\*[\s\S]*?\*\/\}/g,
    (match, open?: string, script?: string, close?: string, styleOpen?: string, style?: string, styleClose?: string) => {
      if (open !== undefined) return open + stripScriptComments(script ?? '') + close;
      if (styleOpen !== undefined) return styleOpen + stripCssComments(style ?? '') + styleClose;
      return match.replace(/[^\n]/g, ' ');
    },
  );
  return (front ? `---${head}---` : '') + body;
}

/** Blanks the `/* *\/` comments of CSS, keeping newlines. */
export function stripCssComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** The comment stripper for a file, by its extension; null for a file the scan does not read. */
export function stripperFor(path: string): ((source: string) => string) | null {
  if (/\.(?:ts|mts|js|mjs)$/.test(path)) return stripScriptComments;
  if (path.endsWith('.astro')) return stripAstroComments;
  if (path.endsWith('.css')) return stripCssComments;
  return null;
}

/** The lines of a source file whose code (comments blanked) holds Japanese. */
export function japaneseLines(source: string, strip: (source: string) => string): JapaneseLine[] {
  return strip(source)
    .split('\n')
    .flatMap((code, index) => (JAPANESE.test(code) ? [{ line: index + 1, code: code.trim() }] : []));
}
