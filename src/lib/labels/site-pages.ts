/**
 * The words of the site's own pages (home, plan list, glossary across plans, regional view, open data,
 * column dictionary, history, search, 404, and the prose pages about the site). See `index.ts` for what
 * belongs here. A sentence with a link in it is split into the words before, the link's words and the
 * words after, so that the page keeps one sentence on one line.
 */
import type { ProgressStatus } from '../progress/compute-progress.ts';
import { sitePageTitles as titles } from './chrome.ts';

/** The plan's vocabulary as `planTerms` (src/lib/content/queries.ts) gives it. */
interface Terms {
  goal: string;
  measure: string;
  indicator: string;
  glossary: string;
}

/** A sentence with one link: the words before it, the link's words and the words after it. */
export interface LinkedSentence {
  before: string;
  link: string;
  after: string;
}

const home = {
  /** The front page's summary (meta description), in the front plan's own words. */
  description: (municipality: string, planTitle: string, terms: Terms) =>
    `${municipality}の「${planTitle}」の本文、${terms.goal}、施策、${terms.indicator}と達成状況。`,
};

const notFound = {
  title: titles.notFound,
  lead: 'お探しのページは、移動したか、アドレスが間違っている可能性があります。',
  searchLabel: 'サイト内を検索',
  orBrowse: 'または、次のページからお探しください。',
  home: (planTitle: string) => `トップページ（${planTitle}）`,
  chapters: '計画本文の目次',
  indicators: '指標の一覧',
  glossary: '用語集',
};

const about = {
  title: titles.about,
  intro:
    'このサイトは、自治体のデジタル・トランスフォーメーション（DX）の計画を、本文・目標・施策・指標に分けて掲載し、計画が年度ごとにどこまで進んだかを確かめられるようにするものです。',
  sourcesHeading: '掲載している計画と原本',
  /** A site with many plans: each plan's original is described on its prefecture's plan list. */
  sourcesParts:
    '掲載している計画が多いため、各計画の原本（発行者・原本のアドレス・ライセンスなど）は、都道府県ごとの計画一覧に載せています：',
  sourcesSeparator: '、',
  facts: {
    period: '計画期間',
    date: '日付',
    publisher: '発行',
    contact: 'お問い合わせ先',
    address: '所在地',
    phone: '電話',
    fax: 'FAX',
    email: 'メール',
    source: '原本',
    sourceUnknown: '原本の公開場所（URL）は、このサイトではまだ確認できていません。',
    licence: 'データの利用条件',
    attribution: '出典の書き方（例）',
    note: '備考',
  },
  dataHeading: 'データの扱い',
  dataNotes: {
    before: '本文と数値は原本のとおりです。直した箇所と、その理由は',
    link: titles.transcriptionNotes,
    after: 'にすべて載せています。',
  } satisfies LinkedSentence,
  dataColumns: { before: '表のデータの列の意味は', link: titles.columns, after: 'にあります。' } satisfies LinkedSentence,
  buildHeading: 'このサイトの作り',
  /** `letter`: whether a plan is under public comment (the comment letter tool exists only then). */
  build: (letter: boolean) =>
    letter
      ? 'サイト内検索と意見書の作成を除くすべてのページは、JavaScript を使わずに読めます（グラフの数値は表にもあります）。意見書の下書きは、お使いのブラウザーの中（localStorage）にだけ保存され、このサイトに送られることはありません。文字の大きさはブラウザーの設定に従います。外部のサービス（アクセス解析、Web フォント、広告など）は使っておらず、閲覧の記録を第三者に送ることはありません。'
      : 'サイト内検索を除くすべてのページは、JavaScript を使わずに読めます（グラフの数値は表にもあります）。文字の大きさはブラウザーの設定に従います。外部のサービス（アクセス解析、Web フォント、広告など）は使っておらず、閲覧の記録を第三者に送ることはありません。',
};

