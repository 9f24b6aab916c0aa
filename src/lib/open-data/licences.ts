/** Licences the site knows how to describe, by the name written in plans.csv. */
const KNOWN: Record<string, { id: string; url: string; title: string }> = {
  'CC BY 4.0': { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja', title: 'クリエイティブ・コモンズ 表示 4.0 国際' },
  'PDL1.0': { id: 'PDL-1.0', url: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0', title: '公共データ利用規約（第1.0版）' },
};

/** Machine id, URL and Japanese title of a licence name; unknown names are kept as written. */
export function describeLicence(name: string): { id: string; url: string | null; title: string } {
  const known = KNOWN[name];
  return known ? known : { id: name, url: null, title: name };
}
