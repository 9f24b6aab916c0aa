import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { ContentError } from '../validate/content-error.ts';
import { checkCell } from '../validate/check-cell.ts';
import { closestMatch } from '../validate/suggest.ts';
import { chapterDirectives, chapterFields } from '../../schemas/chapter.ts';
import { parseInline } from './parse-inline.ts';
import { splitNoteRefs } from '../corrections/note-marks.ts';
import type { Block, Chapter, HeadingBlock } from './types.ts';

/** A chapter and the problems found in it (the chapter is `null` when it cannot be used). */
export interface ChapterResult {
  chapter: Chapter | null;
  errors: ContentError[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*(?:\{([^}]*)\})?\s*$/;
const DIRECTIVE = /^::([a-z-]+)((?:\s+[a-z]+=[^\s]+)*)\s*$/;
const FOOTNOTE_DEF = /^\[\^([A-Za-z0-9-]+)\]:\s*(.*)$/;

/**
 * Parses a chapter file: YAML frontmatter (number, title, page) and a restricted Markdown body —
 * headings with explicit ids (`## (1) 趣旨 {#purpose page=2}`), paragraphs, `- ` lists,
 * `:::figure` blocks, `[^n]` footnotes and `::name key=value` data-table directives.
 * Every block gets a stable id from its section and position, for anchors and citations.
 */
export function parseChapter(file: string, id: string, text: string): ChapterResult {
  const errors: ContentError[] = [];
  const error = (line: number, column: number, rest: Omit<ContentError, 'file' | 'line' | 'column'>) =>
    errors.push({ file, line, column, ...rest });

  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');

  // --- frontmatter -------------------------------------------------------------------------
  if (lines[0] !== '---') {
    error(1, 1, { rule: 'frontmatter-missing', message: '先頭に章の情報（frontmatter）がありません', hint: '1行目に --- を書き、number・title・page を書いて、もう一度 --- で閉じてください' });
    return { chapter: null, errors };
  }
  const close = lines.indexOf('---', 1);
  if (close === -1) {
    error(1, 1, { rule: 'frontmatter-unclosed', message: '章の情報（frontmatter）が --- で閉じられていません', hint: 'number・title・page の後の行に --- を書いてください' });
    return { chapter: null, errors };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const fields: Record<string, string | number | boolean | null> = {};
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    const pos = doc.errors[0] ? counter.linePos(doc.errors[0].pos[0]) : { line: 1, col: 1 };
    error(pos.line + 1, pos.col, { rule: 'frontmatter-syntax', message: '章の情報（frontmatter）を読めません', hint: '「number: 1」のように、項目名・コロン・半角スペース・値の順で1行ずつ書いてください' });
    return { chapter: null, errors };
  }
  const names = chapterFields.map((f) => f.name);
  const seen = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyPos = counter.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    const field = chapterFields.find((f) => f.name === key);
    if (!field) {
      const guess = closestMatch(key, names);
      error(keyPos.line + 1, keyPos.col, { field: key, value: key, rule: guess ? 'misspelled-field' : 'unknown-field', message: `「${key}」は章の情報にない項目です`, hint: guess ? `「${guess}」の書き間違いではありませんか` : `使える項目は ${names.join(', ')} です` });
      continue;
    }
    seen.add(key);
    const node = pair.value;
    const raw = isScalar(node) ? String(node.source ?? node.value ?? '').trim() : '';
    const valuePos = counter.linePos(isScalar(node) ? (node.range?.[0] ?? 0) : 0);
    if (raw === '') {
      error(valuePos.line + 1, valuePos.col, { field: key, value: '', rule: 'required', message: `${field.label}（${key}）が空欄です`, hint: field.description });
      continue;
    }
    const checked = checkCell(raw, field);
    if (checked.ok) fields[key] = checked.value;
    else error(valuePos.line + 1, valuePos.col, { field: key, value: raw, ...checked.problem });
  }
  const suggested = new Set(errors.filter((e) => e.rule === 'misspelled-field').map((e) => closestMatch(e.field ?? '', names)));
  for (const field of chapterFields) {
    if (field.required && !seen.has(field.name) && !suggested.has(field.name)) {
      error(1, 1, { field: field.name, rule: 'missing-field', message: `章の情報に ${field.name}（${field.label}）がありません`, hint: `「${field.name}: 値」の行を加えてください。${field.description}` });
    }
  }

