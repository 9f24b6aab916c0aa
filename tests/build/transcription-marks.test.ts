/**
 * The transcription notes page and the markers in the text agree: every note (a row of some plan's
 * corrections.csv, listed on /transcription-notes/) has at least one marker on some page where its
 * text is read, every marker leads to a note that exists, and a marker says what kind of note it is
 * (「修正N」 for a change, 「原文ママN」 for wording kept as printed).
 */
import { describe, expect, inject, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { builtPages } from './build-site.ts';

const pages = builtPages(inject('outDir'));

/** The text content of a node. */
function textContent(node: Node): string {
  let text = '';
  walkSync(node, (n) => {
    if (n.type === TEXT_NODE) text += n.value;
  });
  return text;
}

/**
 * Every note on the notes pages (one per plan with notes, `/transcription-notes/<plan>/`): its address
 * (`/transcription-notes/<plan>/#<plan>-note-<n>`) and whether it is a change or wording kept as printed.
 */
function notesOnPage(): Map<string, 'corrected' | 'kept'> {
  const notes = new Map<string, 'corrected' | 'kept'>();
  for (const [path, html] of pages) {
    const page = /^transcription-notes\/([^/]+)\/index\.html$/.exec(path);
    if (!page) continue;
    let section: 'corrected' | 'kept' | null = null;
    walkSync(parse(html), (node) => {
      if (node.type !== ELEMENT_NODE) return;
      const id = String(node.attributes.id ?? '');
      if (node.name === 'h2' && /-(corrected|kept)$/.test(id)) section = id.endsWith('-kept') ? 'kept' : 'corrected';
      if (node.name === 'tr' && /-note-\d+$/.test(id)) notes.set(`/transcription-notes/${page[1]}/#${id}`, section!);
    });
  }
  return notes;
}

/** Every marker on every page: the note it links to and what it says. */
function markers(): { page: string; target: string; text: string }[] {
  const found: { page: string; target: string; text: string }[] = [];
  for (const [page, html] of pages) {
    walkSync(parse(html), (node) => {
      if (node.type !== ELEMENT_NODE || node.name !== 'sup' || !(node.attributes.class ?? '').split(' ').includes('dx-note-mark')) return;
      const link = node.children.find((c: Node) => c.type === ELEMENT_NODE && c.name === 'a');
      found.push({ page, target: String(link?.attributes.href ?? ''), text: link ? textContent(link) : '' });
    });
  }
  return found;
}

describe('transcription notes and the markers in the text', () => {
  const notes = notesOnPage();
  const marks = markers();

  it('lists the notes of every plan', () => {
    expect(notes.size).toBeGreaterThan(140);
    expect([...new Set([...notes.keys()].map((url) => /#(.+)-note-\d+$/.exec(url)![1]))].sort()).toEqual([
      'kitakami-2023',
      'kitakami-2026',
      'morioka-2021',
      'oshu-2021',
      'yokote-2023',
    ]);
    // The policy page lists the plans and holds no table; each plan's notes are on its own page.
    expect(pages.get('transcription-notes/index.html')).not.toMatch(/-note-\d+"/);
  });

  it('gives every note at least one marker where its text is read', () => {
    const marked = new Set(marks.map((m) => m.target));
    expect([...notes.keys()].filter((id) => !marked.has(id))).toEqual([]);
  });

  it('lets every marker lead to a note that exists, and say what kind of note it is', () => {
    const wrong = marks.filter((m) => {
      // A marker leads to its own plan's page of notes: /transcription-notes/<plan>/#<plan>-note-<n>.
      const kind = notes.get(m.target);
      const number = /-note-(\d+)$/.exec(m.target)?.[1];
      return (
        !/^\/transcription-notes\/([a-z0-9-]+)\/#\1-note-\d+$/.test(m.target) ||
        !kind ||
        m.text !== `転記の記録 [${kind === 'corrected' ? '修正' : '原文ママ'}${number}]`
      );
    });
    expect(wrong).toEqual([]);
  });

  it('marks the spots the reviewer found: the words kept as printed, the changed titles, the footnote moved out of a name', () => {
    const at = (page: string) => marks.filter((m) => m.page === page).map((m) => m.text.replace('転記の記録 ', ''));
    expect(at('plans/kitakami-2026/chapters/c7/index.html')).toEqual(expect.arrayContaining(['[修正1]', '[原文ママ2]', '[原文ママ13]']));
    expect(at('plans/kitakami-2026/chapters/c2/index.html')).toContain('[原文ママ3]');
    expect(at('plans/kitakami-2026/chapters/c3/index.html')).toEqual(expect.arrayContaining(['[原文ママ4]', '[修正5]']));
    expect(at('plans/morioka-2021/index.html')).toEqual(expect.arrayContaining(['[修正60]', '[修正61]']));
    expect(at('plans/yokote-2023/glossary/index.html')).toEqual(expect.arrayContaining(['[原文ママ7]', '[原文ママ23]']));
    expect(at('plans/oshu-2021/chapters/s5/index.html').filter((t) => t === '[修正1]')).toHaveLength(15);
  });

  it('sets a mark in a figure at the word it notes, not at the end of the line', () => {
    const html = pages.get('plans/kitakami-2026/chapters/c2/index.html')!;
    // 「ガバナメントAI（仮称）」: the note is about ガバナメント, so its marker follows 「AI」, before 「（仮称）」.
    expect(html).toMatch(/ガバナメントAI<sup class="dx-note-mark"[^>]*>[\s\S]*?原文ママ3\]\s*<\/a>\s*<\/sup>（仮称）/);
  });
});