const accessibility = {
  title: titles.accessibility,
  intro: 'このサイトは、年齢や障害の有無、使う機器にかかわらず、誰もが計画の内容と進み具合を確かめられることを目指しています。',
  targetHeading: '目標とする適合レベル',
  target: 'JIS X 8341-3:2016 の適合レベル AA に準拠することを目標としています。あわせて、WCAG 2.2 の適合レベル AA を目標としています。',
  technologiesHeading: '依存しているウェブコンテンツ技術',
  technologies: [
    'HTML',
    'CSS',
    'JavaScript（サイト内検索、グラフの描画、用語の説明を Esc キーで閉じる操作、引用のコピー、意見書の作成に使います）',
  ],
  /** `letter`: whether the site has a plan under public comment (and so the comment letter tool). */
  withoutScript: (letter: boolean) =>
    letter
      ? '本文・表・指標の値・ダウンロードは HTML と CSS だけで読めます。JavaScript を無効にしても同じ内容が表示され、グラフの数値は必ずグラフの下の表にもあります。サイト内検索と意見書の作成は JavaScript が必要です。使えない場合、検索のページは目次と用語集へのリンクを、意見書のページは提出する内容と提出先を表示します。各段落の引用の表記と固定リンクは JavaScript なしでも表示されます（「引用をコピー」のボタンだけが表示されません）。文字の大きさはブラウザーの設定に従い、外部のサービスや Web フォントは読み込みません。'
      : '本文・表・指標の値・ダウンロードは HTML と CSS だけで読めます。JavaScript を無効にしても同じ内容が表示され、グラフの数値は必ずグラフの下の表にもあります。サイト内検索は JavaScript が必要です。使えない場合、検索のページは目次と用語集へのリンクを表示します。各段落の引用の表記と固定リンクは JavaScript なしでも表示されます（「引用をコピー」のボタンだけが表示されません）。文字の大きさはブラウザーの設定に従い、外部のサービスや Web フォントは読み込みません。',
  resultsHeading: '自動テストの結果',
  resultsIntro:
    'このサイトのすべてのページを、公開前に実際のブラウザー（Chromium）で自動的に検査しています。次の表は、最後に記録した検査の結果です（この表はテストの実行結果から作られており、手で書いたものではありません）。',
  resultsCaption: (date: string) => `自動テストの結果（${date} 実施）`,
  report: {
    date: '実施日',
    pages: '検査したページ数',
    /** The count is of the site as built on the test's day (実施日), which may differ from the site in view. */
    pagesValue: (count: number) => `${count} ページ（実施日に作ったサイトの全ページ）`,
    modes: '検査の条件',
    modesValue: (modes: readonly string[], checks: number) => `${modes.join('、')}（計 ${checks} 回）`,
    tool: '検査ツール',
    toolValue: (axeVersion: string, tags: readonly string[]) => `axe-core ${axeVersion}（${tags.join('、')}）`,
    violations: '見つかった問題',
    violationsValue: (count: number) => `${count} 件`,
  },
  /** The test run's modes in words (a mode the site does not know is shown by its name). */
  modes: {
    '1280px': '画面幅 1280px',
    '320px': '画面幅 320px（400% 拡大に相当）',
    'forced-colors': '強制カラー（ハイコントラスト）モード',
  } as Record<string, string>,
  alsoChecked:
    'あわせて、キーボードだけでの操作（「本文へ移動」のリンク、すべてのリンクでのフォーカス表示とそのコントラスト、移動の順序）、横スクロールなしでの表示（画面幅 320px）、スマートフォンの画面（幅 320px と 390px）で表の文字が細い列に詰め込まれていないこと、ボタンなどの操作部分の大きさ（44×44px 以上）、JavaScript を無効にした表示、動きを減らす設定、印刷、リンク切れ、外部への通信がないことも、毎回自動で確かめています。',
  noReport: '自動テストの結果はまだ記録されていません。',
  /** A recorded run of a build with other plans is not this site's result. */
  otherSiteReport: 'このサイトと同じ構成（掲載する計画）での自動テストの結果は、まだ記録されていません。',
  limitsHeading: '配慮が十分でない点',
  limits:
    '原本の PDF にある図は、画像として取り出せなかったため掲載していません。図の中の文字と出典を取り出せたものは、その文字を掲載しています。',
  contactHeading: 'お問い合わせ',
  /** `contact`: the site's contact in one line (contactText), or null on a site of several cities without one. */
  contact: (contact: string | null) =>
    contact === null
      ? '読みにくい箇所や使いにくい点があれば、その計画のページに載せた問い合わせ先へお知らせください。'
      : `読みにくい箇所や使いにくい点があれば、${contact}へお知らせください。`,
};

