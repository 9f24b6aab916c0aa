/**
 * Synthetic content for `npm run bench -- scale N`: the five real plans plus synthetic plans up to
 * N in all, written to a temporary folder (read through DX_CONTENT_DIR; never committed).
 *
 * Synthetic plans copy the real ones in turn — Kitakami 2026 with its predecessor 2023 as a pair
 * (their ids rewritten in every file, so each pair cites only itself), Morioka, Yokote, Oshu: 4 to 5
 * goals, 0 to 15 indicators, 12 to 65 glossary terms, with or without roadmaps, scores, evaluations
 * and datasets — under ids of their own and a municipality of their own: prefectures 01–47 in turn, a valid
 * 全国地方公共団体コード (check digit computed), and every seventh plan a second, later plan of the
 * previous plan's municipality. A single plan's period is its template's, widened by up to one year before and two after. Every plan
 * adds three terms from a pool of 40 shared synthetic terms (so terms overlap between plans in
 * varied groups) and, for the regional view, a figure on one of three shared subjects.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

/** The 47 prefectures in the order of their codes (01 北海道 … 47 沖縄県). */
export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
]; // prettier-ignore

/** A 6-digit 全国地方公共団体コード for a 2-digit prefecture and 3-digit municipality number, with its check digit. */
export function municipalityCode(prefecture: number, municipality: number): string {
  const five = `${String(prefecture).padStart(2, '0')}${String(municipality).padStart(3, '0')}`;
  const sum = [...five].reduce((acc, d, i) => acc + Number(d) * (6 - i), 0);
  return `${five}${(11 - (sum % 11)) % 10}`;
}

const TEMPLATES = [['kitakami-2023', 'kitakami-2026'], ['morioka-2021'], ['yokote-2023'], ['oshu-2021']];
const SUBJECTS = [
  ['synthetic-open-data', 'オープンデータの公開数（合成）'],
  ['synthetic-online-forms', 'オンライン申請できる手続の数（合成）'],
  ['synthetic-wifi', '公共施設の無線LANの整備数（合成）'],
];

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const writeCsv = (file: string, rows: Row[], columns: string[]) => writeFileSync(file, `${Papa.unparse(rows, { columns })}\n`);

/**
 * Writes the real content plus synthetic plans up to `total` plans into a new temporary folder and
 * returns its path. Deterministic: the same `total` gives the same files.
 */
export function syntheticPlans(root: string, total: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dx-bench-scale-'));
  cpSync(join(root, 'content'), dir, { recursive: true });
  const plansFile = join(dir, 'plans.csv');
  const plans = readCsv(plansFile);
  const columns = Object.keys(plans[0]!);
  const byId = new Map(plans.map((p) => [p.id!, p]));
  let municipality = { code: '', name: '', prefecture: '' };
  const regional: Row[] = [];
  for (let i = plans.length + 1; plans.length < total; i++) {
    // A pair (a plan and its predecessor, linked as Kitakami's are) when there is room for two.
    let unit = TEMPLATES[i % TEMPLATES.length]!;
    if (unit.length > total - plans.length) unit = TEMPLATES[1]!;
    const ids = new Map(
      unit.map((template, k) => [template, `synthetic-${String(i).padStart(4, '0')}${unit.length > 1 && k === 0 ? '-prev' : ''}`]),
    );
    if (i % 7 !== 0 || municipality.code === '') {
      const pref = (i % 47) + 1;
      const number = 201 + Math.floor(i / 47);
      municipality = { code: municipalityCode(pref, number), name: `合成${number}市`, prefecture: PREFECTURES[pref - 1]! };
    }
    for (const [template, id] of ids) {
      const source = byId.get(template)!;
      // A single plan's years are widened by up to one year before and two after (its targets stay inside).
      const widen = unit.length === 1;
      plans.push({
        ...source,
        id,
        municipality_code: municipality.code,
        municipality_name: municipality.name,
        prefecture: municipality.prefecture,
        title: `${municipality.name}DX推進計画${source.period_start}（合成 ${i}）${source.title!.match(/\[!\d+\]/g)?.join('') ?? ''}`,
        period_start: String(Number(source.period_start) - (widen ? i % 2 : 0)),
        period_end: String(Number(source.period_end) + (widen ? i % 3 : 0)),
        is_primary: 'false',
        predecessor_id: ids.get(source.predecessor_id ?? '') ?? '',
        succession_source: source.predecessor_id && ids.has(source.predecessor_id) ? (source.succession_source ?? '') : '',
      });
      const planDir = join(dir, 'plans', id);
      cpSync(join(dir, 'plans', template), planDir, { recursive: true });
      for (const file of readdirSync(planDir, { recursive: true, withFileTypes: true })) {
        if (!file.isFile() || !/\.(csv|md)$/.test(file.name)) continue;
        const path = join(file.parentPath, file.name);
        let text = readFileSync(path, 'utf8');
        for (const [from, to] of ids) text = text.replaceAll(from, to);
        // Notes about another plan's files stay with that plan; notes on plans.csv cells follow the copied row.
        if (file.name === 'corrections.csv')
          text = text
            .split('\n')
            .filter((line) => !/,\.\.\/(?!\.\.\/plans\.csv)/.test(line) || [...ids.values()].some((to) => line.includes(`,../${to}/`)))
            .join('\n');
        writeFileSync(path, text);
      }
      // Three shared synthetic terms, so that glossary groups of many sizes overlap between plans.
      const glossary = join(planDir, 'glossary.csv');
      if (existsSync(glossary)) {
        const header = readFileSync(glossary, 'utf8').split('\n')[0]!.split(',');
        const rows = readCsv(glossary);
        for (const k of [i % 40, (i * 7) % 40, (i * 13 + 5) % 40]) {
          if (rows.some((r) => r.id === `synthetic-term-${k}`)) continue;
          rows.push({
            ...Object.fromEntries(header.map((c) => [c, ''])),
            id: `synthetic-term-${k}`,
            term: `合成用語${k}`,
            description: `${municipality.name}の計画で使う合成用語${k}の説明です。`,
          });
        }
        writeCsv(glossary, rows, header);
      }
    }
    const id = [...ids.values()].at(-1)!;
    const [topic, title] = SUBJECTS[i % SUBJECTS.length]!;
    regional.push({
      topic: topic!,
      topic_title: title!,
      plan_id: id,
      item_id: '',
      figure: `${i % 50}件から${(i % 50) + 10}件に増やす。`,
      counts: '合成データの件数。',
      source: '合成データ',
    });
  }
  writeCsv(plansFile, plans, columns);
  const regionalFile = join(dir, 'regional-figures.csv');
  if (regional.length > 0) appendFileSync(regionalFile, `${Papa.unparse(regional, { header: false })}\n`);
  return dir;
}
