import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/io/read-content-files.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import { planById } from '../../../src/lib/content/queries.ts';
import { letterAddressee, submissionRows, withAddressee, type CommentFields } from '../../../src/lib/plan-facts/comment-addressee.ts';

const { site } = validateContent(readContentFiles(join(import.meta.dirname, '../../../content')));

describe('the Kitakami 2026 draft: the letter goes to the office its back cover prints (000 L650–656)', () => {
  const plan = planById(site!, 'kitakami-2026')!.plan;
  it('addresses the letter to that office as printed', () => {
    expect(letterAddressee(plan)).toEqual([
      '宛先：北上市企画部都市プロモーション課情報政策推進室',
      '〒024-8501 岩手県北上市芳町 1 番 1 号',
      'TEL 0197-72-8325　FAX 0197-63-7023',
    ]);
    expect(withAddressee(plan, '件名：…\n')).toBe(
      '宛先：北上市企画部都市プロモーション課情報政策推進室\n〒024-8501 岩手県北上市芳町 1 番 1 号\nTEL 0197-72-8325　FAX 0197-63-7023\n\n件名：…\n',
    );
  });
  it('shows what is printed and refers the method and period to the city’s notice', () => {
    expect(submissionRows(plan)).toEqual([
      { term: '宛先', description: '北上市企画部都市プロモーション課情報政策推進室' },
      { term: '宛先の所在地', description: '〒024-8501 岩手県北上市芳町 1 番 1 号' },
      { term: '宛先の電話', description: '0197-72-8325' },
      { term: '宛先のFAX', description: '0197-63-7023' },
      { term: '募集期間', description: '市の告知をご確認ください' },
      { term: '提出方法', description: '市の告知をご確認ください' },
    ]);
  });
});

describe('submissionRows and letterAddressee', () => {
  const none: CommentFields = {
    comment_office: null,
    comment_postal_code: null,
    comment_address: null,
    comment_phone: null,
    comment_fax: null,
    comment_email: null,
    comment_url: null,
    comment_start: null,
    comment_end: null,
  };
  it('nothing given: no addressee, and only the two rows referring to the notice', () => {
    expect(letterAddressee(none)).toEqual([]);
    expect(withAddressee(none, 'body')).toBe('body');
    expect(submissionRows(none).map((r) => r.term)).toEqual(['募集期間', '提出方法']);
  });
  it('every field a city fills is shown', () => {
    const rows = submissionRows({
      ...none,
      comment_email: 'iken@city.example.jp',
      comment_url: 'https://www.city.example.jp/iken',
      comment_start: '2026-12-01',
      comment_end: '2026-12-25',
    });
    expect(rows).toEqual([
      { term: '意見を受け付けるメールアドレス', description: 'iken@city.example.jp', href: 'mailto:iken@city.example.jp' },
      { term: '募集期間', description: '2026年12月1日から2026年12月25日まで' },
      { term: '提出方法', description: '市の告知（下のページ）をご確認ください' },
      { term: '市の告知', description: 'https://www.city.example.jp/iken', href: 'https://www.city.example.jp/iken' },
    ]);
  });
});
