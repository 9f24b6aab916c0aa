/**
 * The search quality set: queries a citizen or reviewer would type, over all five plans, each
 * with the page it must find in the top 3 (search-quality.test.ts). Kinds: glossary terms,
 * indicator names, initiative phrases, readings typed in hiragana, Latin letters in half and
 * full width, spellings the site's folding joins (WiFi, half-width katakana, a hyphen typed for ー;
 * src/lib/text/fold-text.ts), and queries with a space. `plan` searches as from that plan's pages (the header's
 * search keeps the plan; issue 16), used where several plans define the same term. `reading` is
 * what the excerpt shows instead of the query when the query is a reading no page prints; `synonym`
 * what it shows when the page is found through a glossary's synonym of the query (src/lib/search/synonyms.ts).
 */
export interface SearchCase {
  query: string;
  /** The page (path; with the anchor for a glossary entry) that must be among the first 3 results. */
  expected: string;
  kind: 'term' | 'indicator' | 'initiative' | 'reading' | 'width' | 'spelling' | 'space' | 'text' | 'synonym';
  plan?: string;
  reading?: string;
  synonym?: string;
}

export const K26 = '北上市情報基本計画2026（案）';
const MORIOKA = '(仮称)盛岡市行政デジタル・トランスフォーメーション推進計画（案）';
export const YOKOTE = '横手市デジタル推進計画';
const OSHU = '奥州市DX全体方針 第3版';

