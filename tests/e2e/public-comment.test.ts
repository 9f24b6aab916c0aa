/**
 * What a public-comment reviewer does, in the real browser and by keyboard: cite a paragraph
 * (copy its reference and permanent link), draft three comments on passages of two chapters,
 * reload, and get a complete 意見書 (text, errors when something is missing, a text download).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordingPage, siteUrl } from './browser.ts';

const TITLE = '北上市情報基本計画2026（案）';
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openRecordingPage(browser, {
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  }));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Focuses an element as Tab would and activates it with the keyboard. */
async function press(selector: string, key = 'Enter') {
  await page.locator(selector).first().focus();
  await page.keyboard.press(key);
}

/** 「この箇所に意見を書く」 under a block of a chapter, then the opinion typed into the focused box. */
async function commentOn(chapter: string, blockId: string, opinion: string) {
  await page.goto(siteUrl(`/plans/kitakami-2026/chapters/${chapter}/`));
  // The passage mark 「¶」 at the end of the block opens its citation line.
  await press(`#${blockId} .dx-cite-mark`);
  await press(`p.dx-cite:has(a[href$="#${blockId}"]) .dx-cite__comment, span.dx-cite:has(a[href$="#${blockId}"]) .dx-cite__comment`);
  await page.waitForURL(/\/comments\/$/);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('opinion');
  await page.keyboard.type(opinion);
}

const preview = () => page.locator('#dx-letter-preview').innerText();

describe('citing a passage', () => {
  it('shows each paragraph’s reference and page, and copies it with its permanent link by keyboard', async () => {
    await page.goto(siteUrl('/plans/kitakami-2026/chapters/c4/'));
    const line = page.locator('p.dx-cite:has(a[href$="#policy-p1"])');
    expect(await line.isVisible()).toBe(false);
    await press('#policy-p1 .dx-cite-mark');
    expect(page.url()).toBe(siteUrl('/plans/kitakami-2026/chapters/c4/#policy-p1'));
    expect(await line.isVisible()).toBe(true);
    expect(await line.innerText()).toContain('第4章(1) 第1段落');
    expect(await line.innerText()).toContain('原本 p.16〜');
    await press('p.dx-cite:has(a[href$="#policy-p1"]) .dx-cite__copy');
    const expected = `${TITLE} 第4章(1) 第1段落（原本 p.16〜） ${siteUrl('/plans/kitakami-2026/chapters/c4/#policy-p1')}`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.locator('#dx-cite-status').textContent()).toBe(`引用をコピーしました：${expected}`);
  });

  it('without JavaScript still shows the references of paragraphs and table rows and their anchor links (the copy button stays hidden)', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(siteUrl('/plans/kitakami-2026/chapters/c7/'));
    // Every passage has its id, its mark (a permanent link) and its citation line in the HTML.
    const passages = await plain.evaluate(() =>
      [...document.querySelectorAll('.dx-chapter p[id], .dx-chapter li[id], .dx-chapter :is(h2, h3, h4)[id]')]
        .filter((el) => !el.closest('.dx-directive, .dx-toc') && !el.matches('.dx-footnote'))
        .map((el) => ({
          id: el.id,
          mark: el.querySelector('.dx-cite-mark')?.getAttribute('href') ?? null,
          line: [...document.querySelectorAll('.dx-cite .dx-cite__ref')].some((a) => a.getAttribute('href')?.endsWith(`#${el.id}`)),
        })),
    );
    expect(passages.length).toBeGreaterThan(10);
    for (const p of passages) expect(p).toEqual({ id: p.id, mark: `/plans/kitakami-2026/chapters/c7/#${p.id}`, line: true });
    await plain.goto(siteUrl('/plans/kitakami-2026/chapters/c7/#system-p1'));
    const line = plain.locator('p.dx-cite:has(a[href$="#system-p1"])');
    expect(await line.isVisible()).toBe(true);
    expect(await line.locator('.dx-cite__ref').innerText()).toBe('第7章（１） 第1段落');
    expect(await line.locator('.dx-cite__copy').isVisible()).toBe(false);
    expect(await line.locator('.dx-cite__comment').getAttribute('href')).toContain('/plans/kitakami-2026/comments/?cite=');
    // Table rows carry their own reference and anchor too.
    const row = plain.locator('#measures-goal-1-table1-measure-g1-m2 .dx-row-cite a');
    expect(await row.innerText()).toBe('第7章（２） 「基本目標１：DXによるスマート子育て・学びの実現」 表1 2行目');
    expect(await row.getAttribute('href')).toBe('/plans/kitakami-2026/chapters/c7/#measures-goal-1-table1-measure-g1-m2');
    await noJs.close();
  });
});

