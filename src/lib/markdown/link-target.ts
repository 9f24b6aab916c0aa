import { isEmailAddress } from '../validate/email-address.ts';
import type { LinkKind } from './types.ts';

/** Why a link's address is refused: what is wrong and what to write instead. */
export interface LinkProblem {
  message: string;
  hint: string;
}

const HOST = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * What a link in chapter text may point to: an https:// address, a mailto: address, a page of this
 * site written from the site's root (`/plans/kitakami-2026/indicators/`), or a place in the same
 * chapter (`#goals`). Everything else is refused: http:// (not encrypted), javascript: and data:
 * (run or embed code), and relative paths (`../x`, `page.html`), which break under a base path and
 * from pages that show a section elsewhere.
 */
export function linkKind(url: string): { kind: LinkKind } | LinkProblem {
  if (url === '') return { message: 'リンク先が空です', hint: '[文字](https://…) の ( ) の中にリンク先を書いてください' };
  if (/\s/.test(url))
    return { message: `リンク先「${url}」に空白が含まれています`, hint: '空白を削除してください。文字の区切りが必要なら %20 と書きます' };
  // A bare address runs on into the text after it (「https://…/をご覧ください」 is one link).
  if (/[^\x21-\x7e]/.test(url))
    return {
      message: `リンク先「${url}」に半角英数字と記号以外の文字が含まれています`,
      hint: 'アドレスのすぐ後に文字を続けると、その文字までリンクになります。[文字](https://…) の形で書くか、アドレスの後に半角スペースを入れてください。日本語を含むアドレスは %E5%8C%97 のような形に変換して書きます',
    };
  if (url.startsWith('#')) {
    return /^#[a-z0-9]+(-[a-z0-9]+)*$/.test(url)
      ? { kind: 'anchor' }
      : {
          message: `ページ内リンク「${url}」の ID を読めません`,
          hint: '# の後に、この章の見出しの ID（半角英小文字・数字・ハイフン）を書いてください（例: #goals）',
        };
  }
  if (url.startsWith('/') && !url.startsWith('//')) {
    return /^\/[A-Za-z0-9\-._~/%?=&#]*$/.test(url) && !/(^|\/)\.\.?(\/|$)/.test(url)
      ? { kind: 'internal' }
      : {
          message: `サイト内リンク「${url}」を読めません`,
          hint: 'サイト内のページは /plans/kitakami-2026/indicators/ のように、/ から始まるページの住所（.. を含まない）で書いてください',
        };
  }
  if (/^https:\/\//i.test(url)) {
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // reported below
    }
    return HOST.test(host) && !/^https:\/\/[^/]*@/i.test(url)
      ? { kind: 'external' }
      : {
          message: `リンク先「${url}」は URL として読めません`,
          hint: 'https://www.city.example.jp/ のような、https:// で始まるアドレスを書いてください',
        };
  }
  if (/^mailto:/i.test(url)) {
    return isEmailAddress(url.slice('mailto:'.length))
      ? { kind: 'mail' }
      : {
          message: `リンク先「${url}」はメールアドレスとして読めません`,
          hint: 'mailto: の後にメールアドレスを1つだけ書いてください（例: mailto:dx@city.example.jp）。?subject= などは付けられません',
        };
  }
  if (/^http:\/\//i.test(url))
    return {
      message: `リンク先「${url}」は暗号化されない http:// のアドレスです`,
      hint: `https:// で始まるアドレスにしてください（${url.replace(/^http:/i, 'https:')} が開けるか確かめてください）。「www.…」と書いた文字も http:// のリンクになります`,
    };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme)
    return {
      message: `リンク先「${url}」の「${scheme}:」は使えません`,
      hint: '使えるリンク先は https:// のアドレス、mailto: のメールアドレス、/ から始まるサイト内のページ、# から始まる章の中の見出しです',
    };
  return {
    message: `リンク先「${url}」は相対パスです`,
    hint: 'サイト内のページは / から始まる住所（例: /plans/kitakami-2026/indicators/）で、章の中の見出しは #goals のように書いてください',
  };
}

/** Appended to the text of a link that leaves the site, so every reader knows before following it. */
export const EXTERNAL_LINK_MARK = '（外部サイト）';

/**
 * Where a chapter link goes when rendered: a site page under the deployment's base path
 * (`withBase`), an in-chapter anchor on the page the chapter's notes live on (`noteBase`, '' on the
 * chapter page itself, the chapter's URL where a section is shown elsewhere), other links as written.
 */
export function linkHref(link: { href: string; kind: LinkKind }, noteBase: string, withBase: (path: string) => string): string {
  switch (link.kind) {
    case 'internal':
      return withBase(link.href);
    case 'anchor':
      return `${noteBase}${link.href}`;
    default:
      return link.href;
  }
}
