import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { checkCell } from '../validate/check-cell.ts';
import { closestMatch } from '../validate/suggest.ts';
import { chapterFields } from '../../schemas/chapter.ts';
import type { Node, SourceText } from './markdown-tree.ts';
import type { ChapterErrors } from './chapter-errors.ts';

/** The frontmatter fields that could be read, by name. */
export type ChapterFields = Record<string, string | number | boolean | null>;

/**
 * Reads a chapter's frontmatter (number, title, label, page). Sätteri finds the `---` block (its
 * `yaml` node) and the yaml package reads the fields, each checked like a CSV cell. Returns null when
 * there is no readable block, after reporting why; the body is then not read at all.
 */
export function readFrontmatter(tree: Node<'root'>, source: SourceText, report: ChapterErrors): ChapterFields | null {
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    if (source.line(1).trim() === '---')
      report.at(1, 1, {
        rule: 'frontmatter-unclosed',
        message: '章の情報（frontmatter）が --- で閉じられていません',
        hint: 'number・title・page の後の行に --- を書いてください',
      });
    else
      report.at(1, 1, {
        rule: 'frontmatter-missing',
        message: '先頭に章の情報（frontmatter）がありません',
        hint: '1行目に --- を書き、number・title・page を書いて、もう一度 --- で閉じてください',
      });
    return null;
  }
  // The YAML starts on the line after the opening ---.
  const firstLine = (first.position?.start.line ?? 1) + 1;
  const counter = new LineCounter();
  const doc = parseDocument(first.value, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    const pos = doc.errors[0] ? counter.linePos(doc.errors[0].pos[0]) : { line: 1, col: 1 };
    report.at(firstLine + pos.line - 1, pos.col, {
      rule: 'frontmatter-syntax',
      message: '章の情報（frontmatter）を読めません',
      hint: '「number: 1」のように、項目名・コロン・半角スペース・値の順で1行ずつ書いてください',
    });
    return null;
  }
  const fields: ChapterFields = {};
  const names = chapterFields.map((f) => f.name);
  const seen = new Set<string>();
  const misspelled = new Set<string>();
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return [firstLine + pos.line - 1, pos.col] as const;
  };
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const [keyLine, keyColumn] = at(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    const field = chapterFields.find((f) => f.name === key);
    if (!field) {
      const guess = closestMatch(key, names);
      if (guess) misspelled.add(guess);
      report.at(keyLine, keyColumn, {
        field: key,
        value: key,
        rule: guess ? 'misspelled-field' : 'unknown-field',
        message: `「${key}」は章の情報にない項目です`,
        hint: guess ? `「${guess}」の書き間違いではありませんか` : `使える項目は ${names.join(', ')} です`,
      });
      continue;
    }
    seen.add(key);
    const node = pair.value;
    const raw = isScalar(node) ? String(node.source ?? node.value ?? '').trim() : '';
    const [valueLine, valueColumn] = at(isScalar(node) ? (node.range?.[0] ?? 0) : 0);
    if (raw === '') {
      report.at(valueLine, valueColumn, {
        field: key,
        value: '',
        rule: 'required',
        message: `${field.label}（${key}）が空欄です`,
        hint: field.description,
      });
      continue;
    }
    const checked = checkCell(raw, field);
    if (checked.ok) fields[key] = checked.value;
    else report.at(valueLine, valueColumn, { field: key, value: raw, ...checked.problem });
  }
  for (const field of chapterFields) {
    if (field.required && !seen.has(field.name) && !misspelled.has(field.name)) {
      report.at(1, 1, {
        field: field.name,
        rule: 'missing-field',
        message: `章の情報に ${field.name}（${field.label}）がありません`,
        hint: `「${field.name}: 値」の行を加えてください。${field.description}`,
      });
    }
  }
  return fields;
}
