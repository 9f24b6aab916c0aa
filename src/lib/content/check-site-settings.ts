import type { ContentError } from '../validate/content-error.ts';
import { settingLocation as at, type SiteSettings } from './site-settings.ts';

/** A public origin: scheme and host (and port), no path, query or fragment. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/;
/** A path of plain URL segments. */
const BASE_PATH = /^\/([A-Za-z0-9._~-]+\/)*$/;

/** Checks the deployment settings, naming where each came from (site.csv or the environment variable). */
export function checkSiteSettings(settings: SiteSettings): ContentError[] {
  const errors: ContentError[] = [];
  if (settings.siteUrl !== null && !ORIGIN.test(settings.siteUrl)) {
    errors.push({
      ...at(settings, settings.sources.siteUrl, 'site_url'),
      value: settings.siteUrl,
      rule: 'site-setting',
      message: `「${settings.siteUrl}」は公開するアドレスの形ではありません`,
      hint: 'https:// で始まり、パスを含まないアドレスを書いてください（例: https://www.city.example.lg.jp）。パスは base_path（BASE_PATH）に書きます',
    });
  }
  if (!BASE_PATH.test(settings.basePath)) {
    errors.push({
      ...at(settings, settings.sources.basePath, 'base_path'),
      value: settings.basePath,
      rule: 'site-setting',
      message: `「${settings.basePath}」は公開するパスに使えません`,
      hint: '半角英数字と - _ . ~ だけの、/ で区切ったパスを書いてください（例: /dx/）',
    });
  }
  return errors;
}
