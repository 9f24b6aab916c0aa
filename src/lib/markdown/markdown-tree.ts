import { markdownToMdast, type MdastNode } from 'satteri';

/** An mdast node of a given type, e.g. `Node<'heading'>`. */
export type Node<T extends MdastNode['type'] = MdastNode['type']> = Extract<MdastNode, { type: T }>;

/** The features a chapter is parsed with: everything the dialect uses, so nothing it does not use goes unseen. */
const FEATURES = {
  /** GFM: footnotes (`[^1]`); tables, strikethrough, task lists and bare URLs are parsed so they can be refused. */
  gfm: true,
  /** The `---` block at the top (the chapter's number, title, page). */
  frontmatter: true,
  /** `## (1) 趣旨 {#purpose page=2}`. */
  headingAttributes: true,
  /** `:::figure … :::` (and `::scores`). */
  directive: true,
} as const;

/**
 * Parses a chapter with Sätteri, the Markdown parser Astro 7 ships (CommonMark + GFM in Rust), into
 * an mdast tree with every node's position. Lines and columns are 1-based and columns, like offsets,
 * count UTF-16 code units — the same as JavaScript string indices.
 */
export function markdownTree(source: string): Node<'root'> {
  return markdownToMdast(source, { features: FEATURES, position: true }) as Node<'root'>;
}

/** Line and column of a position in the source (both 1-based). */
export interface Place {
  line: number;
  column: number;
}

/** Looks up places and raw text in the source a tree was parsed from. */
export class SourceText {
  readonly text: string;
  /** Offset of the start of each line (index 0 = line 1). */
  private readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    this.starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }

  /** Line `n` (1-based) without its line end. */
  line(n: number): string {
    const start = this.starts[n - 1] ?? this.text.length;
    const next = this.starts[n];
    return this.text.slice(start, next === undefined ? undefined : next - 1);
  }

  /** The place of an offset. */
  place(offset: number): Place {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The source a node was parsed from, exactly as written. */
  raw(node: { position?: Node['position'] }): string {
    return this.text.slice(startOffset(node), endOffset(node));
  }
}

/** Where a node starts. */
export const startOf = (node: { position?: Node['position'] }): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});
/** The offset a node starts at. */
export const startOffset = (node: { position?: Node['position'] }): number => node.position?.start.offset ?? 0;
/** The offset just after a node. */
export const endOffset = (node: { position?: Node['position'] }): number => node.position?.end.offset ?? 0;