const methodology = {
  title: titles.methodology,
  intro:
    'このサイトは、指標ごとに「目標までの進捗」と「状況」を示しています。ここでは、その計算方法を説明します。計算に使った値（現状値・最新の実績値・目標値など）は、各指標のページで結果の横に必ず示しています。',
  cityMarksHeading: '市による評価は計算し直しません',
  cityMarks: (marks: readonly { value: string; label: string }[]) =>
    `市が公表した評価${marks.length > 0 ? `（${marks.map((m) => `${m.value} ${m.label}`).join('、')}）` : ''}がある指標は、その記号を原本のとおりに示し、このサイトでは計算しません。`,
  shareHeading: '目標までの進捗（割合）',
  share: '現状値から目標値までの道のりのうち、最新の実績値でどこまで進んだかを百分率で示します。',
  formula: '進捗（%）＝（最新の実績値 − 現状値）÷（目標値 − 現状値）× 100',
  shareNotes: [
    '減らすことが望ましい指標でも同じ式で計算します。値が減れば、分子と分母がどちらも負になり、進捗はプラスになります。',
    '例：現状値 60%、目標値 65%、最新の実績値 62% なら、進捗は（62 − 60）÷（65 − 60）× 100 ＝ 40% です。',
    '現状値と目標値が同じ指標（維持する指標など）は、割合を計算できないため「－」と示し、目標値に届いているかだけで状況を判断します。',
    '現状値の年度の実績値は、出発点として扱い、進捗には数えません。',
  ],
  cumulativeHeading: '累計の指標：計画の直線との比較',
  cumulative:
    '「（累計）」の指標は、現状値の年度から目標値の年度まで、毎年同じだけ増えると考えた直線を引き、最新の実績値がその年度の直線上の値に届いているかを比べます。',
  cumulativeExample:
    '例：現状値 10件（2025年度）、目標値 50件（2030年度）の指標は、毎年 8件ずつ増える直線になります。2027年度の直線上の値は 26件です。2027年度の実績が 26件以上なら「順調」、それより少なければ「遅れ」です。',
  statusesHeading: '状況の種類',
  statusesCaption: '状況の記号と意味',
  statusColumns: { symbol: '記号', status: '状況', when: 'どんなときか' },
  /** When each progress status is shown. */
  statuses: {
    met: '最新の実績値が目標値に届いたとき（増やす指標は目標値以上、減らす指標は目標値以下、維持する指標は目標値以上）。',
    'on-track':
      '累計の指標で、まだ目標値には届いていないが、最新の実績値が「現状値から目標値までを結んだ直線」のその年度の値に届いているとき。',
    behind: '累計の指標で、最新の実績値が、その年度の直線上の値に届いていないとき。',
    'in-progress': '累計ではない指標で、目標値にはまだ届いていないとき。進捗の割合を示します。',
    worse: '累計ではない指標で、最新の実績値が現状値より望ましくない方向に動いたとき（進捗の割合がマイナス）。',
    'no-data': '現状値より後の年度の実績値が掲載されていないとき。',
    text: '数値ではなく文章で目標を示している指標。割合は計算せず、目標の文章をそのまま示します。',
  } satisfies Record<ProgressStatus, string>,
  closing:
    '状況は記号と文字で示し、色だけで区別することはありません。計算のプログラムは公開しており（src/lib/progress/compute-progress.ts）、上の例を含む場合分けをテストで確かめています。',
};

