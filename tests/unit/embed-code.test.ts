import { describe, expect, it } from 'vitest';
import { embedCode, embedHeight, type EmbedContent } from '../../src/lib/embed/embed-code.ts';

describe('embedCode', () => {
  it('writes a titled, full-width, borderless, lazily loaded iframe', () => {
    expect(
      embedCode({
        src: 'https://www.city.example.lg.jp/embed/plans/a/indicators/b/',
        title: '子育てLINEの登録者数（北上市情報基本計画2026（案））',
        height: 700,
      }),
    ).toBe(
      '<iframe src="https://www.city.example.lg.jp/embed/plans/a/indicators/b/" title="子育てLINEの登録者数（北上市情報基本計画2026（案））" width="100%" height="700" style="border: 0;" loading="lazy"></iframe>',
    );
  });

  it('adds the site’s height listener after the frame when given', () => {
    expect(
      embedCode({ src: 'https://x.example/embed/a/', title: 't', height: 700, listener: 'https://x.example/embed/frame-height.js' }),
    ).toBe(
      '<iframe src="https://x.example/embed/a/" title="t" width="100%" height="700" style="border: 0;" loading="lazy"></iframe>\n<script src="https://x.example/embed/frame-height.js" async></script>',
    );
  });

  it('escapes quotes and brackets in the title and address', () => {
    const code = embedCode({ src: '/embed/?a=1&b="2"', title: '"><script>alert(1)</script>', height: 100 });
    expect(code).toContain('src="/embed/?a=1&amp;b=&quot;2&quot;"');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(code).not.toContain('<script>');
  });
});

describe('embedHeight', () => {
  const base: EmbedContent = {
    title: '子育てLINEの登録者数',
    subtitle: '北上市情報基本計画2026（案）（北上市）。北上市情報基本計画2026（案）は案です。',
    summary: 'グラフの要約：…',
    notes: [null, null],
    hasChart: true,
    noChartNotice: false,
    facts: ['所管課調べ', 'CC BY 4.0'],
  };

  it('grows with the chart, the rows, long notes and long titles, in steps of 10 px', () => {
    const h = embedHeight(base);
    expect(h % 10).toBe(0);
    expect(embedHeight({ ...base, hasChart: false })).toBeLessThan(h);
    expect(embedHeight({ ...base, notes: [null, null, null] })).toBeGreaterThan(h);
    expect(embedHeight({ ...base, notes: [null, 'あ'.repeat(60)] })).toBeGreaterThan(h);
    expect(embedHeight({ ...base, title: 'あ'.repeat(60) })).toBeGreaterThan(h);
    expect(embedHeight({ ...base, hasChart: false, noChartNotice: true })).toBeGreaterThan(embedHeight({ ...base, hasChart: false }));
  });
});
