/**
 * The public history of every figure, built from a small repository made here: a commit that
 * publishes the plan, one that adds an actual, one that corrects it. And a plain copy of the files
 * (no repository): the site still builds and says the history is not available.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixtureContent, fixtureSite } from './build-site.ts';

/** A committer for the test repository, so commits work on a machine without a git identity. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: '北上市',
  GIT_AUTHOR_EMAIL: 'joho@example.jp',
  GIT_COMMITTER_NAME: '北上市',
  GIT_COMMITTER_EMAIL: 'joho@example.jp',
};
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: GIT_ENV });
const commitAt = (dir: string, date: string, message: string) => {
  git(dir, 'add', '-A');
  execFileSync('git', ['-C', dir, 'commit', '-q', '-m', message], { env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
};

describe('a content repository with an added and a corrected actual', () => {
  const site = fixtureSite((content) => {
    git(content, 'init', '-q');
    commitAt(content, '2026-04-01T10:00:00+09:00', '計画を掲載');
    const observations = join(content, 'plans/sample-2026/observations.csv');
    writeFileSync(observations, `${readFileSync(observations, 'utf8')}line-users,2026,actual,3600,\n`);
    commitAt(content, '2027-05-10T10:00:00+09:00', 'Add the FY2026 actual\n\n理由: 2026年度の実績を追加');
    writeFileSync(observations, readFileSync(observations, 'utf8').replace('line-users,2026,actual,3600,', 'line-users,2026,actual,3650,'));
    commitAt(content, '2027-06-01T10:00:00+09:00', 'Correct the FY2026 actual\n\n理由：2026年度の実績を訂正（集計の誤り）');
  });

  it('shows the indicator’s history on its page: first publication, then the correction with old and new value', () => {
    expect(site.build.status, site.build.output).toBe(0);
    const page = site.text('plans/sample-2026/indicators/line-users/index.html');
    expect(page).toContain('この指標の更新履歴');
    expect(page).toContain(
      '2027年6月1日 ：子育てLINEの登録者数の2026年度（令和8年度）の実績値を 3,600人 から 3,650人 に変更 理由：2026年度の実績を訂正（集計の誤り）',
    );
    expect(page).toContain('2027年5月10日 ：子育てLINEの登録者数の2026年度（令和8年度）の実績値 3,600人 を掲載');
    expect(page).toContain('2026年4月1日 ：値を2件掲載');
  });

  it('publishes only the reason a commit writes for readers (「理由:」), never its message', () => {
    const outputs = [
      site.text('history/index.html'),
      site.text('plans/sample-2026/indicators/line-users/index.html'),
      readFileSync(join(site.build.outDir, 'data/history.csv'), 'utf8'),
      readFileSync(join(site.build.outDir, 'data/history.json'), 'utf8'),
      readFileSync(join(site.build.outDir, 'history/feed.xml'), 'utf8'),
    ];
    for (const text of outputs) {
      expect(text).not.toContain('Correct the FY2026 actual');
      expect(text).not.toContain('Add the FY2026 actual');
    }
    expect(outputs[0]).toContain('理由：2026年度の実績を追加');
    // The first commit gives no reason: its changes are listed without one.
    expect(outputs[0]).not.toContain('計画を掲載');
  });

  it('lists every change on the site-wide page, newest first, and publishes it as CSV, JSON and Atom', () => {
    const page = site.text('history/index.html');
    expect(page.indexOf('2027年6月1日')).toBeLessThan(page.indexOf('2027年5月10日'));
    const csv = readFileSync(join(site.build.outDir, 'data/history.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFdate,commit,reason,type,plan_id,indicator_id,fiscal_year,value_kind,before,after,summary');
    expect(csv[1]).toMatch(
      /^2027-06-01,[0-9a-f]{40},2026年度の実績を訂正（集計の誤り）,value-changed,sample-2026,line-users,2026,actual,3600,3650,/,
    );
    const json = JSON.parse(readFileSync(join(site.build.outDir, 'data/history.json'), 'utf8')) as { type: string }[];
    // Newest first: the correction, the added actual, then the first publication of both fixture plans.
    const types = json.map((r) => r.type);
    expect(types.slice(0, 2)).toEqual(['value-changed', 'value-added']);
    expect(types.filter((t) => t === 'status-changed')).toHaveLength(2);
    expect(types.filter((t) => t === 'value-removed')).toHaveLength(0);
    const feed = readFileSync(join(site.build.outDir, 'history/feed.xml'), 'utf8');
    expect(feed).toContain(
      '<title>見本計画2026（案）：子育てLINEの登録者数：2026年度（令和8年度）の実績値を 3,600人 から 3,650人 に変更</title>',
    );
    expect(feed).toContain('<updated>2027-06-01T10:00:00+09:00</updated>');
    expect(site.pages.get('index.html')).toContain(
      '<link rel="alternate" type="application/atom+xml" title="更新履歴（数値の掲載と変更）" href="/history/feed.xml">',
    );
  });
});

describe('a plain copy of the content, without repository history', () => {
  const site = fixtureSite(() => {});
  it('builds and says the history is not available, inventing none', () => {
    expect(site.build.status, site.build.output).toBe(0);
    expect(site.text('history/index.html')).toContain('元データの変更履歴がない環境で作られたため、更新履歴を表示できません。');
    expect(site.text('plans/sample-2026/indicators/line-users/index.html')).toContain('更新履歴を表示できません。');
    expect(readFileSync(join(site.build.outDir, 'data/history.csv'), 'utf8')).toBe(
      '\uFEFFdate,commit,reason,type,plan_id,indicator_id,fiscal_year,value_kind,before,after,summary\r\n',
    );
  });

  it('says once on /data/ why files carry no last-change day, instead of 「不明」 on every row', () => {
    const data = site.text('data/index.html');
    expect(data).toContain('元データの変更履歴（リポジトリの記録）がない環境で作られたため、ファイルごとの最終更新日は示していません。');
    // Neither a 「最終更新日：不明」 line nor a 不明 cell (the column dictionary's 「不明なら空欄」 is a rule, not a date).
    expect(data).not.toMatch(/最終更新日：|\s不明\s/);
  });
});

describe('a history that starts where site.csv says (history_start)', () => {
  const site = fixtureSite((content) => {
    git(content, 'init', '-q');
    const observations = join(content, 'plans/sample-2026/observations.csv');
    const original = readFileSync(observations, 'utf8');
    // Preparation before the start day: a typo committed and fixed.
    writeFileSync(observations, `${original}line-users,2026,actual,36000,\n`);
    commitAt(content, '2026-03-01T10:00:00+09:00', 'Transcribe the plan');
    writeFileSync(observations, `${original}line-users,2026,actual,3600,\n`);
    commitAt(content, '2026-03-02T10:00:00+09:00', 'Fix a typo\n\n理由: 入力の誤りを訂正');
    writeFileSync(join(content, 'site.csv'), 'history_start\n2026-04-01\n');
    commitAt(content, '2026-03-03T10:00:00+09:00', 'Set the start');
    writeFileSync(observations, readFileSync(observations, 'utf8').replace('line-users,2026,actual,3600,', 'line-users,2026,actual,3650,'));
    commitAt(content, '2027-06-01T10:00:00+09:00', 'Correct\n\n理由: 2026年度の実績を訂正');
  });

  it('shows the preparation as one first publication on the start day, and later changes one by one', () => {
    expect(site.build.status, site.build.output).toBe(0);
    const history = site.text('history/index.html');
    expect(history).toContain('この記録は2026年4月1日のこのサイトでの公開から始まります。');
    expect(history).toContain('このサイトでの公開（それまでの準備の作業は、この1件にまとめています）');
    expect(history).toContain('2026年4月1日');
    expect(history).toContain('3,600人 から 3,650人 に変更');
    // The typo and its fix happened before the start: not history.
    expect(history).not.toContain('36,000');
    expect(history).not.toContain('入力の誤りを訂正');
    expect(history).not.toContain('2026年3月');
  });
});

/** Every character XML 1.0 allows (the Char production); a feed with any other does not parse. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('a content repository whose commits would have broken the site', () => {
  const site = fixtureSite((content) => {
    git(content, 'init', '-q');
    commitAt(content, '1970-01-01T00:00:00Z', '計画を掲載');
    const observations = join(content, 'plans/sample-2026/observations.csv');
    const original = readFileSync(observations, 'utf8');
    // A value of fiscal year 1900 (refused by today's validation) committed once, deleted in the next commit.
    writeFileSync(observations, `${original}line-users,1900,actual,1,\n`);
    commitAt(content, '2027-05-10T10:00:00+09:00', '誤った年度の値');
    writeFileSync(observations, original);
    commitAt(content, '2027-05-11T10:00:00+09:00', '誤りを削除');
    // A message holding the separators the old reader split on, control characters and a bidi override.
    writeFileSync(observations, `${original}line-users,2026,actual,3600,\n`);
    commitAt(content, '2027-06-01T10:00:00+09:00', 'Add\n\n理由: A\x1e1\x1f2\x1fx\x07ベル\x1b[31m\x0b\u202Eお知らせ');
  });

  it('builds, warns about the past value it cannot show, and never shows NaN or undefined', () => {
    expect(site.build.status, site.build.output).toBe(0);
    expect(site.build.output).toContain('年度「1900」は昭和より前で、今のサイトでは表示できません');
    const page = site.text('history/index.html');
    expect(page).not.toMatch(/NaN|undefined/);
    expect(page).toContain('A12xベル[31mお知らせ');
  });

  it('keeps control characters and bidi overrides out of the page, the CSV, the JSON and the feed, which parses as XML', () => {
    const csv = readFileSync(join(site.build.outDir, 'data/history.csv'), 'utf8');
    const json = readFileSync(join(site.build.outDir, 'data/history.json'), 'utf8');
    const feed = readFileSync(join(site.build.outDir, 'history/feed.xml'), 'utf8');
    for (const text of [csv, feed, site.text('history/index.html'), site.text('plans/sample-2026/indicators/line-users/index.html')])
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]/);
    expect(json).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f])|\\u202e|\u202e/i);
    expect(feed).toMatch(XML_CHARS);
    expect(csv.split('\r\n')[1]).toMatch(
      /^2027-06-01,[0-9a-f]{40},A12xベル\[31mお知らせ,value-added,sample-2026,line-users,2026,actual,,3600,/,
    );
  });

  it('stamps the data zip with a date a zip can hold (the first commit is dated 1970)', () => {
    expect(readFileSync(join(site.build.outDir, 'data/dx-plan-data.zip')).length).toBeGreaterThan(22);
  });
});

describe('the feed of a site with a public address', () => {
  let feed = '';
  beforeAll(() => {
    const content = copyOfFixtureContent();
    git(content, 'init', '-q');
    commitAt(content, '2026-04-01T10:00:00+09:00', '計画を掲載');
    const build = buildSite(content, { SITE_URL: 'https://www.city.example.lg.jp', BASE_PATH: '/dx/' });
    expect(build.status, build.output).toBe(0);
    feed = readFileSync(join(build.outDir, 'history/feed.xml'), 'utf8');
  });

  it('links absolutely under SITE_URL and the base path', () => {
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://www.city.example.lg.jp/dx/history/feed.xml"/>');
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://www.city.example.lg.jp/dx/plans/sample-2026/indicators/satisfaction/#v-2030-target"/>',
    );
    expect(feed).not.toMatch(/href="\//);
  });
});