const search = {
  title: titles.search,
  query: '調べたい言葉',
  filters: '絞り込み',
  plan: '計画',
  allPlans: 'すべての計画',
  prefecture: '都道府県',
  allPrefectures: 'すべての都道府県',
  /** A prefecture in the prefecture filter: 「岩手県（33計画）」. */
  prefectureOption: (name: string, plans: number) => `${name}（${plans}計画）`,
  /** Beside the plan filter when the plans are listed only once a prefecture is picked. */
  planAfterPrefecture: '都道府県を選ぶと、その都道府県の計画から選べます。',
  type: '種類：',
  noScriptLead: '検索には JavaScript が必要です。',
  noScript: 'JavaScript を使わずに探すときは、次の一覧からどうぞ。',
  glossary: '用語集',
  indicators: '指標の一覧',
  scope: '検索の範囲：',
  searchAll: 'すべての計画で探す',
  /** What the search script prints (rendered as data attributes; `{query}`, `{plan}`, `{count}` are filled in by the script). */
  script: {
    searching: '検索しています…',
    countInPlan: '{plan}の中で「{query}」を検索した結果は {count} 件です。',
    count: '「{query}」の検索結果は {count} 件です。',
    /** When no result holds the query as typed, only all of its words. */
    allWordsInPlan: '{plan}の中には「{query}」をそのまま含むページはありません。すべての語を含むページは {count} 件です。',
    allWords: '「{query}」をそのまま含むページはありません。すべての語を含むページは {count} 件です。',
    noneInPlan: '{plan}の中には「{query}」に一致するページは見つかりませんでした。「すべての計画で探す」で、ほかの計画からも探せます。',
    none: '「{query}」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で試してください。',
    section: '「{section}」',
    separator: '・',
    /** After the count, when results came from a glossary's synonyms of the query (`{synonyms}`: 「無線 LAN」「無線ラン」). */
    synonymsSearched: '{synonyms}も含めて検索しました。',
    /** In a result's line of type and plan, when a synonym found it. */
    synonymHit: '「{synonym}」で一致',
    /** One synonym in the sentence above the results (`{synonym}`), the quotes set side by side. */
    synonymName: '「{synonym}」',
    /** After the count, when more pages matched than the list shows (it shows the best of them). */
    morePages: 'ほかにも見つかったページがあります（関連の高いものから表示しています）。言葉を足すか、絞り込みで範囲を狭めてください。',
  },
};

