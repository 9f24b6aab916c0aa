import type { ContentError } from '../validate/content-error.ts';
import { settingLocation as at, type SiteSettings } from './site-settings.ts';

/** A public origin: scheme, host and an optional port; no path, query or fragment. */
const ORIGIN = /^https?:\/\/([A-Za-z0-9.-]+)(?::(\d+))?$/;
/** A path of plain URL segments. */
const BASE_PATH = /^\/([A-Za-z0-9._~-]+\/)*$/;
/** DNS limits (RFC 1035): a host name of at most 253 characters, each label at most 63. */
const MAX_HOST = 253;
const MAX_LABEL = 63;
/** A base path longer than this is a mistake (a pasted URL or text), never a deployment. */
const MAX_BASE_PATH = 200;

const SITE_URL_HINT =
  'https:// で始まり、パスを含まないアドレスを書いてください（例: https://www.city.example.lg.jp）。パスは base_path（BASE_PATH）に書きます';

/** What is wrong with a public address, in Japanese, or null when it is usable. */
function siteUrlProblem(siteUrl: string): { message: string; hint: string } | null {
  const shown = siteUrl.length > 80 ? `${siteUrl.slice(0, 80)}…（${siteUrl.length} 文字）` : siteUrl;
  const origin = ORIGIN.exec(siteUrl);
  if (!origin) return { message: `「${shown}」は公開するアドレスの形ではありません`, hint: SITE_URL_HINT };
  const [, host, port] = origin as unknown as [string, string, string | undefined];
  if (host.length > MAX_HOST || host.split('.').some((label) => label.length > MAX_LABEL))
    return {
      message: `「${shown}」のホスト名が長すぎます（全体で ${MAX_HOST} 文字、「.」で区切った各部分は ${MAX_LABEL} 文字まで）`,
      hint: '公開するサーバーのアドレスを、ホスト名だけ正しく書いてください（例: https://www.city.example.lg.jp）',
    };
  if (host.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-')))
    return {
      message: `「${shown}」のホスト名「${host}」は正しい形ではありません（空の部分や、- で始まる・終わる部分があります）`,
      hint: SITE_URL_HINT,
    };
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    return {
      message: `「${shown}」のポート番号 ${port} は使えません（1〜65535 です）`,
      hint: 'ポート番号を直すか、通常のポート（https は 443）なら「:」から後を削除してください',
    };
  // What browsers and Astro read (an all-digit host such as 999.1.1.1 is an IP address there, and refused).
  if (!URL.canParse(siteUrl))
    return { message: `「${shown}」はブラウザが読めるアドレスではありません（ホスト名「${host}」）`, hint: SITE_URL_HINT };
  return null;
}

/** What is wrong with a base path, in Japanese, or null when it is usable. */
function basePathProblem(basePath: string): { message: string; hint: string } | null {
  const example = '例: /dx/';
  if (basePath.length > MAX_BASE_PATH)
    return {
      message: `公開するパス（${basePath.length} 文字）が長すぎます（${MAX_BASE_PATH} 文字まで）`,
      hint: `サイトを置くフォルダのパスだけを書いてください（${example}）`,
    };
  const segments = basePath.split('/').slice(1, -1);
  // `..` and `.` would leave the site working at another path, where no header rule matches it.
  if (segments.some((s) => s === '.' || s === '..'))
    return {
      message: `「${basePath}」は「.」や「..」を含むため、公開するパスに使えません（ヘッダーの規則がどのページにも当たらず、CSP などの保護が外れます）`,
      hint: `「.」「..」を使わず、サイトを置くパスそのものを書いてください（${example}。直下なら空欄）`,
    };
  if (segments.some((s) => s === ''))
    return { message: `「${basePath}」は「//」を含むため、公開するパスに使えません`, hint: `/ を1つずつにしてください（${example}）` };
  if (!BASE_PATH.test(basePath))
    return {
      message: `「${basePath}」は公開するパスに使えません`,
      hint: `半角英数字と - _ . ~ だけの、/ で区切ったパスを書いてください（${example}）`,
    };
  return null;
}

/**
 * Checks the deployment settings, naming where each came from (site.csv or the environment
 * variable), one message per setting. `reported` names the site.csv columns whose cell the table
 * check already refused, so no setting is reported twice.
 */
export function checkSiteSettings(settings: SiteSettings, reported: ReadonlySet<string> = new Set()): ContentError[] {
  const errors: ContentError[] = [];
  const skip = (source: string, field: string) => source === 'content/site.csv' && reported.has(field);
  const siteUrl = settings.siteUrl === null ? null : siteUrlProblem(settings.siteUrl);
  if (siteUrl && !skip(settings.sources.siteUrl, 'site_url'))
    errors.push({ ...at(settings, settings.sources.siteUrl, 'site_url'), value: settings.siteUrl!, rule: 'site-setting', ...siteUrl });
  const basePath = basePathProblem(settings.basePath);
  if (basePath && !skip(settings.sources.basePath, 'base_path'))
    errors.push({ ...at(settings, settings.sources.basePath, 'base_path'), value: settings.basePath, rule: 'site-setting', ...basePath });
  if (typeof settings.searchPlansPerShard === 'string')
    errors.push({
      ...at(settings, 'SEARCH_PLANS_PER_SHARD', 'search_plans_per_shard'),
      value: settings.searchPlansPerShard,
      rule: 'site-setting',
      message: `「${settings.searchPlansPerShard}」は検索の索引を分ける計画の数として使えません`,
      hint: '1 以上の整数を半角数字で書いてください（例: 250）。指定しないなら環境変数 SEARCH_PLANS_PER_SHARD を消してください',
    });
  return errors;
}
