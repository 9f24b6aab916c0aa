/**
 * The anchors of every chapter of the real content: for each block (and list item) its id, its
 * citation reference, the page it cites and its text with inline marks written back as source
 * (`**bold**`, `*emphasis*`, `[link](…)`, `[^1]`, `[!3]`). `chapter-anchors.snapshot.json` holds them as published; the test
 * beside it proves a parser change keeps every published id and reference.
 * Refresh (only for a reviewed, intended change): `node tests/content/chapter-anchors.ts --write`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChapter } from '../../src/lib/markdown/parse-chapter.ts';
import { chapterCitations } from '../../src/lib/citation/citations.ts';
import type { Block, Inline } from '../../src/lib/markdown/types.ts';
import type { NoteRef } from '../../src/lib/corrections/note-marks.ts';

/** One chapter's anchors. */
export interface ChapterAnchors {
  file: string;
  number: number;
  label: string | null;
  title: string;
  page: number | null;
  /** `[id, reference, page, text]` of every block and list item, in order. */
  anchors: [string, string, number | null, string][];
}

const mark = (ref: NoteRef) => `[!${ref.plan ? `${ref.plan}:` : ''}${ref.id}]`;

/** Inline content written back as the dialect's source text. */
function source(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'term':
          return node.text;
        case 'strong':
          return `**${source(node.children)}**`;
        case 'emphasis':
          return `*${source(node.children)}*`;
        case 'link':
          return `[${source(node.children)}](${node.href})`;
        case 'footnote-ref':
          return `[^${node.label}]`;
        case 'note':
          return mark(node.ref);
      }
    })
    .join('');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${block.text}${block.notes.map(mark).join('')}`;
    case 'paragraph':
      return source(block.inlines);
    case 'list':
      return '';
    case 'figure':
      return [
        ...block.lines.map((line, i) => `${line}${block.lineParts[i]!.flatMap((p) => ('note' in p ? [mark(p.note)] : [])).join('')}`),
        ...(block.caption === null ? [] : [`${block.caption}${block.captionNotes.map(mark).join('')}`]),
      ].join('\n');
    case 'directive':
      return `::${block.name}${Object.entries(block.attributes)
        .map(([k, v]) => ` ${k}=${v}`)
        .join('')}`;
    case 'footnote':
      return `[^${block.label}]: ${source(block.inlines)}`;
  }
}

/** The anchors of every chapter under `contentDir` (plans in folder order, chapters by file name). */
export function chapterAnchors(contentDir: string): ChapterAnchors[] {
  const result: ChapterAnchors[] = [];
  const plansDir = join(contentDir, 'plans');
  for (const plan of readdirSync(plansDir).sort()) {
    let names: string[];
    try {
      names = readdirSync(join(plansDir, plan, 'chapters'))
        .filter((n) => n.endsWith('.md'))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `content/plans/${plan}/chapters/${name}`;
      const { chapter, errors } = parseChapter(file, name.slice(0, -3), readFileSync(join(plansDir, plan, 'chapters', name), 'utf8'));
      if (!chapter || errors.length > 0) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
      const citations = chapterCitations(chapter);
      const anchors: ChapterAnchors['anchors'] = [];
      const add = (id: string, text: string) => {
        const citation = citations.get(id);
        if (!citation) throw new Error(`${file}: no citation for ${id}`);
        anchors.push([id, citation.label, citation.page, text]);
      };
      for (const block of chapter.blocks) {
        add(block.id, blockText(block));
        if (block.type === 'list') for (const item of block.items) add(item.id, source(item.inlines));
      }
      result.push({
        file,
        number: chapter.number,
        label: chapter.label,
        title: `${chapter.title}${chapter.titleNotes.map(mark).join('')}`,
        page: chapter.page,
        anchors,
      });
    }
  }
  return result;
}

export const snapshotPath = join(import.meta.dirname, 'chapter-anchors.snapshot.json');
export const contentPath = join(import.meta.dirname, '../../content');

if (process.argv.includes('--write') && process.argv[1] === import.meta.filename) {
  // One anchor per line, so a diff of the snapshot shows exactly which anchors changed.
  const chapters = chapterAnchors(contentPath).map(
    ({ anchors, ...head }) =>
      `${JSON.stringify(head).slice(0, -1)},"anchors":[\n${anchors.map((a) => `  ${JSON.stringify(a)}`).join(',\n')}\n]}`,
  );
  writeFileSync(snapshotPath, `[\n${chapters.join(',\n')}\n]\n`);
  console.log(`wrote ${snapshotPath}`);
}