const transcriptionNotes = {
  title: titles.transcriptionNotes,
  /** One part of the notes on a site with many plans: 「転記の記録：岩手県」, 「転記の記録：北海道（2/3）」. */
  partTitle: (prefecture: string, part: number, parts: number) =>
    `${titles.transcriptionNotes}：${prefecture}${parts > 1 ? `（${part}/${parts}）` : ''}`,
  /** One plan's page of notes: 「転記の記録：横手市デジタル推進計画」. */
  planTitle: (planTitle: string) => `${titles.transcriptionNotes}：${planTitle}`,
  plansHeading: '計画ごとの記録',
  /** Beside a plan in the list: how many notes of each kind it has. */
  planCounts: (corrected: number, kept: number) =>
    corrected + kept === 0 ? '（記録はありません）' : `（修正した箇所 ${corrected}件、原文のまま掲載した気になる箇所 ${kept}件）`,
  /** On a plan's or a part's page: where the rules are. */
  policyLink: '転記の決まりと印の意味',
  partsHeading: '都道府県ごとの記録',
  partsLead: '掲載している計画が多いため、記録の表は都道府県ごとのページに分けています。',
  /**
   * How the site transcribes the originals (the page's opening prose): paragraphs, the rules as a list,
   * a closing paragraph. `draft`: whether a published plan is under public comment. No example names
   * one plan's words: the plans' own cases are their pages' tables.
   */
  policy: (draft: boolean) => ({
    lead: [
      `このサイトの本文と数値は、市が公表した計画文書（原本の PDF など）から取り出したテキストを転記したものです。${draft ? 'パブリックコメント中の案を含むため、' : ''}文言は原本のとおりに掲載し、直したのは文字の取り出しで生じたことが確かな誤りだけです。直した箇所はすべて、計画ごとの記録の表に、取り出されたままの文字列と一緒に記録しています。`,
      '本文や表の中で、この記録が関係する箇所には小さな印を付けています。「[修正2]」はこのサイトが文字を直した箇所、「[原文ママ6]」は誤りかもしれないが原本のとおりに掲載している箇所で、数字は計画ごとの記録の表の番号です。印から、原本の文字列と掲載している文字列を示した記録に移れます。印は印刷にも出ます。',
      '転記の決まりは次のとおりです。',
    ],
    rules: [
      '文言・数値・記号は原本のとおりです。原本の「-」（数値の記載なし）は空欄として扱い、0 とはしません。',
      '表（施策、指標、評価など）は CSV ファイルのデータから表示しています。本文の中の表も、指標のページも、ダウンロードできるデータも同じデータから作っているため、食い違うことはありません。',
      '見出しの階層（節・項）は原本の構成に合わせて整えました。見出しの文言は本文の見出しのとおりです。',
      '原本の図は PDF から取り出せなかったため掲載していません。図の中の文字と出典が取り出せたものは、その文字をそのまま示しています。',
      '直すのは、取り出しで生じたことが確かなものだけです：日本語の語の中に混じったほかの文字体系の文字（キリル文字・簡体字）、改行・改ページ・表のセル内の折り返しで入った空白や分断、取り出しで残った HTML のタグや記号、同じ文書のほかの箇所から確かめられる、半角と空白に化けた全角の記号。',
      '原本自身の誤記かもしれない語は、正しい語を推測せず原本のとおりに掲載し、「原文ママ」として記録しています（計画ごとの記録の表）。同じ種類の箇所は、どの計画でも同じ扱いにしています。',
      '原本にある半角スペース（「令和 5 年」など）は、原本のとおり残しています。',
      'ページ番号は原本の目次のページです。節の途中のページは原本から分からないため、節の開始ページを示しています。',
    ],
    closing: `原本の誤りかもしれないが、原本を確かめられないため直さずに掲載している箇所も、「気になる箇所」（原文ママ）として記録しています。${draft ? '意見を出すときに、原本の誤りとして指摘することもできます。' : ''}`,
  }),
  /** A plan's section of corrections or of oddities kept as printed, with its count. */
  sectionTitle: (planTitle: string, action: 'corrected' | 'kept', count: number) =>
    action === 'corrected' ? `${planTitle}：修正した箇所（${count}件）` : `${planTitle}：原文のまま掲載した、気になる箇所（${count}件）`,
  tableCaption: (section: string) => `${section}の一覧`,
  tableLabel: (section: string) => `${section}の一覧表`,
  columns: {
    number: '番号',
    location: '箇所',
    extracted: '抽出されたテキスト',
    original: '原文',
    published: '掲載している文字列',
    reason: '理由',
    remark: '気づいた点',
  },
};

const planList = {
  title: titles.plans,
  lead: (municipalities: number, plans: number, frontPlan: string) =>
    `このサイトに掲載している${municipalities}団体の${plans}計画です。トップページには${frontPlan}を表示しています。`,
  caption: '掲載している計画（団体ごと、新しい計画から）',
  columns: { municipality: '団体', plan: '計画', period: '計画期間', status: '状態', contents: '掲載内容' },
  acrossHeading: '計画をまたいで読む',
  sharedGlossary: '：同じ用語の、計画ごとの説明を並べています。',
  regional: '：オープンデータの公開数など、複数の計画が示す数値を、数え方とともに並べています（順位は付けていません）。',
  search: '：計画を選んで検索できます。',
  /** A site with many plans: the plan list by prefecture, each prefecture on pages of its own. */
  prefectureLead: (prefectures: number, municipalities: number, plans: number, frontPlan: string) =>
    `このサイトに掲載している${prefectures}都道府県・${municipalities}団体の${plans}計画を、都道府県ごとのページに分けて載せています。トップページには${frontPlan}を表示しています。`,
  prefectureCaption: '都道府県ごとの計画（全国地方公共団体コードの順）',
  prefectureColumns: { prefecture: '都道府県', municipalities: '団体数', plans: '計画数', pages: 'ページ' },
  prefectureCount: (count: number) => `${count}`,
  /** The title of one page of a prefecture's plans: 「計画一覧：岩手県」, 「計画一覧：北海道（2/3）」. */
  partTitle: (prefecture: string, part: number, parts: number) =>
    `${titles.plans}：${prefecture}${parts > 1 ? `（${part}/${parts}）` : ''}`,
  partLabel: (prefecture: string, part: number, parts: number) => (parts > 1 ? `${prefecture} ${part}/${parts}` : prefecture),
  partLead: (prefecture: string, municipalities: number, plans: number, part: number, parts: number) =>
    `${prefecture}の${municipalities}団体の${plans}計画です${parts > 1 ? `（${parts}ページのうち${part}ページ目）` : ''}。`,
  partNav: '同じ都道府県のほかのページ',
  listSeparator: '、',
  /** What a plan publishes, part by part (joined with 「・」). */
  contents: {
    chapters: (count: number) => `本文 ${count}章`,
    goals: (count: number) => `目標 ${count}`,
    indicators: (count: number) => `指標 ${count}`,
    glossary: (count: number) => `用語 ${count}`,
    separator: '・',
  },
};

