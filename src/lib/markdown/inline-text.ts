import type { Inline } from './types.ts';

/** The plain text of inline content: the words a reader sees, without marks and footnote references. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'term':
          return node.text;
        case 'strong':
        case 'emphasis':
        case 'link':
          return inlineText(node.children);
        default:
          return '';
      }
    })
    .join('');
}
