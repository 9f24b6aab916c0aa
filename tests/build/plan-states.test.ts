/**
 * The pages that depend on a plan's state, built from fixtures: a draft open for comment with
 * published submission details, the same plan adopted with published comment results, and a
 * draft whose comment period has ended. The banner, the 意見書 page and 意見と市の考え方 follow
 * the metadata; nothing is shown that the metadata does not give.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, textOf } from './build-site.ts';

/** Rewrites the sample-2026 row of the fixture's plans.csv with extra columns. */
function withPlan(content: string, fields: Record<string, string>): void {
  const file = join(content, 'plans.csv');
  const [header, primary, ...rest] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  const cells = primary!.split(',');
  const row: Record<string, string> = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  Object.assign(row, fields);
  const all = [...new Set([...names, ...Object.keys(fields)])];
  const pad = (line: string) => `${line}${','.repeat(all.length - names.length)}`;
  writeFileSync(file, `${all.join(',')}\n${all.map((n) => row[n] ?? '').join(',')}\n${rest.map(pad).join('\n')}\n`);
}

const RESPONSES = `number,passage,passage_anchor,opinion_summary,answer,draft_changed
1,第1章(1),c1#purpose,"目的をもっと具体的に
書いてほしい。",ご意見を踏まえ、目的を具体的に書き改めました。,true
2,全体,,用語が難しい。,用語集で説明しています。,false
`;

describe('a draft open for comment, with the city’s submission details', () => {
  const site = fixtureSite((content) =>
    withPlan(content, {
      comment_start: '2026-01-01',
      comment_end: '2999-12-31',
      comment_email: 'iken@example.jp',
      comment_fax: '0197-00-0001',
    }),
  );

  it('builds', () => expect(site.build.status, site.build.output).toBe(0));

  it('says on every page of the plan that it is a draft and how to comment', () => {
    for (const path of ['index.html', 'plans/sample-2026/chapters/c1/index.html', 'plans/sample-2026/goals/g1/index.html']) {
      expect(site.text(path)).toContain(
        '見本計画2026（案）は、パブリックコメント（意見募集）のための案です。 市の最終決定ではありません。意見を募集しています（2026年1月1日から2999年12月31日まで）。',
      );
      expect(site.pages.get(path)).toContain('href="/plans/sample-2026/comments/"');
    }
  });

  it('gives the submission details and an e-mail button on the 意見書 page', () => {
    const page = site.text('plans/sample-2026/comments/index.html');
    expect(page).toContain('意見を受け付けるメールアドレス iken@example.jp');
    expect(page).toContain('宛先のFAX 0197-00-0001');
    // The draft prints no submission method: the page refers to the city's notice, never guesses one.
    expect(page).toContain('提出方法 市の告知をご確認ください');
    expect(site.pages.get('plans/sample-2026/comments/index.html')).toContain('data-output="mail"');
  });

  it('offers 「この箇所に意見を書く」 under the chapter text', () => {
    expect(site.pages.get('plans/sample-2026/chapters/c1/index.html')).toContain('この箇所に意見を書く');
  });

  it('says the results are not yet published', () => {
    expect(site.text('plans/sample-2026/responses/index.html')).toContain(
      '結果（寄せられた意見の要旨と市の考え方）は、まだ公表されていません。',
    );
  });
});

describe('an adopted plan with published comment results', () => {
  const site = fixtureSite((content) => {
    withPlan(content, { status: 'adopted', title: '見本計画2026', date: '2026-03-31' });
    writeFileSync(join(content, 'plans/sample-2026/responses.csv'), RESPONSES);
  });

  it('builds', () => expect(site.build.status, site.build.output).toBe(0));

  it('gives the adoption date instead of a draft notice, and no comment tools', () => {
    expect(site.text('index.html')).toContain('見本計画2026は、2026年3月31日に策定された計画です。');
    expect(site.text('index.html')).not.toContain('パブリックコメント');
    expect(site.pages.has('plans/sample-2026/comments/index.html')).toBe(false);
    expect(site.pages.get('plans/sample-2026/chapters/c1/index.html')).not.toContain('この箇所に意見を書く');
  });

  it('publishes each opinion with its passage linked, the answer and whether the draft changed, and the data', () => {
    const html = site.pages.get('plans/sample-2026/responses/index.html')!;
    expect(html).toContain('<a href="/plans/sample-2026/chapters/c1/#purpose">第1章(1)</a>');
    const page = textOf(html);
    expect(page).toContain('寄せられた意見2件の要旨と、それに対する市の考え方です（案を修正したもの 1件）。');
    expect(page).toContain('目的をもっと具体的に 書いてほしい。');
    expect(page).toContain('修正あり');
    expect(page).toContain('修正なし');
    expect(html).toContain('href="/data/plans/sample-2026/responses.csv"');
    const csv = readFileSync(join(site.build.outDir, 'data/plans/sample-2026/responses.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFmunicipality_code,municipality_name,plan_id,number,passage,passage_anchor,opinion_summary,answer,draft_changed,changed_passages',
    );
  });
});

describe('a draft whose comment period has ended', () => {
  const site = fixtureSite((content) => withPlan(content, { comment_start: '2020-01-01', comment_end: '2020-01-31' }));

  it('says the period ended and stops inviting comments', () => {
    expect(site.build.status, site.build.output).toBe(0);
    expect(textOf(site.pages.get('index.html')!)).toContain('意見の募集は2020年1月31日に終わりました。');
    expect(site.pages.get('plans/sample-2026/chapters/c1/index.html')).not.toContain('この箇所に意見を書く');
  });
});