const sharedGlossary = {
  title: titles.sharedGlossary,
  lead: (count: number) => `2つ以上の計画が用語集で説明している用語${count}語について、各計画の説明を並べています。`,
  matching:
    '説明の文言は各計画の原本のとおりです。同じ用語でも、計画によって説明の範囲や言い回しが異なります。用語の表記の違い（全角・半角、「・」の有無）と、各計画が示す別名は同じ用語として扱っています。',
  plansLead: '各計画の用語集：',
  planLink: (planTitle: string, count: number) => `${planTitle}（${count}語）`,
  listSeparator: '、',
  indexHeading: '用語の一覧',
  /** A site with many plans: each term on its own page. */
  termCount: (plans: number) => `（${plans}計画）`,
  termTitle: (term: string, part: number, parts: number) => `${titles.sharedGlossary}：${term}${parts > 1 ? `（${part}/${parts}）` : ''}`,
  termLead: (plans: number) => `この用語を用語集で説明している${plans}計画の説明を、全国地方公共団体コードの順に並べています。`,
  termPart: (part: number, parts: number) => `${part}/${parts}ページ`,
  termPartsHeading: 'この用語のほかのページ',
  /** How a plan prints the term when its spelling differs from the heading. */
  ownSpelling: (term: string) => `（${term}）`,
};

const regional = {
  title: titles.regional,
  lead: '複数の計画が同じ話題について数値を示している場合に、その数値を原本の表記のまま並べています。',
  notRanked:
    '計画ごとに、何を1つと数えるか、いつまでの数値かが異なります。そのため、このページは数値の大小で並べたり順位を付けたりしていません（計画の並びは計画一覧と同じです）。それぞれの「何を数えているか」をあわせてお読みください。',
  topicCount: (count: number) => `（${count}計画）`,
  prefectureTitle: (prefecture: string) => `${titles.regional}：${prefecture}`,
  prefecturesHeading: '都道府県ごとの表',
  prefecturesLead: '掲載している計画が多いため、数値の表は都道府県ごとのページに分けています。',
  caption: (topic: string) => `${topic}：各計画の数値と数え方（順位ではありません）`,
  columns: { plan: '計画', figure: '数値（原本の表記）', counts: '何を数えているか', source: '原本の箇所' },
  csv: 'この表のCSV',
  csvEncoding: '（文字コード UTF-8（BOM付き）、改行 CRLF）',
};

