import { describe, expect, it } from 'vitest';
import {
  frontPlanText,
  MATCH,
  queryWords,
  rankResults,
  scriptWords,
  withSynonymHits,
  type FoundPage,
  type SearchHit,
} from '../../../src/lib/search/rank-results.ts';

/**
 * A found page as Pagefind gives it: the title (h1) first, then the text of the top of the page,
 * then each section under a heading with an id.
 */
function page(
  url: string,
  title: string,
  type: string,
  top: string,
  sections: [id: string, heading: string, text: string][] = [],
): FoundPage {
  const words = [`${title}. `, `${top} `];
  const headings: FoundPage['headings'] = [];
  for (const [id, heading, text] of sections) {
    headings.push({ id, text: heading, location: words.length });
    words.push(`${heading}. `, `${text} `);
  }
  return { url, title, plan: '奥州市DX全体方針 第3版', type, words, headings };
}

const glossary = page('/plans/oshu/glossary/', '用語集', '用語', '19語です。', [
  ['term-smart-agriculture', 'スマート農業', 'ロボット技術や情報通信技術を活用する農業。'],
  ['term-smart-meter', 'スマートメーター（水道）', '通信機能を備えた水道メーター。'],
]);
const chapter = page('/plans/oshu/chapters/s5/', '5. 施策一覧', '章', '施策の一覧です。', [
  ['list-community', '(1) 地域社会のDX推進', 'スマート農業の推進。水道メーターの更新。'],
  ['list-water', '(2) 水道', '水道開栓閉栓のネット予約・スマートメーターの導入。'],
]);
const farming = page('/plans/oshu/chapters/s8/', '8. 主な取組と工程', '章', '', [
  ['community', '(1) 地域社会', 'スマート農業推進 農政課。'],
]);

const urls = (hits: SearchHit[]) => hits.map((h) => h.url);
const marked = (hit: SearchHit) => hit.excerpt.filter((p) => p.mark).map((p) => p.text);
const excerptText = (hit: SearchHit) => hit.excerpt.map((p) => p.text).join('');

describe('rankResults: the query as a whole', () => {
  it('drops pages that only share a part of the query (スマート農業 for スマートメーター)', () => {
    expect(urls(rankResults([farming, chapter, glossary], 'スマートメーター'))).toEqual([
      '/plans/oshu/glossary/#term-smart-meter',
      '/plans/oshu/chapters/s5/#list-water',
    ]);
  });
  it('shows no result rather than a near miss (こうむ is not こうした)', () => {
    const text = page('/plans/morioka/chapters/c1/', '第1章', '章', 'こうした状況のもと、行政のこと。');
    expect(rankResults([text], 'こうむ')).toEqual([]);
  });
  it('needs every word of a query with spaces, and lists the words together first', () => {
    const together = page('/a/', '指標A', '指標', '避難所のWi-Fi整備率。');
    const apart = page('/b/', '指標B', '指標', '避難所の数。公共施設のWi-Fi。');
    const one = page('/c/', '指標C', '指標', '避難所の数。');
    const hits = rankResults([apart, one, together], '避難所 Wi-Fi');
    expect(urls(hits)).toEqual(['/b/', '/a/']);
    expect(hits.map((h) => h.rank)).toEqual([MATCH.words, MATCH.words]);
    expect(urls(rankResults([apart, one, together], 'Wi-Fi 整備率'))).toEqual(['/a/']);
  });
  it('ignores an empty query', () => {
    expect(rankResults([chapter], '  　')).toEqual([]);
    expect(queryWords(' Ｗｉ－Ｆｉ　整備率 ')).toEqual(['wifi', '整備率']);
  });
});

describe('rankResults: folding', () => {
  it('finds katakana text from a hiragana query and marks the text as printed', () => {
    const [hit] = rankResults([glossary], 'すまーとめーたー');
    expect(hit!.url).toBe('/plans/oshu/glossary/#term-smart-meter');
    expect(marked(hit!)).toEqual(['スマートメーター']);
    expect(hit!.highlight).toBe('スマートメーター');
  });
  it('finds half-width text from full-width letters and text printed with spaces or a middle dot', () => {
    const text = page('/x/', '第2章', '章', '生成 AI の活用とデジタル・デバイドの解消。Wi-Fiの整備。');
    expect(marked(rankResults([text], 'ＷｉＦｉ')[0]!)).toEqual(['Wi-Fi']);
    expect(marked(rankResults([text], '生成AI')[0]!)).toEqual(['生成 AI']);
    expect(marked(rankResults([text], 'でじたるでばいど')[0]!)).toEqual(['デジタル・デバイド']);
  });
});

