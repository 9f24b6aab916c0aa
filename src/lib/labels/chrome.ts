/**
 * The page shell's words (header, navigation, status banner, breadcrumbs, footer, search box) and
 * those of the small components every area shares (page contents, plan facts, history list,
 * downloads, column dictionary). See `index.ts` for what belongs here.
 */
import { searchLabels } from './search.ts';

/** The names of the site-wide pages: one name for the page's heading, the footer link and the breadcrumb. */
export const sitePageTitles = {
  home: 'トップ',
  about: 'このサイトについて',
  transcriptionNotes: '転記の記録',
  history: '更新履歴',
  accessibility: 'アクセシビリティ方針',
  openData: 'オープンデータ',
  methodology: '進捗の計算方法',
  columns: 'データの列の説明',
  plans: '計画一覧',
  sharedGlossary: '計画をまたぐ用語集',
  regional: '計画を並べて見る',
  search: 'サイト内検索',
  notFound: 'ページが見つかりません',
} as const;

export const chromeLabels = {
  /** A page's <title>: 「計画一覧｜北上市ほかのDX計画の進捗」. */
  documentTitle: (title: string, siteName: string) => `${title}｜${siteName}`,
  /** The site's name when site.csv gives none: 「横手市DX計画の進捗」, or 「北上市ほかのDX計画の進捗」 when it publishes several municipalities' plans. */
  defaultSiteName: (municipality: string, others: boolean) => `${municipality}${others ? 'ほかの' : ''}DX計画の進捗`,
  /** The skip link, the first thing a keyboard reaches. */
  skipLink: '本文へ移動',
  /** The phone's navigation disclosure. */
  menu: 'メニュー',
  /** The name of the header's navigation landmark. */
  navLandmark: 'サイト内の主なページ',
  /** The title of the Atom feed's <link rel="alternate">. */
  feedTitle: '更新履歴（数値の掲載と変更）',
  /** The header navigation (the plan's own words for its indicators and glossary come from `planTerms`). */
  nav: {
    home: sitePageTitles.home,
    planHome: 'この計画のトップ',
    chapters: '計画本文',
    previousResults: '前計画の達成状況',
    results: '達成状況',
    plans: sitePageTitles.plans,
  },
  /** The footer's note: where a reader reports a difference from the original. */
  /** The footer's request to report a difference; `contact` is the page's contact (null on a site of several cities without one). */
  footerNote: (contact: string | null) =>
    `このサイトは、掲載している各計画文書（原本）の文言と数値をそのまま掲載しています。原本と異なる点に気づいたら、${contact ?? 'その計画のページに載せた問い合わせ先'}にお知らせください。`,
  /** The search box in every page's header (and the search forms of the search and 404 pages). */
  search: {
    landmark: 'サイト内検索',
    everywhere: 'サイト内を検索',
    inPlan: (planTitle: string) => `${planTitle}の中を検索`,
    submit: '検索',
    /** The example shown in the empty header search box when no plan offers one (see `searchHint`). */
    hint: '語句を入力',
    /** The empty box's example, a term or goal of the front plan (`searchHint`). */
    example: (words: string) => `例：${words}`,
  },
  /** Names of the search index's filters (Pagefind `data-pagefind-filter`; the search script filters by them). */
  searchFilters: { plan: '計画', type: '種類', prefecture: '都道府県' },
  /** The search index's types (the values of `SEARCH_TYPES`, src/lib/search/search-types.ts), by what they file. */
  searchTypes: searchLabels.types,
  /** The `plan` a site-wide page is indexed under. */
  allPlans: 'すべての計画',
  breadcrumbsLandmark: '現在位置',
  statusBanner: { landmark: '計画の状態', more: '詳しく', commentLink: '意見の出し方と意見書の作成' },
  pageToc: { heading: 'このページの内容' },
  /** Shown above a grid table while part of it is off-screen to the side. */
  tableScroll: { hint: '表は横にスクロールできます →' },
  /** Joins the headers of a column (a cell under several header rows) into a phone's stacked-table label. */
  tableCellLabelSeparator: '・',
  /** Meta and Open Graph descriptions (page-meta.ts): only the parts the plan in view really has. */
  meta: {
    /** 「本文・基本目標・成果指標と進捗」, or 「本文」 alone; an empty list says 「内容」. */
    parts: (parts: readonly string[]) => (parts.length > 0 ? parts.join('・') : '内容'),
    planPage: (title: string, municipality: string, planTitle: string | null, parts: readonly string[]) =>
      `${title}。${municipality}の${planTitle === null ? '計画' : `「${planTitle}」`}の${chromeLabels.meta.parts(parts)}を、原本の文言と数値のとおりに掲載しています。`,
    sitePage: (title: string, siteName: string, parts: readonly string[]) =>
      `${title}。${siteName}：自治体のDX計画の${chromeLabels.meta.parts(parts)}を、原本の文言と数値のとおりに掲載しています。`,
    chapters: '本文',
    goal: '目標',
    indicator: '指標',
    progress: (indicatorTerm: string) => `${indicatorTerm}と進捗`,
  },
  /** The history list (HistoryList). */
  history: {
    /** Shown only when the change's record gives readers a reason (a 「理由:」 line). */
    reason: '理由：',
    changes: (count: number) => `変更の内容（${count}件）`,
    /** Before the plan's title on the site-wide list (an ideographic space). */
    planBefore: '　',
    /** Between the date (and plan) and the headline, and between a change's item and its sentence. */
    separator: '：',
  },
  /** 「CSVをダウンロード」 and the encoding stated beside it (DownloadLinks). */
  downloads: {
    csv: (what: string) => `${what}のCSVをダウンロード`,
    encoding: (size: string) => `（文字コード UTF-8（BOM付き）、改行 CRLF${size}）`,
    /** The file size inside the encoding's brackets. */
    size: (size: string) => `、${size}`,
    json: 'JSON',
  },
  /** A table's column dictionary (ColumnDictionary). */
  columnDictionary: {
    name: '列名',
    label: '項目名',
    type: '型',
    unit: '単位',
    required: '必須',
    meaning: '意味',
    isRequired: '必須',
    isOptional: '任意',
    /** The allowed values of an enum column: 「draft（案）、adopted（策定済み）」. */
    values: (values: readonly { value: string; label: string }[]) => values.map((v) => `${v.value}（${v.label}）`).join('、'),
  },
} as const;