const data = {
  title: titles.openData,
  /** A site with many plans: each plan's licence and files on its prefecture's page. */
  partsHeading: '計画ごとのデータとライセンス（都道府県ごと）',
  partsLead:
    '掲載している計画が多いため、計画ごとのファイルとライセンスは都道府県ごとのページに載せています。このページには、すべての計画をまとめたファイルを載せています。',
  partTitle: (prefecture: string, part: number, parts: number) =>
    `${titles.openData}：${prefecture}${parts > 1 ? `（${part}/${parts}）` : ''}`,
  partLead: (prefecture: string, plans: number) =>
    `${prefecture}の${plans}計画のデータです。すべての計画をまとめたファイルと、列の説明はオープンデータのページにあります。`,
  archiveHeading: 'すべてのデータをまとめてダウンロード',
  archiveLink: (size: string) => `すべてのデータ（ZIP、${size}）をダウンロード`,
  archiveContents: (files: number, updated: string | null) =>
    `このページのすべての CSV と JSON、機械で読むための目録と更新履歴（合わせて ${files} ファイル）と、すべての表と列の説明（README.txt、日本語）が1つのフォルダに入っています。${updated === null ? '' : `元のデータの最終更新日：${updated}`}`,
  intro:
    'このサイトのすべての表を、CSV と JSON でダウンロードできます。ページに表示している値と同じデータから、サイトを作るたびに生成しています。',
  /** The CSV conventions, as list items; `strong` is printed in bold between `before` and `after`. */
  conventions: {
    encoding: {
      before: 'CSV の文字コードは ',
      strong: 'UTF-8（BOM付き）',
      middle: '、改行は ',
      strong2: 'CRLF',
      after: '、区切りはカンマです（RFC 4180）。Excel でそのまま開けます。',
    },
    header: '1行目は列名（半角英字）です。列の日本語名と意味は、各表の「列の説明」にあります。',
    numbers:
      '数値には単位も桁区切りも付けていません。単位は単位の列にあります。空欄は「値がない」ことを表し、0 ではありません（理由は注記の列にあります）。',
    years: '年度は西暦の整数です。和暦は「年度（和暦）」の列にあります。全国地方公共団体コードは先頭の 0 を含む6桁の文字列です。',
    formulas:
      "表計算ソフトで開いたときに数式として実行されないよう、CSV では、文字列のセルが「=」「+」「-」「@」（前に空白がある場合と、全角の「＝」「＋」「－」「＠」を含みます）やタブ・改行で始まるときに、先頭にアポストロフィ（'）を付けています。数値の列は数値のまま（-3 のような負の数もそのまま）で、「-3」のように数だけの文字列のセルにも付けません。JSON には、すべての値を元のとおりに載せています。プログラムで CSV を読むときは、この ' を取り除くか、JSON をお使いください。",
  },
  licenceHeading: '利用条件',
  licence:
    'データの利用条件（ライセンス）は、計画を定めた市が決めるものです。市が定めていない計画は、そのことと問い合わせ先を示します。ライセンスが定められていないデータは、誰でも自由に二次利用できるオープンデータではありません。',
  licenceOf: (planTitle: string) => `${planTitle}：`,
  attribution: (attribution: string) => ` 出典の記載例：「${attribution}」`,
  machineHeading: '機械で読むための目録',
  dataPackage: '（Frictionless Data Package：全 CSV の列の型と意味）',
  catalog: '（DCAT 形式のデータカタログ、JSON-LD）',
  planAll: (planTitle: string) => `${planTitle}のすべての表（JSON 1ファイル）`,
  planArchive: (planTitle: string) => `${planTitle}のすべての表（CSV と列の説明、zip）`,
  datasetsHeading: (count: number) => `データの一覧（${count} 種類）`,
  datasetRows: (rows: number) => `（${rows} 行）`,
  lastUpdated: (date: string | null) => `最終更新日：${date ?? '不明'}（元のデータファイルを最後に変更した日）`,
  downloadsCaption: (table: string) => `${table}のダウンロード`,
  columns: { scope: '範囲', csv: 'CSV', json: 'JSON', rows: '行数', updated: '最終更新日' },
  allPlans: 'すべての計画',
  /** A download link in the dataset's table (the row says whose, the column which format): 「CSV（914 バイト）」. */
  download: (format: 'csv' | 'json', size: string) => `${format === 'csv' ? 'CSV' : 'JSON'}（${size}）`,
  csvEncoding: 'UTF-8（BOM付き）、CRLF',
  unknownDate: '不明',
  /** Said once on /data/ in a build without repository history (no 最終更新日 column then). */
  datesUnknown: 'このサイトは、元データの変更履歴（リポジトリの記録）がない環境で作られたため、ファイルごとの最終更新日は示していません。',
  columnsSummary: (table: string, count: number) => `${table}の列の説明（${count} 列）`,
  columnsCaption: (table: string) => `${table}の列`,
  /** The closing note on indicator downloads (`code` is printed as code between `before` and `after`). */
  indicatorNote: {
    before: '指標ごとの値は、各指標のページからも CSV と JSON でダウンロードできます（',
    link: '指標の一覧',
    middle: '）。指標のページの値の表には、1行ごとに固定のリンク（例：',
    code: '#v-2026-actual',
    after: ' は2026年度の実績値）があり、1つの値をアドレスで引用できます。',
  },
};

