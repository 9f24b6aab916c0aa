import { describe, expect, it } from 'vitest';
import { indexHtml } from '../../../src/lib/search/index-html.ts';

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