describe('rankResults: the exact phrase first', () => {
  it('lists results whose title holds the query, then those with the phrase, then those with its words apart; Pagefind order within each', () => {
    const apart = page('/apart/', 'ページ1', '章', '水道のメーター、スマート化。');
    const phrase = page('/phrase/', 'ページ2', '章', 'スマートメーターの導入。');
    const titled = page('/titled/', 'スマートメーターの導入', '施策', '水道課が担当します。');
    const hits = rankResults([apart, phrase, titled], 'スマート メーター');
    expect(urls(hits)).toEqual(['/titled/', '/phrase/', '/apart/']);
    expect(hits.map((h) => h.rank)).toEqual([MATCH.title, MATCH.phrase, MATCH.words]);
  });
  it('within a page, lands on the section with the phrase, not the first section with a part of it', () => {
    const [hit] = rankResults([chapter], 'スマートメーター');
    expect(hit!.url).toBe('/plans/oshu/chapters/s5/#list-water');
    expect(hit!.section).toBe('(2) 水道');
    expect(hit!.title).toBe('5. 施策一覧');
  });
  it('gives a glossary page one result per entry, the entry named by the query first', () => {
    const hits = rankResults([glossary], 'スマート');
    expect(urls(hits)).toEqual(['/plans/oshu/glossary/#term-smart-agriculture', '/plans/oshu/glossary/#term-smart-meter']);
    const water = rankResults([glossary], '水道');
    expect(urls(water)).toEqual(['/plans/oshu/glossary/#term-smart-meter']);
    expect(water[0]!.title).toBe('スマートメーター（水道）');
  });
  it('opens a page named by the query at its top, and quotes the text where it also occurs', () => {
    const indicator = page('/plans/k/indicators/school/', '校務支援システムの稼働学校数', '指標', '値の種類：累計', [
      ['values', '値', '校務支援システムを1校で稼働。'],
    ]);
    const [hit] = rankResults([indicator], '校務');
    expect(hit).toMatchObject({ url: '/plans/k/indicators/school/', section: null, rank: MATCH.title });
    expect(excerptText(hit!)).toContain('校務支援システムを1校で稼働');
  });
});

describe('rankResults: glossary records', () => {
  const record: FoundPage = {
    url: '/plans/k/glossary/#term-generative-ai',
    title: '生成 AI',
    plan: '北上市',
    type: '用語',
    words: ['生成 AI ', 'せいせいえーあい ', 'セイセイエーアイ'],
    headings: [],
    record: { names: ['生成 AI', 'せいせいえーあい'], definition: '新しいコンテンツを生成できる人工知能。' },
  };
  const kitakamiGlossary: FoundPage = {
    ...page('/plans/k/glossary/', '用語集', '用語', '', [['term-generative-ai', '生成 AI', '新しいコンテンツを生成できる人工知能。']]),
    plan: '北上市',
  };
  it('finds an entry by a reading no page prints, and shows that reading', () => {
    const [hit, ...rest] = rankResults([record], 'せいせいえーあい');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ url: '/plans/k/glossary/#term-generative-ai', title: '生成 AI', rank: MATCH.title, highlight: '生成 AI' });
    expect(marked(hit!)).toEqual(['せいせいえーあい']);
    expect(excerptText(hit!)).toBe('生成 AI、せいせいえーあい：新しいコンテンツを生成できる人工知能。');
  });
  it("gives one result for an entry found both on its page and as a record: the page's, at the better place", () => {
    const hits = rankResults([chapter, record, kitakamiGlossary], '生成AI');
    expect(urls(hits)).toEqual(['/plans/k/glossary/#term-generative-ai']);
    expect(excerptText(hits[0]!)).toContain('生成 AI. 新しいコンテンツ');
  });
});

