import { ID_FORMAT } from '../validate/check-cell.ts';
import { closestMatch } from '../validate/suggest.ts';
import { chapterDirectives } from '../../schemas/chapter.ts';
import type { ChapterErrors } from './chapter-errors.ts';

/** A data-table directive as read from its line. */
export interface DirectiveLine {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Reads a data-table directive line, `::measures goal=g1`: a name the site knows, then
 * `key=value` pairs separated by spaces, each key allowed for that table and given once, each value
 * an id. Sätteri reads `::scores` as a leaf directive but `::measures goal=g1` (the dialect's form
 * since the start, without the braces of the generic `::name{key=value}`) as a one-line paragraph;
 * the chapter parser hands both lines here. Returns null, after reporting, when the table is not
 * known; a known table is returned with the attributes that could be read (it keeps its number).
 */
export function readDirectiveLine(text: string, line: number, report: ChapterErrors): DirectiveLine | null {
  const trimmed = text.trim();
  const indent = text.length - text.trimStart().length;
  const name = /^::([a-z][a-z0-9-]*)(?=\s|$)/.exec(trimmed)?.[1];
  const spec = name === undefined ? undefined : chapterDirectives[name];
  if (name === undefined || !spec) {
    const written = trimmed.slice(2).split(/[\s{[]/)[0]!;
    const guess = closestMatch(written, Object.keys(chapterDirectives));
    report.at(line, indent + 3, {
      value: trimmed,
      rule: 'unknown-directive',
      message: `表の指定「${trimmed}」を読めません`,
      hint: guess
        ? `「::${guess} goal=g1」のように書くのではありませんか`
        : `使える表は ${Object.keys(chapterDirectives)
            .map((k) => `::${k}`)
            .join('、')} です（例: ::measures goal=g1）`,
    });
    return null;
  }
  const attributes: Record<string, string> = {};
  let usable = true;
  const rest = text.slice(indent + 2 + name.length);
  for (const token of rest.matchAll(/\S+/g)) {
    const pair = token[0];
    const column = indent + 2 + name.length + token.index + 1;
    const problem = (message: string, hint: string) => {
      usable = false;
      report.at(line, column, { value: pair, rule: 'directive-attribute', message, hint });
    };
    const equals = pair.indexOf('=');
    const key = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : pair.slice(equals + 1);
    if (equals === -1 || !/^[a-z]+$/.test(key))
      problem(
        `表の指定の「${pair}」を読めません`,
        `「名前=値」の形で、半角スペースで区切って書いてください（例: ::${name} ${spec.attributes.at(-1)}=…）`,
      );
    else if (!spec.attributes.includes(key)) problem(`表の指定に「${key}」は使えません`, `使える指定は ${spec.attributes.join('、')} です`);
    else if (key in attributes) problem(`表の指定に ${key}= が2つ書かれています`, `${key}= は1つだけにしてください`);
    else if (!ID_FORMAT.test(value))
      problem(
        `表の指定「${pair}」の値「${value}」は ID ではありません`,
        `値には半角の英小文字・数字と、間のハイフンだけの ID を1つ書いてください（例: ${key}=${key === 'plan' ? 'kitakami-2026' : 'g1'}）`,
      );
    else attributes[key] = value;
  }
  for (const key of spec.required) {
    if (!(key in attributes) && !rest.includes(`${key}=`))
      report.at(line, 1, {
        value: trimmed,
        rule: 'directive-attribute',
        message: `表の指定に ${key}= がありません`,
        hint: `「::${name} ${key}=g1」のように書いてください`,
      });
  }
  const given = (spec.oneOf ?? []).filter((key) => key in attributes);
  if (spec.oneOf && given.length !== 1 && usable) {
    const choices = spec.oneOf.map((key) => `${key}=`).join(' か ');
    report.at(line, 1, {
      value: trimmed,
      rule: 'directive-attribute',
      message:
        given.length === 0
          ? `表の指定に ${choices} がありません`
          : `表の指定に ${given.map((key) => `${key}=`).join(' と ')} の両方が書かれています`,
      hint: `${choices} のどちらか1つだけを書いてください（例: ::${name} ${spec.oneOf[0]}=…）`,
    });
  }
  return { name, attributes };
}
