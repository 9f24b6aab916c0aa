/**
 * Builds the real site once and checks the rendered pages against the content; then builds
 * from broken fixture content to prove that bad content never builds a page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, builtPages, copyOfFixtureContent, textOf } from './build-site.ts';

describe('the real site', () => {
  const pages = builtPages(inject('outDir'));
  const text = (path: string) => {
    const html = pages.get(path);
    if (!html) throw new Error(`page not built: ${path}`);
    return textOf(html);
  };

  it('builds without errors', () => {
    expect(inject('buildStatus'), inject('buildOutput')).toBe(0);
  });

  it('builds every page type for the primary plan', () => {
    for (const path of [
      'index.html',
      'plans/index.html',
      'plans/kitakami-2026/chapters/index.html',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `plans/kitakami-2026/chapters/c${n}/index.html`),
      ...[1, 2, 3, 4].map((n) => `plans/kitakami-2026/goals/g${n}/index.html`),
      'plans/kitakami-2026/indicators/index.html',
      'plans/kitakami-2026/indicators/parenting-line-subscribers/index.html',
      'plans/kitakami-2023/results/index.html',
      'plans/kitakami-2026/glossary/index.html',
      'transcription-notes/index.html',
      'about/index.html',
      'data/columns/index.html',
      '404.html',
    ])
      expect(pages.has(path), path).toBe(true);
  });

  it('gives every page lang="ja", a title and exactly one h1', () => {
    for (const [path, html] of pages) {
      expect(html, path).toMatch(/^<!DOCTYPE html><html lang="ja">/i);
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(html, path).toContain('id="main"');
    }
  });

  it('loads nothing from another origin (links to other sites are fine; loading from them is not)', () => {
    for (const [path, html] of pages) {
      expect(html.match(/\ssrc="(?:https?:)?\/\/[^"]*"/g) ?? [], path).toEqual([]);
      expect(html.match(/<link[^>]*href="(?:https?:)?\/\/[^"]*"/g) ?? [], path).toEqual([]);
    }
  });

  it('shows the plan period with 和暦 and the unknown date as unknown on the home page', () => {
    const home = text('index.html');
    expect(home).toContain('2026〜2030年度（令和8〜12年度）');
    expect(home).toContain('令和8年●月（予定。原本の表記。まだ策定されていません）');
    expect(home).toContain('DXで実現する“うきうき”“わくわく”するデジタル地域社会');
    expect(home).toContain('現状値 3,096人（2024年度（令和6年度）） → 目標値 5,600人（2030年度（令和12年度））');
  });

  it('renders chapter 5 tables from the CSV with every figure', () => {
    const chapter5 = text('plans/kitakami-2026/chapters/c5/index.html');
    for (const figure of [
      '61.9%',
      '65%',
      '3,096人',
      '5,600人',
      '1校',
      '14校',
      '10件',
      '50件',
      '5回',
      '30回',
      '50.8%',
      '55%',
      '61%',
      '11件',
      '21件',
      '4件',
      '16件',
      '2件',
    ]) {
      expect(chapter5).toContain(figure);
    }
    expect(chapter5).toContain('2024年度（令和6年度）');
    expect(chapter5).toContain('評価方法');
  });

  it('renders chapter 3 results with the city’s marks and explains blanks', () => {
    const chapter3 = text('plans/kitakami-2026/chapters/c3/index.html');
    expect(chapter3).toContain('210人/年');
    expect(chapter3).toContain('原本では「-」（数値の記載なし）');
    expect(chapter3).toMatch(/◎ 達成/);
    expect(chapter3).toMatch(/× 未取組/);
    const results = text('plans/kitakami-2023/results/index.html');
    expect(results).toContain('DXマイスター認定数');
  });

  it('renders each chapter heading with a stable anchor and the page of the original', () => {
    const html = pages.get('plans/kitakami-2026/chapters/c1/index.html')!;
    expect(html).toMatch(
      /<h2 id="purpose">\(1\) 計画策定の趣旨<span class="dx-page-ref">原本 p\.2<\/span><a class="dx-cite-mark" href="[^"]*#purpose"[^>]*>[\s\S]*?<\/a><\/h2>/,
    );
    expect(html).toContain('href="#structure"');
  });

  it('states no licence no city has set, says whom to ask, and warns at build time that such data is not open data', () => {
    expect(inject('buildOutput')).toContain('警告が 5 件あります（サイトは作成します）。');
    expect(inject('buildOutput')).toContain(
      'content/plans.csv:2:21 列 licence: 計画「kitakami-2026」のデータのライセンス（利用条件）が決まっていません。ライセンスのないデータはオープンデータではありません',
    );
    const licenceSection = /<h2 id="licence">[\s\S]*?<h2/.exec(pages.get('data/index.html')!)![0];
    for (const [path, page] of [
      ['about/index.html', text('about/index.html')],
      ['data/index.html#licence', textOf(licenceSection)],
    ] as const) {
      expect(page, path).not.toMatch(/CC BY|クリエイティブ・コモンズ/);
      expect(page, path).toContain(
        'ライセンス（利用条件）は原本に記載がなく、このサイトでも定めていません。利用条件は北上市企画部都市プロモーション課情報政策推進室（電話 0197-72-8325）にお問い合わせください。',
      );
      expect(page, path).toContain(
        '利用条件は横手市総務企画部 情報政策課（電話 0182-35-2166、メール densan@city.yokote.lg.jp）にお問い合わせください。',
      );
    }
    expect(text('data/index.html')).toContain(
      'ライセンスが定められていないデータは、誰でも自由に二次利用できるオープンデータではありません。',
    );
  });

  it('shows what the covers and back covers print besides the title: Yokote’s contact office and e-mail, Oshu’s 「OshuDX」', () => {
    const yokote = text('plans/yokote-2023/index.html');
    expect(yokote).toContain('お問い合わせ先 横手市総務企画部 情報政策課');
    expect(yokote).toContain('メール densan@city.yokote.lg.jp');
    expect(text('about/index.html')).toContain(
      'お問い合わせ先 横手市総務企画部 情報政策課 所在地 〒013-8601 横手市条里一丁目1番1号 電話 0182-35-2166 FAX 0182-33-2239 メール densan@city.yokote.lg.jp',
    );
    expect(text('plans/oshu-2021/index.html')).toContain('表紙に印刷された語 OshuDX');
  });

  it('keeps Japanese sentences free of stray spaces from template line breaks', () => {
    const about = text('about/index.html');
    expect(about).toContain('このサイトは、自治体のデジタル・トランスフォーメーション（DX）の計画を、本文・目標・施策・指標に分けて掲載し');
  });

  it('anchors every glossary term', () => {
    const html = pages.get('plans/kitakami-2026/glossary/index.html')!;
    expect(html.match(/<h3 id="term-[a-z0-9-]+"/g)).toHaveLength(33);
    expect(html).toContain('<span lang="en">Artificial Intelligence</span>');
  });

  it('carries a reprinted definition’s transcription-note markers on the cross-plan glossary, as on the plan’s own', () => {
    const shared = text('glossary/index.html');
    // Yokote's CIO definition carries 修正5 on its own glossary page; reprinted side by side, it keeps it.
    expect(shared).toContain('最高情報統括責任者として総務企画部長を充てている。 転記の記録 [修正5]');
    expect(shared.match(/\[(修正|原文ママ)\d+\]/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('lists corrections with the strings as extracted, for every plan', () => {
    const kitakami = text('transcription-notes/kitakami-2026/index.html');
    expect(kitakami).toContain('デジタルデバйд対策');
    expect(kitakami).toContain('デジタルデバイド対策');
    for (const [id, title] of [
      ['kitakami-2023', '北上市情報基本計画2023'],
      ['morioka-2021', '(仮称)盛岡市行政デジタル・トランスフォーメーション推進計画（案）'],
      ['yokote-2023', '横手市デジタル推進計画'],
      ['oshu-2021', '奥州市DX全体方針 第3版'],
    ] as const) {
      expect(text(`transcription-notes/${id}/index.html`)).toContain(`${title}：修正した箇所`);
      expect(text('transcription-notes/index.html')).toMatch(
        new RegExp(`${title.replace(/[()]/g, '\\$&')}\\s*（修正した箇所 \\d+件、原文のまま掲載した気になる箇所 \\d+件）`),
      );
    }
  });

  it('lists every plan on the portal by municipality, with its status and period', () => {
    const portal = text('plans/index.html');
    expect(portal).toContain('このサイトに掲載している4団体の5計画です。');
    expect(portal).toContain('秋田県 横手市 横手市デジタル推進計画 2023〜2026年度（令和5〜8年度） 策定済み');
    expect(portal).toContain(
      '岩手県 盛岡市 (仮称)盛岡市行政デジタル・トランスフォーメーション推進計画（案） 2021〜2025年度（令和3〜7年度） 案',
    );
  });

  it('sets side by side each plan’s definition of a shared term, linked to its own glossary', () => {
    const html = pages.get('glossary/index.html')!;
    const rpa = /<section[^>]*>\s*<h2 id="shared-[^"]+">RPA<\/h2>[\s\S]*?<\/section>/.exec(html)![0];
    for (const plan of ['kitakami-2026', 'morioka-2021', 'yokote-2023', 'oshu-2021'])
      expect(rpa).toMatch(new RegExp(`href="/plans/${plan}/glossary/#term-[a-z0-9-]+"`));
    expect(textOf(rpa)).toContain('AI等の技術を用いて，業務効率化・自動処理を行うこと。Robotic Process Automation の略。');
  });

  it('quotes the regional figures as printed, in plan order, and says they are not ranked', () => {
    const page = text('regional/index.html');
    expect(page).toContain('順位を付けたりしていません');
    const order = ['35セットから50セットまで増やす', '現状値：27 目標値：40', 'オープンデータ公開数32'].map((f) => page.indexOf(f));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('draws each qualitative score as a radar with its figures in words, beside the same table', () => {
    const html = pages.get('plans/yokote-2023/chapters/c4/index.html')!;
    expect(html).toContain(
      'aria-label="オンラインによる申請、予約、照会等：対象とする市民の規模 5、市民生活への影響度 4、新しい生活様式への対応度 4、庁内体制への影響度 5、活用するICTの難易度 3、見込まれる費用 3（5段階）"',
    );
    expect(html.match(/<svg viewBox="0 0 220 200" role="img"/g)).toHaveLength(13);
  });

  it('shows a text-kind target as its printed wording in every indicator table, never as missing', () => {
    const cells = (path: string, id: string) => {
      const row = new RegExp(`<tr[^>]* id="[^"]*${id}"[^>]*>[\\s\\S]*?</tr>`).exec(pages.get(path)!)![0];
      return [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => textOf(m[1]!).trim());
    };
    const target = '上記27手続きは全てオンライン化し、マイナンバーカードを使ってできる手続きの利用促進を図る。';
    expect(cells('plans/morioka-2021/goals/g1/index.html', 'priority-27-procedures-online')[1]).toBe(target);
    expect(cells('plans/morioka-2021/chapters/c4/index.html', 'priority-27-procedures-online')[1]).toBe(target);
  });

  it('shows Oshu’s R3–R7 roadmap in its chapter 8 「主な取組と工程」, under each direction', () => {
    const html = pages.get('plans/oshu-2021/chapters/s8/index.html')!;
    for (const title of ['地域社会のDX推進', '行政のDX推進', 'デジタル社会の基盤づくり'])
      expect(html).toContain(`<caption>方向性「${title}」の工程表</caption>`);
    const s8 = text('plans/oshu-2021/chapters/s8/index.html');
    for (const step of ['調査、検討、実証実験', 'Fit&amp;Gap分析 移行計画策定'.replace('&amp;', '&'), 'オープンデータ公開数32'])
      expect(s8).toContain(step);
    expect(s8).toContain('令和3年度');
  });

  it('refers to Kitakami’s footnote 2 from the indicator name it is printed beside, wherever the table is shown', () => {
    for (const path of [
      'plans/kitakami-2026/chapters/c3/index.html',
      'plans/kitakami-2023/results/index.html',
      'plans/kitakami-2023/goals/g3/index.html',
    ]) {
      expect(pages.get(path), path).toMatch(
        /かんたん窓口システムの運用課<\/a><sup class="dx-note-ref"><a href="\/plans\/kitakami-2026\/chapters\/c3\/#fn-2" aria-label="注2">2<\/a><\/sup>/,
      );
    }
    expect(pages.get('plans/kitakami-2026/chapters/c3/index.html')).toContain('id="fn-2"');
  });

  it('calls Oshu’s glossary what the original calls it (用語解説)', () => {
    expect(pages.get('plans/oshu-2021/glossary/index.html')).toMatch(/<h1>用語解説<span/);
    expect(text('plans/oshu-2021/index.html')).toContain('用語解説（19 語）');
    expect(pages.get('plans/kitakami-2026/glossary/index.html')).toMatch(/<h1>用語集<span/);
  });

  it('never states a link between the plans as fact: each says whose reading it is and its basis', () => {
    const paired = [
      'plans/kitakami-2026/indicators/online-procedures',
      'plans/kitakami-2026/indicators/school-system-parent-features',
      'plans/kitakami-2026/indicators/smart-agri-seminars',
      'plans/kitakami-2023/indicators/easy-counter-departments',
      'plans/kitakami-2023/indicators/school-contact-digital',
      'plans/kitakami-2023/indicators/smart-agri-seminars',
    ];
    for (const path of paired) {
      const page = text(`${path}/index.html`);
      expect(page, path).not.toContain('引き継いだ指標です');
      expect(page, path).toMatch(
        /このサイトは、(前計画|北上市情報基本計画2026（案）)の指標 ?「[^」]+」 ?(を引き継いだ指標と|に引き継がれたと)読んでいます（見直して継続）。/,
      );
      expect(page, path).toMatch(/この対応づけはこのサイトの読み取りで、原本はこの対応を示していません。対応づけの根拠：\S/);
    }
    const compare = text('plans/kitakami-2026/compare/index.html');
    expect(compare).toContain(
      '基本施策と指標の対応づけ（どの項目がどの項目を引き継いだか、「新規」「この計画に対応なし」の判断）は原本には書かれておらず',
    );
    expect(compare).toMatch(
      /③ 学校等における業務のICT化推進 ③ 学校の安全なICT環境の整備 見直して継続 このサイトの読み取り ：前計画③の内容に「教育委員会の情報セキュリティ対策基準の策定を進める」/,
    );
    expect(compare).toContain('原本が示す対応 ：第4章(2)が「北上市情報基本計画2023」の4つの基本目標を継承するとしています');
  });

  it('shows roadmap steps with their years in words, and marks spans the source cannot place', () => {
    const oshu = text('plans/oshu-2021/goals/g3/index.html');
    expect(oshu).toContain('オープンデータ公開数32');
    const morioka = text('plans/morioka-2021/goals/g1/index.html');
    expect(morioka).toContain('優先手続きのオンライン化推進');
    // A short mark on the uncertain step, its explanation once under the roadmap.
    expect(morioka).toContain('優先手続きのオンライン化推進 令和3〜5年度 （期間は不確か※1）');
    expect(morioka.split('※1 期間は不確か：抽出されたテキストでは、この段階の文字は令和3年度の列にあり').length).toBe(2);
  });
});

describe('content problems stop the build', () => {
  it('fails with file, line, column, value, rule and fix — and builds no page', () => {
    const content = copyOfFixtureContent();
    const file = join(content, 'plans/sample-2026/observations.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2030,target,55,', '2030,target,65％,'));
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'content/plans/sample-2026/observations.csv:5:4 列 value: 「65％」は数値ではありません（単位「%」が付いています） — 65 と書き、単位「%」は indicators.csv の unit 列に書いてください [number-with-unit]',
    );
    expect(builtPages(build.outDir).size).toBe(0);
  });

  it('shows HTML inside content as text, never as markup', () => {
    const content = copyOfFixtureContent();
    const file = join(content, 'plans/sample-2026/initiatives.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('校務支援システムの利活用', '"<script>alert(1)</script><b>太字</b>の取組"'));
    const build = buildSite(content);
    expect(build.status, build.output).toBe(0);
    const goal = builtPages(build.outDir).get('plans/sample-2026/goals/g1/index.html')!;
    expect(goal).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;太字&lt;/b&gt;の取組');
    expect(goal).not.toContain('<script>alert(1)');
  });
});

describe('a score the source leaves blank', () => {
  it('is 「－」 with its note in the table and a gap in the radar, never 0', () => {
    const content = copyOfFixtureContent();
    const dir = join(content, 'plans/sample-2026');
    writeFileSync(
      join(dir, 'score-axes.csv'),
      'id,order,name,page\nreach,1,対象とする市民の規模,\nimpact,2,市民生活への影響度,\ncost,3,見込まれる費用,\n',
    );
    writeFileSync(
      join(dir, 'score-levels.csv'),
      'axis_id,level,definition\n' +
        ['reach', 'impact', 'cost'].flatMap((a) => [1, 2, 3].map((l) => `${a},${l},基準${l}`)).join('\n') +
        '\n',
    );
    writeFileSync(
      join(dir, 'scores.csv'),
      'item_id,axis_id,level,note\ng1-m1-i1,reach,3,\ng1-m1-i1,impact,,原本に評価の記載なし\ng1-m1-i1,cost,2,\n',
    );
    const chapter = join(dir, 'chapters/c1.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n::scores\n`);
    const build = buildSite(content);
    expect(build.status, build.output).toBe(0);
    const html = builtPages(build.outDir).get('plans/sample-2026/chapters/c1/index.html')!;
    expect(html).toContain(
      'aria-label="子育て支援情報のプッシュ通知の拡充：対象とする市民の規模 3、市民生活への影響度 記載なし、見込まれる費用 2（3段階）"',
    );
    expect(html).not.toMatch(/<polygon class="dx-radar__value"/);
    expect(html.match(/<polyline class="dx-radar__value" points="[^"]+"/g)).toEqual([
      '<polyline class="dx-radar__value" points="69.6,123.3 110,30"',
    ]);
    const row = textOf(/<tr[^>]* id="[^"]*scores-g1-m1-i1"[^>]*>[\s\S]*?<\/tr>/.exec(html)![0]);
    expect(row).toContain('3 － 原本に評価の記載なし 2');
  });
});

describe('the glossary woven into the text', () => {
  const pages = builtPages(inject('outDir'));
  it('lists, for each term used in the chapters, where it is used', () => {
    const html = pages.get('plans/kitakami-2026/glossary/index.html')!;
    const entry = /<h3 id="term-csirt">[\s\S]*?<\/div>/.exec(html)![0];
    expect(textOf(entry)).toContain('本文で使われている箇所： 第1章 計画の概要「(4) 計画の推進体制」');
  });
  it('does not link AI inside CAIO', () => {
    const html = pages.get('plans/kitakami-2026/chapters/c2/index.html')!;
    expect(textOf(html)).toContain('（CAIO）');
    // Every link to the AI entry, with the visible character just before it: never a Latin letter.
    const links = [...html.matchAll(/<a\b[^>]*href="[^"]*#term-ai"[^>]*>([^<]*)<\/a>/g)];
    expect(links.length).toBeGreaterThan(0);
    const before = links.map((m) => textOf(html.slice(0, m.index)).trimEnd().slice(-1));
    expect(before.filter((char) => /[A-Za-z]/.test(char))).toEqual([]);
  });
});