describe('rankResults: excerpts', () => {
  it('for words apart, quotes the place where they are closest, and prefers a section with them close together', () => {
    const far = `${'あ'.repeat(20)}オープンデータの公開${'い'.repeat(200)}CSVをダウンロード`;
    const data = page('/data/', 'オープンデータ', 'データ', 'このサイトのすべての表を、CSV と JSON でダウンロードできます。', [
      ['catalogue', 'データの一覧', far],
    ]);
    const [hit] = rankResults([data], 'オープンデータ CSV');
    expect(hit!.url).toBe('/data/');
    expect(excerptText(hit!)).toBe('オープンデータ. このサイトのすべての表を、CSV と JSON でダウンロードできます。');
    expect(marked(hit!)).toEqual(['オープンデータ', 'CSV']);
    const near = page('/near/', '一覧', '章', far.replace('い'.repeat(200), 'と'));
    expect(marked(rankResults([near], 'CSV オープンデータ')[0]!)).toEqual(['オープンデータ', 'CSV']);
  });
  it('quotes the text around the first match, with ellipses where it is cut, marking every match in it', () => {
    const long = page('/long/', '第3章', '章', `${'あ'.repeat(100)}スマート農業と${'い'.repeat(10)}スマート農業${'う'.repeat(100)}`);
    const [hit] = rankResults([long], 'スマート農業');
    expect(hit!.excerpt[0]).toEqual({ text: '…', mark: false });
    expect(hit!.excerpt.at(-1)).toEqual({ text: '…', mark: false });
    expect(marked(hit!)).toEqual(['スマート農業', 'スマート農業']);
    expect(excerptText(hit!).length).toBeLessThanOrEqual(92);
  });
});

describe('rankResults: all the words of a one-word query, after the query as typed (issue 23)', () => {
  const procedures = page('/plans/k/chapters/c4/', '第4章 施策', '章', '', [
    ['goal-1', '(1) 行政', '行政手続きのオンライン化を進め、オンライン申請を広げます。'],
  ]);
  const online = page('/plans/k/chapters/c2/', '第2章 動向', '章', 'オンライン会議が広がりました。');

  it.each([
    ['オンライン手続', ['オンライン', '手続']],
    ['オンライン手続き', ['オンライン', '手続キ']],
    ['マイナンバーカード', ['マイナンバーカード']],
    ['AI活用', ['ai', '活用']],
  ])('cuts %s where its script changes', (query, words) => {
    expect(scriptWords(query)).toEqual(words);
  });

  it('finds the page with every word, ranked as words apart, and not a page with only one', () => {
    const hits = rankResults([online, procedures], 'オンライン手続');
    expect(urls(hits)).toEqual(['/plans/k/chapters/c4/#goal-1']);
    expect(hits[0]!.rank).toBe(MATCH.words);
    expect(marked(hits[0]!)).toEqual(['手続', 'オンライン', 'オンライン']);
  });

  it('lists the pages with the query as typed first, then those with all its words', () => {
    const phrase = page('/plans/k/chapters/c5/', '第5章', '章', 'オンライン手続の案内。');
    const hits = rankResults([procedures, phrase], 'オンライン手続');
    expect(urls(hits)).toEqual(['/plans/k/chapters/c5/', '/plans/k/chapters/c4/#goal-1']);
    expect(hits.map((h) => h.rank)).toEqual([MATCH.phrase, MATCH.words]);
  });
});

describe("frontPlanText: the plan's own text before its glossary entry (issue 23)", () => {
  const K = '北上市情報基本計画2026（案）';
  const Y = '横手市デジタル推進計画';
  const hit = (url: string, plan: string, type: string, rank: SearchHit['rank']): SearchHit => ({
    url,
    title: url,
    section: null,
    plan,
    type,
    excerpt: [],
    highlight: '',
    rank,
  });
  const glossaryK = hit('/k/glossary/#term-card', K, '用語', MATCH.title);
  const glossaryY = hit('/y/glossary/#term-card', Y, '用語', MATCH.title);
  const indicatorY = hit('/y/indicators/card/', Y, '指標', MATCH.title);
  const chapterY = hit('/y/chapters/c4/', Y, '章', MATCH.phrase);
  const chapterK = hit('/k/chapters/c2/#national', K, '章', MATCH.phrase);
  const apartK = hit('/k/chapters/c5/', K, '章', MATCH.words);
  const hits = [indicatorY, glossaryK, glossaryY, chapterY, apartK, chapterK];

  it("moves the reader's plan's first chapter with the phrase to just before the glossary entries, when the plan defines the term", () => {
    expect(urls(frontPlanText(hits, K))).toEqual([
      '/y/indicators/card/',
      '/k/chapters/c2/#national',
      '/k/glossary/#term-card',
      '/y/glossary/#term-card',
      '/y/chapters/c4/',
      '/k/chapters/c5/',
    ]);
    expect(urls(frontPlanText(hits, Y)).slice(0, 3)).toEqual(['/y/indicators/card/', '/y/chapters/c4/', '/k/glossary/#term-card']);
  });
  it("moves nothing without a plan, when the plan's glossary does not define the query, or when its text has the words apart only", () => {
    expect(frontPlanText(hits, undefined)).toEqual(hits);
    expect(frontPlanText([glossaryY, chapterK], K)).toEqual([glossaryY, chapterK]);
    expect(frontPlanText([glossaryK, apartK], K)).toEqual([glossaryK, apartK]);
    expect(frontPlanText([chapterK, glossaryK], K)).toEqual([chapterK, glossaryK]);
  });
  it('is applied by rankResults with the plan', () => {
    const entry = page('/plans/oshu/glossary/', '用語集', '用語', '', [
      ['term-meter', 'スマートメーター', '通信機能を備えた水道メーター。'],
    ]);
    const text = page('/plans/oshu/chapters/s5/', '5. 施策一覧', '章', 'スマートメーターの導入。');
    expect(urls(rankResults([entry, text], 'スマートメーター'))).toEqual(['/plans/oshu/glossary/#term-meter', '/plans/oshu/chapters/s5/']);
    expect(urls(rankResults([entry, text], 'スマートメーター', { plan: '奥州市DX全体方針 第3版' }))).toEqual([
      '/plans/oshu/chapters/s5/',
      '/plans/oshu/glossary/#term-meter',
    ]);
  });
});