  // --- body ----------------------------------------------------------------------------------
  const blocks: Block[] = [];
  const chapterPage = typeof fields.page === 'number' ? fields.page : null;
  const headingStack: HeadingBlock[] = [];
  const headingIds = new Map<string, number>();
  const counters = new Map<string, number>();
  let sectionId = 'intro';
  const nextId = (kind: string) => {
    const n = (counters.get(`${sectionId}:${kind}`) ?? 0) + 1;
    counters.set(`${sectionId}:${kind}`, n);
    return `${sectionId}-${kind}${n}`;
  };
  const footnoteRefs: { label: string; line: number }[] = [];
  const footnoteDefs = new Map<string, number>();
  const noteRefs = (textLine: string, line: number) => {
    for (const m of textLine.matchAll(/\[\^([A-Za-z0-9-]+)\]/g)) footnoteRefs.push({ label: m[1]!, line });
  };

  let i = close + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    const lineNo = i + 1;
    const trimmed = line.trim();
    if (trimmed === '') { i++; continue; }

    const heading = HEADING.exec(trimmed);
    if (heading) {
      const depth = heading[1]!.length;
      const attrs = heading[3] ?? '';
      const idMatch = /#([a-z0-9]+(?:-[a-z0-9]+)*)/.exec(attrs);
      const pageMatch = /page=(\d+)/.exec(attrs);
      const parent = [...headingStack].reverse().find((h) => h.depth < depth);
      if (depth < 2 || depth > 4) {
        error(lineNo, 1, { value: trimmed, rule: 'heading-level', message: `見出しの「${heading[1]}」は使えません`, hint: '章の題は frontmatter の title に書きます。本文の見出しは ##（節）、###、#### のどれかにしてください' });
      } else if (depth > (headingStack.at(-1)?.depth ?? 1) + 1) {
        error(lineNo, 1, { value: trimmed, rule: 'heading-level', message: `見出しの階層が飛んでいます（${'#'.repeat(depth)} の前に ${'#'.repeat(depth - 1)} がありません）`, hint: `この見出しを ${'#'.repeat((headingStack.at(-1)?.depth ?? 1) + 1)} にしてください` });
      }
      if (!idMatch) {
        error(lineNo, trimmed.length, { value: trimmed, rule: 'heading-id', message: '見出しに ID がありません', hint: '見出しの末尾に {#purpose} のように半角英小文字の ID を付けてください。ID はページ内リンクと引用に使うので、一度公開したら変えません' });
      } else if (headingIds.has(idMatch[1]!)) {
        error(lineNo, trimmed.indexOf('#', depth) + 1, { value: idMatch[1], rule: 'duplicate-id', message: `見出し ID「${idMatch[1]}」は ${headingIds.get(idMatch[1]!)} 行目と重複しています`, hint: 'この章の中で別の ID を付けてください' });
      }
      if (depth >= 2 && depth <= 4 && idMatch) {
        const printed = splitNoteRefs(heading[2]!);
        const block: HeadingBlock = {
          type: 'heading', id: idMatch[1]!, sectionId: idMatch[1]!, line: lineNo, depth: depth as 2 | 3 | 4,
          text: printed.text, notes: printed.refs, page: pageMatch ? Number(pageMatch[1]) : (parent?.page ?? chapterPage),
        };
        headingIds.set(block.id, lineNo);
        while (headingStack.length > 0 && headingStack.at(-1)!.depth >= depth) headingStack.pop();
        headingStack.push(block);
        sectionId = block.id;
        blocks.push(block);
      }
      i++;
      continue;
    }

    if (trimmed.startsWith(':::')) {
      if (trimmed !== ':::figure') {
        error(lineNo, 1, { value: trimmed, rule: 'unknown-block', message: `「${trimmed}」は使えないブロックです`, hint: '図は :::figure で始め、::: だけの行で閉じてください' });
        i++;
        continue;
      }
      const end = lines.findIndex((l, j) => j > i && l.trim() === ':::');
      if (end === -1) {
        error(lineNo, 1, { value: trimmed, rule: 'unclosed-block', message: ':::figure が閉じられていません', hint: '図の文字の後に ::: だけの行を書いてください' });
        i++;
        continue;
      }
      const content = lines.slice(i + 1, end).map((l) => l.trim()).filter((l) => l !== '');
      const body = content.filter((l) => !l.startsWith('出典')).map(splitNoteRefs);
      const source = splitNoteRefs(content.filter((l) => l.startsWith('出典')).join(' '));
      blocks.push({
        type: 'figure', id: nextId('fig'), sectionId, line: lineNo, lines: body.map((l) => l.text), lineNotes: body.map((l) => l.refs),
        caption: source.text || null, captionNotes: source.refs,
      });
      i = end + 1;
      continue;
    }

