import type { ContentError } from '../validate/content-error.ts';
import { startOf, type Node } from './markdown-tree.ts';

/** What a problem says, without where it is. */
export type Problem = Omit<ContentError, 'file' | 'line' | 'column'>;

/** Collects the problems of one chapter file, each located by line and column. */
export class ChapterErrors {
  readonly errors: ContentError[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  /** A problem at a line and column. */
  at(line: number, column: number, problem: Problem): void {
    this.errors.push({ file: this.file, line, column, ...problem });
  }

  /** A problem where a node starts. */
  atNode(node: Pick<Node, 'position'>, problem: Problem): void {
    const { line, column } = startOf(node);
    this.at(line, column, problem);
  }
}