describe('withSynonymHits', () => {
  const hit = (url: string, rank: SearchHit['rank']): SearchHit => ({
    url,
    title: url,
    section: null,
    plan: 'P',
    type: '章',
    excerpt: [],
    highlight: '',
    rank,
  });
  it("lists the query's whole matches, the synonyms' whole matches, then the words apart of each; a page once", () => {
    const own = [hit('/a/', MATCH.title), hit('/b/', MATCH.phrase), hit('/c/', MATCH.words)];
    const bySynonym = [
      { ...hit('/b/', MATCH.title), synonym: '無線 LAN' },
      { ...hit('/d/', MATCH.phrase), synonym: '無線 LAN' },
      { ...hit('/e/', MATCH.words), synonym: '無線 LAN' },
      { ...hit('/d/', MATCH.phrase), synonym: 'ワイファイ' },
    ];
    const merged = withSynonymHits(own, bySynonym);
    expect(urls(merged)).toEqual(['/a/', '/b/', '/d/', '/c/', '/e/']);
    expect(merged.map((h) => ('synonym' in h ? h.synonym : null))).toEqual([null, null, '無線 LAN', null, '無線 LAN']);
  });
});

describe('excerpts of table cells', () => {
  it("drop Pagefind's full stop before the index's cell and row separators", () => {
    const table = page(
      '/y/chapters/c2/',
      '第2章',
      '章',
      '表 1 項目 ｜ 実績値 ／ よこて安全・安心メール. ｜ 7,041件. ／ 図書貸出予約システム. ｜ 14,406件.',
    );
    const [hit] = rankResults([table], '7,041件');
    expect(excerptText(hit!)).toContain('表 1 項目 ｜ 実績値 ／ よこて安全・安心メール ｜ 7,041件 ／ 図書貸出予約システム ｜ 14,406件.');
  });
});

describe('rankResults: glossary definitions after the text when the words are apart', () => {
  it('lists a page with the words before a glossary entry whose definition only uses them', () => {
    const entry = page('/k/glossary/', '用語集', '用語', '', [['term-emaff', 'eMAFF', '申請や手続きをオンラインで行えるサービス。']]);
    const text = page('/k/chapters/c7/', '第7章', '章', '手続きのオンライン化を進めます。');
    expect(urls(rankResults([entry, text], 'オンライン手続'))).toEqual(['/k/chapters/c7/', '/k/glossary/#term-emaff']);
    expect(urls(rankResults([entry, text], 'オンライン 手続き'))).toEqual(['/k/chapters/c7/', '/k/glossary/#term-emaff']);
  });
});

describe("excerpts without Pagefind's sentence stops in Japanese text", () => {
  it('drops the full stop Pagefind adds after a heading or list item, and keeps one in Latin text', () => {
    const [hit] = rankResults([glossary], 'スマートメーター');
    expect(excerptText(hit!)).toContain('スマートメーター（水道） 通信機能を備えた水道メーター。');
    const latin = page('/x/', 'X', '章', 'Ver. 2 の手順。');
    expect(excerptText(rankResults([latin], '手順')[0]!)).toContain('Ver. 2 の手順。');
  });
});
