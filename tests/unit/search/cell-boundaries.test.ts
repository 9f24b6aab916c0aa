import { describe, expect, it } from 'vitest';
import { CELL_SEPARATOR, markCellBoundaries, ROW_SEPARATOR } from '../../../src/lib/search/cell-boundaries.ts';

describe('markCellBoundaries', () => {
  it('separates the cells of a row and the rows of a table, for the index only', () => {
    const html =
      '<p>前</p><table><caption>表 1</caption><thead><tr><th scope="col">項目</th><th>実績値</th></tr></thead>' +
      '<tbody><tr><td data-label="項目">メール</td><td data-label="a>b">7,041件</td></tr><tr><td>予約</td><td>14件</td></tr></tbody></table>';
    expect(markCellBoundaries(html)).toBe(
      '<p>前</p><table><caption>表 1</caption><thead><tr><th scope="col">項目</th><th>' +
        `${CELL_SEPARATOR}実績値</th></tr></thead><tbody><tr><td data-label="項目">${ROW_SEPARATOR}メール</td><td data-label="a>b">` +
        `${CELL_SEPARATOR}7,041件</td></tr><tr><td>${ROW_SEPARATOR}予約</td><td>${CELL_SEPARATOR}14件</td></tr></tbody></table>`,
    );
  });
  it('starts again at every table, and leaves a page without tables as it is', () => {
    const table = '<table><tr><td>A</td></tr></table>';
    expect(markCellBoundaries(table + table)).toBe(table + table);
    const page = '<main><h1>題</h1><p>本文 <thead> とは書かない。</p></main>';
    expect(markCellBoundaries(page)).toBe(page);
  });
});
