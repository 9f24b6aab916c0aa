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
      'index.html', 'plans/index.html', 'plans/kitakami-2026/chapters/index.html',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `plans/kitakami-2026/chapters/c${n}/index.html`),
      ...[1, 2, 3, 4].map((n) => `plans/kitakami-2026/goals/g${n}/index.html`),
      'plans/kitakami-2026/indicators/index.html', 'plans/kitakami-2026/indicators/parenting-line-subscribers/index.html',
      'plans/kitakami-2023/results/index.html', 'plans/kitakami-2026/glossary/index.html',
      'transcription-notes/index.html', 'about/index.html', 'data/columns/index.html', '404.html',
    ]) expect(pages.has(path), path).toBe(true);
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
    expect(home).toContain('令和8年●月（原本の表記。日付は未定です）');
    expect(home).toContain('DXで実現する“うきうき”“わくわく”するデジタル地域社会');
    expect(home).toContain('現状値 3,096人（2024年度（令和6年度）） → 目標値 5,600人（2030年度（令和12年度））');
  });

  it('renders chapter 5 tables from the CSV with every figure', () => {
    const chapter5 = text('plans/kitakami-2026/chapters/c5/index.html');
    for (const figure of ['61.9%', '65%', '3,096人', '5,600人', '1校', '14校', '10件', '50件', '5回', '30回', '50.8%', '55%', '61%', '11件', '21件', '4件', '16件', '2件']) {
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
    expect(html).toMatch(/<h2 id="purpose">\(1\) 計画策定の趣旨<span class="dx-page-ref">原本 p\.2<\/span><\/h2>/);
    expect(html).toContain('href="#structure"');
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

  it('lists corrections with the strings as extracted', () => {
    const notes = text('transcription-notes/index.html');
    expect(notes).toContain('デジタルデバйд対策');
    expect(notes).toContain('デジタルデバイド対策');
  });
});

describe('content problems stop the build', () => {
  it('fails with file, line, column, value, rule and fix — and builds no page', () => {
    const content = copyOfFixtureContent();
    const file = join(content, 'plans/sample-2026/observations.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2030,target,55,', '2030,target,65％,'));
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/plans/sample-2026/observations.csv:5:4 列 value: 「65％」は数値ではありません（単位「%」が付いています） — 65 と書き、単位「%」は indicators.csv の unit 列に書いてください [number-with-unit]');
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

describe('the glossary woven into the text', () => {
  const pages = builtPages(inject('outDir'));
  it('lists, for each term used in the chapters, where it is used', () => {
    const html = pages.get('plans/kitakami-2026/glossary/index.html')!;
    const entry = /<h3 id="term-csirt">[\s\S]*?<\/div>/.exec(html)![0];
    expect(textOf(entry)).toContain('本文で使われている箇所： 第1章 計画の概要「(4) 計画の推進体制」');
  });
  it('does not link AI inside CAIO', () => {
    const html = pages.get('plans/kitakami-2026/chapters/c2/index.html')!;
    expect(html).toContain('（CAIO）');
    expect(html).not.toMatch(/C<span class="dx-term-wrap">/);
  });
});
