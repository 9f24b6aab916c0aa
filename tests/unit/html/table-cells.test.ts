import { describe, expect, it } from 'vitest';
import { headerText, labelTableCells } from '../../../src/lib/html/table-cells.ts';

const table = (head: string, body: string) => `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>`;

describe('labelTableCells', () => {
  it('labels every body cell with its column header and keeps the row header unlabelled', () => {
    const html = labelTableCells(
      table(
        '<th scope="col">指標</th><th scope="col" class="dx-num">現状値</th>',
        '<tr id="r1"><th scope="row"><a href="/x/">登録者数</a></th><td class="dx-num">3,096人</td></tr>',
      ),
    );
    expect(html).toContain('<td class="dx-num" data-label="現状値" role="cell">3,096人</td>');
    expect(html).toContain('<th scope="row" role="rowheader"><a href="/x/">登録者数</a></th>');
    expect(html).not.toMatch(/<th scope="row"[^>]*data-label/);
  });

  it('gives the table parts explicit roles, keeping a role already there', () => {
    const html = labelTableCells(
      table('<th scope="col">A</th><th scope="col" role="presentation">B</th>', '<tr><td>1</td><td>2</td></tr>'),
    );
    expect(html).toBe(
      '<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">A</th><th scope="col" role="presentation">B</th></tr></thead>' +
        '<tbody role="rowgroup"><tr role="row"><td data-label="A" role="cell">1</td><td data-label="B" role="cell">2</td></tr></tbody>',
    );
  });

  it('follows column spans in the header and in the body, and keeps a label the cell already has', () => {
    const html = labelTableCells(
      table(
        '<th>取組</th><th colspan="2">令和3〜4年度</th><th>令和5年度</th><th>令和6年度</th>',
        '<tr><th scope="row">X</th><td colspan="3">検討</td><td data-label="令和6年度（予定）">導入</td></tr>',
      ),
    );
    expect(html).toContain('<td colspan="3" data-label="令和3〜4年度・令和5年度" role="cell">検討</td>');
    expect(html).toContain('<td data-label="令和6年度（予定）" role="cell">導入</td>');
  });

  it('reads the header text without markup, with a space where a note or line break starts', () => {
    expect(headerText('目標値<span class="dx-cell-note">2025年度（令和7年度）</span>')).toBe('目標値 2025年度（令和7年度）');
    expect(headerText('<abbr title="2022年度">令和4</abbr>年度')).toBe('令和4年度');
    expect(headerText('A<br>B')).toBe('A B');
    expect(headerText(' 指標 <br> ')).toBe('指標');
    expect(headerText('"引用" &amp; 注')).toBe('&quot;引用&quot; &amp; 注');
  });

  it('is not confused by a ">" inside a quoted attribute value', () => {
    const html = labelTableCells(table('<th title="a > b">比較</th>', '<tr><td title="x > y">1</td></tr>'));
    expect(html).toContain('<td title="x > y" data-label="比較" role="cell">1</td>');
  });

  it('leaves a table nested inside a cell as it is', () => {
    const inner = '<table><thead><tr><th>内</th></tr></thead><tbody><tr><td>i</td></tr></tbody></table>';
    const html = labelTableCells(table('<th>外</th>', `<tr><td>${inner}</td></tr>`));
    expect(html).toContain(`<td data-label="外" role="cell">${inner}</td>`);
  });

  it('labels nothing when the table has no header row', () => {
    expect(labelTableCells('<tbody><tr><td>1</td></tr></tbody>')).toBe(
      '<tbody role="rowgroup"><tr role="row"><td role="cell">1</td></tr></tbody>',
    );
  });
});