export const SEARCH_CASES: SearchCase[] = [
  // 北上市情報基本計画2026（案）
  { query: '校務', expected: '/plans/kitakami-2026/indicators/school-system-parent-features/', kind: 'text' },
  { query: 'WiFi', expected: '/plans/kitakami-2026/glossary/#term-wi-fi', kind: 'spelling' },
  { query: '校務支援システム', expected: '/plans/kitakami-2026/indicators/school-system-parent-features/', kind: 'indicator' },
  { query: '子育てLINE', expected: '/plans/kitakami-2026/indicators/parenting-line-subscribers/', kind: 'indicator' },
  { query: '子育て ＬＩＮＥ', expected: '/plans/kitakami-2026/indicators/parenting-line-subscribers/', kind: 'width' },
  { query: '産業支援センター', expected: '/plans/kitakami-2026/indicators/business-dx-seminars/', kind: 'indicator' },
  { query: '市からの情報発信', expected: '/plans/kitakami-2026/indicators/city-info-satisfaction/', kind: 'indicator' },
  { query: 'スマート農業', expected: '/plans/kitakami-2026/indicators/smart-agri-seminars/', kind: 'indicator', plan: K26 },
  { query: 'eMAFF', expected: '/plans/kitakami-2026/glossary/#term-emaff', kind: 'term' },
  { query: 'ｅＭＡＦＦ', expected: '/plans/kitakami-2026/glossary/#term-emaff', kind: 'width' },
  { query: 'いーまふ', expected: '/plans/kitakami-2026/glossary/#term-emaff', kind: 'reading' },
  { query: '生成AI', expected: '/plans/kitakami-2026/glossary/#term-generative-ai', kind: 'term', plan: K26 },
  {
    query: 'せいせいえーあい',
    expected: '/plans/kitakami-2026/glossary/#term-generative-ai',
    kind: 'reading',
    plan: K26,
    reading: 'せいせいえーあい',
  },
  { query: 'マイナンバーカード', expected: '/plans/kitakami-2026/glossary/#term-my-number-card', kind: 'term', plan: K26 },
  // Issue 23: the front plan's own text before the glossaries' entries, when no plan is chosen.
  { query: 'マイナンバーカード', expected: '/plans/kitakami-2026/chapters/c2/#national', kind: 'text' },
  { query: 'デジタルデバイド', expected: '/plans/kitakami-2026/glossary/#term-digital-divide', kind: 'term' },
  { query: 'でじたるでばいど', expected: '/plans/kitakami-2026/glossary/#term-digital-divide', kind: 'reading' },
  { query: 'ゼロトラスト', expected: '/plans/kitakami-2026/glossary/#term-zero-trust', kind: 'term' },
  { query: 'ぜろとらすと', expected: '/plans/kitakami-2026/glossary/#term-zero-trust', kind: 'reading' },
  { query: 'しーさーと', expected: '/plans/kitakami-2026/glossary/#term-csirt', kind: 'reading' },
  { query: 'むせんらん', expected: '/plans/kitakami-2026/glossary/#term-wireless-lan', kind: 'reading' },
  { query: 'プッシュ型通知', expected: '/plans/kitakami-2026/glossary/#term-push-support', kind: 'term' },
  { query: 'RPA', expected: '/plans/kitakami-2026/glossary/#term-rpa', kind: 'term', plan: K26 },
  { query: 'キャッシュレス', expected: '/plans/kitakami-2026/glossary/#term-cashless-payment', kind: 'term', plan: K26 },
  // Issue 23: the plan says 「手続きのオンライン化」「オンライン申請」; all the words are found when the phrase is not.
  { query: 'オンライン手続', expected: '/plans/kitakami-2026/chapters/c7/', kind: 'text', plan: K26 },
  { query: '鳥獣被害', expected: '/plans/kitakami-2026/chapters/c4/', kind: 'text' },
  { query: '三方良し', expected: '/plans/kitakami-2026/chapters/c4/', kind: 'text' },
  // 北上市情報基本計画2023
  { query: '避難所', expected: '/plans/kitakami-2023/indicators/shelter-wifi-rate/', kind: 'text' },
  { query: '指定緊急避難所', expected: '/plans/kitakami-2023/indicators/shelter-wifi-rate/', kind: 'indicator' },
  { query: 'Wi-Fi', expected: '/plans/kitakami-2023/indicators/shelter-wifi-rate/', kind: 'term' },
  { query: 'Wi-Fi 整備率', expected: '/plans/kitakami-2023/indicators/shelter-wifi-rate/', kind: 'space' },
  { query: 'DXマイスター', expected: '/plans/kitakami-2023/indicators/dx-meister-certified/', kind: 'indicator' },
  { query: 'かんたん窓口', expected: '/plans/kitakami-2023/indicators/easy-counter-departments/', kind: 'indicator' },
  { query: '博物館', expected: '/plans/kitakami-2023/indicators/museum-collection-records/', kind: 'text' },
  { query: 'ノー残業デー', expected: '/plans/kitakami-2023/indicators/no-overtime-day-rate/', kind: 'indicator' },
  { query: 'セキュリティ研修', expected: '/plans/kitakami-2023/indicators/security-training-rate/', kind: 'indicator' },
  { query: '３次元 ものづくり', expected: '/plans/kitakami-2023/indicators/manufacturing-3d-trainees/', kind: 'space' },
  // (仮称)盛岡市行政デジタル・トランスフォーメーション推進計画（案）
  { query: 'クラウド・バイ・デフォルト', expected: '/plans/morioka-2021/glossary/#term-cloud-by-default', kind: 'term' },
  { query: 'くらうどばいでふぉると', expected: '/plans/morioka-2021/glossary/#term-cloud-by-default', kind: 'reading' },
  { query: 'オープンデータ化', expected: '/plans/morioka-2021/indicators/open-data-sets/', kind: 'indicator' },
  { query: 'AI-OCR', expected: '/plans/morioka-2021/indicators/ai-rpa-operations/', kind: 'indicator' },
  { query: '27手続き', expected: '/plans/morioka-2021/indicators/priority-27-procedures-online/', kind: 'indicator' },
  { query: 'EBPM 研修', expected: '/plans/morioka-2021/goals/g2/', kind: 'space', plan: MORIOKA },
  { query: 'ウェブアクセシビリティ', expected: '/plans/morioka-2021/goals/g3/', kind: 'initiative' },
  // 横手市デジタル推進計画
  { query: 'ぴったりサービス', expected: '/plans/yokote-2023/indicators/pittari-service-usage/', kind: 'indicator' },
  { query: 'e-Tax', expected: '/plans/yokote-2023/glossary/#term-e-tax', kind: 'term' },
  { query: 'いーたっくす', expected: '/plans/yokote-2023/glossary/#term-e-tax', kind: 'reading' },
  { query: 'テレワーク', expected: '/plans/yokote-2023/indicators/telework-staff/', kind: 'indicator', plan: YOKOTE },
  { query: 'インシデント件数', expected: '/plans/yokote-2023/indicators/security-incidents/', kind: 'indicator' },
  { query: '情報バリアフリー', expected: '/plans/yokote-2023/indicators/barrier-free-studies/', kind: 'indicator' },
  { query: '書かない窓口', expected: '/plans/yokote-2023/goals/g1/', kind: 'initiative', plan: YOKOTE },
  { query: 'ＲＰＡ', expected: '/plans/yokote-2023/glossary/#term-rpa', kind: 'width', plan: YOKOTE },
  // Issue 23: Yokote says 「公衆無線 LAN」; Kitakami's glossary makes Wi-Fi one kind of 無線 LAN.
  { query: 'Wi-Fi', expected: '/plans/yokote-2023/chapters/c4/#community-digital', kind: 'synonym', plan: YOKOTE, synonym: '無線 LAN' },
  // Issue 23: table cells kept apart in the excerpt (the test below checks the separators).
  { query: '7,041件', expected: '/plans/yokote-2023/chapters/c2/', kind: 'text' },
  // 奥州市DX全体方針 第3版
  { query: 'スマートメーター', expected: '/plans/oshu-2021/glossary/#term-smart-meter', kind: 'term' },
  { query: 'すまーとめーたー', expected: '/plans/oshu-2021/glossary/#term-smart-meter', kind: 'reading' },
  { query: 'ｽﾏｰﾄﾒｰﾀｰ', expected: '/plans/oshu-2021/glossary/#term-smart-meter', kind: 'spelling' },
  { query: 'ペ－パ－レス会議', expected: '/plans/oshu-2021/glossary/#term-paperless-meeting', kind: 'spelling', plan: OSHU },
  { query: 'ぽちっと奥州', expected: '/plans/oshu-2021/goals/g3/', kind: 'initiative' },
  { query: '遠隔医療車', expected: '/plans/oshu-2021/goals/g1/', kind: 'initiative' },
  { query: '公衆無線LAN', expected: '/plans/oshu-2021/goals/g3/', kind: 'initiative' },
  { query: 'ペーパーレス会議', expected: '/plans/oshu-2021/glossary/#term-paperless-meeting', kind: 'term', plan: OSHU },
  { query: 'ＳＭＳ', expected: '/plans/oshu-2021/glossary/#term-sms', kind: 'width' },
  { query: 'アナログ規制', expected: '/plans/oshu-2021/glossary/#term-analog-regulation', kind: 'term' },
  // The site's own pages
  { query: 'オープンデータ CSV', expected: '/data/', kind: 'space' },
];
