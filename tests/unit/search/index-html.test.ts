import { describe, expect, it } from 'vitest';
import { indexHtml, isIndexed, pageFilterValue } from '../../../src/lib/search/index-html.ts';

describe('indexHtml', () => {
  it("takes transcription-note markers out of the text the index reads, so a heading is a result's title alone", () => {
    const heading =
      '<h2 id="foundation">(3) デジタル社会の基盤づくり<sup class="dx-note-mark" data-pagefind-ignore><a href="/transcription-notes/oshu-2021/#oshu-2021-note-1"><span class="dx-visually-hidden">転記の記録</span>[修正1]</a></sup></h2><p>本文<sup class="dx-note-mark"><a href="#">[原文ママ2]</a></sup>の続き</p>';
    expect(indexHtml(heading)).toBe('<h2 id="foundation">(3) デジタル社会の基盤づくり</h2><p>本文の続き</p>');
  });

  it('still keeps table cells and rows apart', () => {
    expect(indexHtml('<table><tr><th>年度</th><td>2025</td></tr><tr><th>値</th><td>3</td></tr></table>')).toBe(
      '<table><tr><th>年度</th><td> ｜ 2025</td></tr><tr><th> ／ 値</th><td> ｜ 3</td></tr></table>',
    );
  });
});

describe('isIndexed and pageFilterValue', () => {
  const page =
    '<main id="main" data-pagefind-body><div hidden><span data-pagefind-filter="計画">見本計画2026</span><span data-pagefind-filter="都道府県">岩手県</span></div></main>';

  it('tells a page Pagefind indexes (its body marked) from one it does not', () => {
    expect(isIndexed(page)).toBe(true);
    expect(isIndexed('<main id="main"><h1>埋め込み</h1></main>')).toBe(false);
  });

  it("reads a filter's value, and null when the page has none", () => {
    expect(pageFilterValue(page, '都道府県')).toBe('岩手県');
    expect(pageFilterValue(page, '計画')).toBe('見本計画2026');
    expect(pageFilterValue(page, '種類')).toBeNull();
    expect(pageFilterValue('<span data-pagefind-filter="都道府県(">x</span>', '都道府県(')).toBe('x');
  });
});