    if (trimmed.startsWith('::')) {
      const directive = DIRECTIVE.exec(trimmed);
      const name = directive?.[1] ?? trimmed.slice(2).split(/\s/)[0]!;
      const spec = chapterDirectives[name];
      if (!directive || !spec) {
        const guess = closestMatch(name, Object.keys(chapterDirectives));
        error(lineNo, 3, { value: trimmed, rule: 'unknown-directive', message: `表の指定「${trimmed}」を読めません`, hint: guess ? `「::${guess} goal=g1」のように書くのではありませんか` : `使える表は ${Object.keys(chapterDirectives).map((k) => `::${k}`).join('、')} です（例: ::measures goal=g1）` });
        i++;
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const pair of directive[2]!.trim().split(/\s+/).filter(Boolean)) {
        const [key, value] = pair.split('=') as [string, string];
        if (!spec.attributes.includes(key)) {
          error(lineNo, line.indexOf(pair) + 1, { value: pair, rule: 'directive-attribute', message: `表の指定に「${key}」は使えません`, hint: `使える指定は ${spec.attributes.join('、')} です` });
        }
        attributes[key] = value;
      }
      for (const key of spec.required) {
        if (!attributes[key]) error(lineNo, 1, { value: trimmed, rule: 'directive-attribute', message: `表の指定に ${key}= がありません`, hint: `「::${name} ${key}=g1」のように書いてください` });
      }
      const given = (spec.oneOf ?? []).filter((key) => attributes[key]);
      if (spec.oneOf && given.length !== 1) {
        const choices = spec.oneOf.map((key) => `${key}=`).join(' か ');
        error(lineNo, 1, { value: trimmed, rule: 'directive-attribute', message: given.length === 0 ? `表の指定に ${choices} がありません` : `表の指定に ${given.map((key) => `${key}=`).join(' と ')} の両方が書かれています`, hint: `${choices} のどちらか1つだけを書いてください（例: ::${name} ${spec.oneOf[0]}=…）` });
      }
      blocks.push({ type: 'directive', id: nextId('table'), sectionId, line: lineNo, name, attributes });
      i++;
      continue;
    }

    const footnote = FOOTNOTE_DEF.exec(trimmed);
    if (footnote) {
      const label = footnote[1]!;
      if (footnoteDefs.has(label)) {
        error(lineNo, 1, { value: `[^${label}]`, rule: 'duplicate-footnote', message: `注 ${label} が ${footnoteDefs.get(label)} 行目と重複しています`, hint: '注の番号は章の中で一つずつにしてください' });
      }
      footnoteDefs.set(label, lineNo);
      blocks.push({ type: 'footnote', id: `fn-${label}`, sectionId, line: lineNo, label, referenced: false, inlines: parseInline(footnote[2]!) });
      i++;
      continue;
    }

    if (trimmed.startsWith('- ')) {
      const id = nextId('list');
      const items: { id: string; inlines: ReturnType<typeof parseInline> }[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('- ')) {
        const itemText = lines[i]!.trim().slice(2);
        noteRefs(itemText, i + 1);
        items.push({ id: `${id}-${items.length + 1}`, inlines: parseInline(itemText) });
        i++;
      }
      blocks.push({ type: 'list', id, sectionId, line: lineNo, items });
      continue;
    }

    noteRefs(trimmed, lineNo);
    blocks.push({ type: 'paragraph', id: nextId('p'), sectionId, line: lineNo, inlines: parseInline(trimmed) });
    i++;
  }

  for (const block of blocks) {
    if (block.type === 'footnote') block.referenced = footnoteRefs.some((ref) => ref.label === block.label);
  }
  for (const ref of footnoteRefs) {
    if (!footnoteDefs.has(ref.label)) {
      error(ref.line, 1, { value: `[^${ref.label}]`, rule: 'footnote-undefined', message: `注 [^${ref.label}] の本文がありません`, hint: `注の本文を「[^${ref.label}]: 説明」の形で1行に書いてください` });
    }
  }

  const complete = typeof fields.number === 'number' && typeof fields.title === 'string' && !errors.some((e) => e.field === 'page');
  return {
    chapter: complete ? { id, number: fields.number as number, label: typeof fields.label === 'string' ? fields.label : null, title: splitNoteRefs(fields.title as string).text, titleNotes: splitNoteRefs(fields.title as string).refs, page: typeof fields.page === 'number' ? fields.page : null, blocks } : null,
    errors,
  };
}