describe('the comment letter', () => {
  it('collects three comments on two chapters, survives a reload, and compiles the 意見書', async () => {
    await commentOn('c4', 'policy-p1', '「三方良し」の具体例を示してください。');
    await commentOn('c7', 'system-p1', '推進体制に市民の参加を加えてください。');
    await commentOn('c4', 'goal-1-p1', '子育て分野の指標を増やしてください。');
    for (const [field, value] of [
      ['name', '北上 花子'],
      ['address', '岩手県北上市芳町1番1号'],
      ['contact', '0197-00-0000'],
    ]) {
      await page.locator(`#dx-letter-${field}`).focus();
      await page.keyboard.type(value!);
    }
    await page.reload();
    // Move the third opinion up by keyboard: it becomes the second.
    await press('#dx-letter-opinions > li:nth-child(3) [data-action="up"]');
    expect(await page.locator('#dx-letter-status').textContent()).toBe('意見3を上に移動しました。今は意見2です。');
    const origin = siteUrl('');
    // Addressed to the office the draft prints on its back cover (000 L650–656), as printed.
    expect(await preview()).toBe(`宛先：北上市企画部都市プロモーション課情報政策推進室
〒024-8501 岩手県北上市芳町 1 番 1 号
TEL 0197-72-8325\u3000FAX 0197-63-7023

件名：${TITLE}に対する意見
氏名：北上 花子
住所：岩手県北上市芳町1番1号
連絡先：0197-00-0000

【意見1】
該当箇所：${TITLE} 第4章(1) 第1段落（原本 p.16〜）
該当箇所のURL：${origin}/plans/kitakami-2026/chapters/c4/#policy-p1
意見：
「三方良し」の具体例を示してください。

【意見2】
該当箇所：${TITLE} 第4章(2) 「基本目標 1：DXによるスマート子育て・学びの実現」 第1段落（原本 p.16〜）
該当箇所のURL：${origin}/plans/kitakami-2026/chapters/c4/#goal-1-p1
意見：
子育て分野の指標を増やしてください。

【意見3】
該当箇所：${TITLE} 第7章（１） 第1段落（原本 p.21〜）
該当箇所のURL：${origin}/plans/kitakami-2026/chapters/c7/#system-p1
意見：
推進体制に市民の参加を加えてください。
`);
  });

  it('downloads the letter as a text file that opens correctly', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), press('button[data-output="text"]')]);
    expect(download.suggestedFilename()).toBe('kitakami-2026-意見書.txt');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF宛先：北上市企画部都市プロモーション課情報政策推進室\r\n')).toBe(true);
    expect(text).toContain('\r\n件名：北上市情報基本計画2026（案）に対する意見\r\n');
    expect(text).toContain('【意見3】\r\n');
  });

  it('names what is missing, announces it, and leads to the field', async () => {
    await page.locator('#dx-letter-name').fill('');
    await page.locator('#dx-letter-name').dispatchEvent('input');
    await press('button[data-output="copy"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dx-letter-errors');
    expect(await page.locator('#dx-letter-errors li').allInnerTexts()).toEqual(['氏名を入力してください']);
    expect(await page.locator('#dx-letter-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#dx-letter-name-error').innerText()).toBe('氏名を入力してください');
    expect(await page.locator('#dx-letter-status').textContent()).toBe('入力が足りない項目が1件あります。');
    await press('#dx-letter-errors a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dx-letter-name');
  });

  it('deletes an opinion and keeps focus in the list', async () => {
    await press('#dx-letter-opinions > li:nth-child(2) [data-action="delete"]');
    expect(await page.locator('#dx-letter-opinions > li').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.closest('#dx-letter-opinions') !== null)).toBe(true);
    expect(await preview()).not.toContain('子育て分野の指標を増やしてください。');
  });
});

describe('without JavaScript', () => {
  it('explains what to send and where, with no form that cannot work', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(siteUrl('/plans/kitakami-2026/comments/'));
    const text = await plain.locator('main').innerText();
    expect(text).toContain('意見書の作成には JavaScript が必要です。');
    expect(text).toContain(`件名：${TITLE}に対する意見`);
    expect(text).toContain('募集期間\n市の告知をご確認ください');
    expect(await plain.locator('#dx-letter').isVisible()).toBe(false);
    await noJs.close();
  });
});