const columns = {
  title: titles.columns,
  heading: 'データの列の説明（列辞書）',
  intro:
    'このサイトの表データ（CSV）の、すべての列の名前・日本語の項目名・型・必須かどうか・意味です。同じ定義でデータを検査してからページを作っているので、ここに書かれていない列や、型に合わない値は掲載されません。',
  tablesHeading: '表の一覧',
  /** On the contents page, under each table's link: how many columns it has. */
  columnCount: (count: number) => `（${count} 列）`,
  /** On a table's page: where the other tables are. */
  allTables: 'すべての表の列の説明',
  tableTitle: (title: string, file: string) => `${title}（${file}）`,
  chapterTitle: '本文の章（chapters/<章ID>.md の先頭）',
  chapterDescription: '1つのファイルが計画本文の1つの章です。先頭の --- と --- の間に次の項目を書きます。',
  caption: (title: string) => `${title}の列`,
};

const history = {
  title: titles.history,
  /** A long history, split into pages of 200 changes, newest first. */
  pageTitle: (page: number, pages: number) => `${titles.history}（${page}/${pages}）`,
  pageLink: (page: number, pages: number) => `${page}/${pages}ページ`,
  pagesLabel: '更新履歴のページ（新しい順）',
  lead: 'このサイトに載せた数値（現状値・実績値・見込値・目標値）、意見募集の結果、計画の状態を、いつ掲載し、いつ変えたかの記録です。',
  source:
    '記録は、サイトの元データ（content フォルダ）の変更履歴から自動で作っています。値を訂正したときも、前の値と新しい値、日付、理由がここに残ります。日付は変更を記録した日で、市が数値を公表した日とは限りません。',
  downloads: 'ダウンロード：',
  csv: '更新履歴のCSV',
  csvEncoding: '（文字コード UTF-8（BOM付き）、改行 CRLF）・',
  json: 'JSON',
  separator: '・',
  feed: 'Atom フィード',
  feedNote: '（フィードリーダーで購読できます）',
  unavailable: 'このサイトは、元データの変更履歴がない環境で作られたため、更新履歴を表示できません。',
  empty: '記録された変更はまだありません。',
  /** The reason shown for the one entry that stands for every change before site.csv's `history_start`. */
  firstPublication: 'このサイトでの公開（それまでの準備の作業は、この1件にまとめています）',
  /** Said under the lead when the history starts at a set day. */
  startsOn: (day: string) => `この記録は${day}のこのサイトでの公開から始まります。`,
  /** The Atom feed's title, after the site's own name (a several-city site is not one city's). */
  feedTitle: (siteName: string) => `${siteName}：更新履歴`,
};

/** The words of the site's own pages, one entry per page. */
export const sitePageLabels = {
  /** The headings of the glossary's kana index (`groupOf`, src/lib/glossary/group-terms.ts), by row; 「その他」 for anything else. */
  kanaIndex: {
    a: 'あ行',
    ka: 'か行',
    sa: 'さ行',
    ta: 'た行',
    na: 'な行',
    ha: 'は行',
    ma: 'ま行',
    ya: 'や行',
    ra: 'ら行',
    wa: 'わ行',
    other: 'その他',
  },
  home,
  notFound,
  about,
  accessibility,
  methodology,
  search,
  transcriptionNotes,
  planList,
  sharedGlossary,
  regional,
  data,
  columns,
  history,
  /** The first crumb of every site-wide page's trail. */
  homeCrumb: titles.home,
} as const;
