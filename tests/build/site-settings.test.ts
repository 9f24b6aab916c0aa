/** Deployment settings a build must refuse in Japanese, with the setting named, before Astro's own check. */
import { describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';

describe('a build with settings that are not usable', () => {
  it('refuses SITE_URL with port 99999 and BASE_PATH=/dx/../ with located Japanese messages, not 「Invalid URL」', () => {
    const result = buildSite(undefined, { SITE_URL: 'https://www.city.example.lg.jp:99999', BASE_PATH: '/dx/../' });
    expect(result.status).not.toBe(0);
    expect(result.output).not.toContain('Invalid URL');
    expect(result.output).toContain('環境変数 SITE_URL 「https://www.city.example.lg.jp:99999」のポート番号 99999 は使えません');
    expect(result.output).toContain('環境変数 BASE_PATH 「/dx/../」は「.」や「..」を含むため、公開するパスに使えません');
  });
});
