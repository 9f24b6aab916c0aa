/**
 * Labels of a plan's pages and of the tables they render (goals, indicators, chapters, comparison,
 * results, glossary, comments …); see `index.ts` for what belongs here. A label that names a level
 * of the plan (目標, 施策, 取組, 指標, 用語集) is a function of the plan's vocabulary (`PlanTerms`,
 * from `planTerms`), so a plan that says 指標 or 重点目標 reads its own words.
 */
import type { planTerms } from '../content/queries.ts';

/** A plan's vocabulary: what it calls its goals, measures, initiatives, indicators and glossary. */
export type PlanTerms = ReturnType<typeof planTerms>;

/** Words before and after a link inside a sentence. */
export interface AroundLink {
  before: string;
  link?: string;
  after: string;
}

export const planPageLabels = {
  /** The names of a plan's levels when plans.csv gives none (`planTerms`): the primary plan's words. */
  defaultTerms: {
    goal: '基本目標',
    measure: '基本施策',
    initiative: '具体的な取組',
    indicator: '成果指標',
    glossary: '用語集',
  },
  /** A chapter's number when the original gives no label of its own: 「第4章」. */
  chapterNumber: (n: number) => `第${n}章`,
  /** Words shared by several plan pages. */
  common: {
    /** A page's <title> before the plan's: 「指標の一覧｜見本計画」. */
    pageTitle: (page: string, planTitle: string) => `${page}｜${planTitle}`,
    /** A printed name quoted: 「…」. */
    quoted: (text: string) => `「${text}」`,
    /** A section of a chapter: 「第1章 計画の概要「(1) 趣旨」」. */
    section: (chapter: string, heading: string) => `${chapter}「${heading}」`,
    /** An aside in brackets: 「（…）」. */
    aside: (text: string) => `（${text}）`,
    /** Items of a list in a sentence: 「A、B」. */
    list: (items: readonly string[]) => items.join('、'),
    /** Between items written one after another (links in a sentence). */
    listSeparator: '、',
    /** Brackets around an aside that holds markup (a reading with its marks). */
    asideAround: { before: '（', after: '）' },
    /** Between a term and what follows it: 「基本目標：継続 4」. */
    colon: '：',
    /** The page of the original where something starts: 「原本 p.16」. */
    page: (page: number | string) => `原本 p.${page}`,
    /** The page of the original from which something runs: 「原本 p.16〜」. */
    pageFrom: (page: number | string) => `原本 p.${page}〜`,
    /** The download links' label under a table. */
    thisTable: 'この表',
    /** An empty cell of an item that does not exist. */
    none: '（なし）',
    /** What a page says where the document gives no value. */
    notInSource: '原本に記載なし',
    /** The crumb and heading of the table of contents. */
    contents: '目次',
    indicatorList: '指標の一覧',
    plan: '計画',
  },
  goal: {
    /** 「基本目標1：…」 */
    title: (t: PlanTerms, goal: { number: number | string; title: string }) => `${t.goal}${goal.number}：${goal.title}`,
    /** After the plan's title in the meta line: 「 ・原本 p.16」. */
    metaPage: (page: number | string) => ` ・原本 p.${page}`,
    description: '目標の説明',
    quotedFrom: { before: '本文 ', after: 'から引用しています。' } satisfies AroundLink,
    measures: (t: PlanTerms, count: number) => `${t.measure}（${count}）`,
    initiatives: (t: PlanTerms, count: number) => `${t.initiative}（${count}）`,
    roadmap: '工程表',
    indicators: '指標',
    progress: '指標ごとの進捗',
    method: { before: '進捗の計算方法は', link: '進捗の計算方法', after: 'のページにあります。' } satisfies AroundLink,
  },
  planHome: {
    /** The trail above a plan's home: the site root and the plan list. */
    crumbs: { home: 'トップ', plans: '計画一覧' },
    vision: '基本方針',
    /** 「基本目標と基本施策・指標」 */
    goals: (t: PlanTerms, hasMeasures: boolean, hasIndicators: boolean) =>
      `${t.goal}と${hasMeasures ? t.measure : t.initiative}${hasIndicators ? '・指標' : ''}`,
    summary: (parts: readonly string[]) => `この計画には、${parts.join('、')}があります。`,
    goalCount: (t: PlanTerms, count: number) => `${count} つの${t.goal}`,
    measureCount: (t: PlanTerms, count: number, priorities: number | null) =>
      `${count} の${t.measure}${priorities !== null ? `（うち重点 ${priorities}）` : ''}`,
    initiativeCount: (t: PlanTerms, count: number) => `${count} の${t.initiative}`,
    indicatorCount: (count: number) => `${count} の指標`,
    /** Said once for the page, not once per indicator. */
    withoutData: (count: number, all: boolean, status: string) =>
      `${all ? `${count} の指標はどれも` : `進捗を示していない ${count} の指標は`}、進捗を計算できる実績値が掲載されていないため、目標までの進捗は「${status}」です。`,
    initiatives: (t: PlanTerms, count: number) => `${t.initiative}（${count}）`,
    indicators: '指標',
    baseline: (value: string, year: string) => `現状値 ${value}（${year}）`,
    target: (value: string, year: string) => `目標値 ${value}（${year}）`,
    /** A target printed in words (「検証済み」). */
    targetText: (text: string) => `目標値 ${text}`,
    arrow: ' → ',
    chapters: '計画本文',
    more: '関連するページ',
    comments: '意見の出し方と意見書の作成（パブリックコメント）',
    responses: (count: number) => `意見と市の考え方${count === 0 ? '（未公表）' : `（${count} 件）`}`,
    comparison: (previousTitle: string) => `前計画（${previousTitle}）との比較`,
    indicatorList: (count: number) => `指標の一覧（${count} 指標）`,
    results: (t: PlanTerms) => `${t.indicator}と達成状況（市による評価）`,
    previousResults: (previous: PlanTerms, previousTitle: string) => `前計画（${previousTitle}）の${previous.indicator}と達成状況`,
    glossary: (t: PlanTerms, count: number) => `${t.glossary}（${count} 語）`,
    data: 'オープンデータ（CSV・JSON のダウンロード）',
    methodology: '進捗の計算方法',
    transcriptionNotes: '転記の記録（原本から直した箇所）',
  },
  indicator: {
    plan: '計画',
    lineageFrom: '前計画との関係',
    lineageTo: (otherPlanTitle: string) => `${otherPlanTitle}での扱い`,
    basis: '対応づけの根拠：',
    reason: '理由・経緯（原本）：',
    compare: '前計画との比較を見る',
    unit: '単位',
    noUnit: '（なし）',
    aggregation: '値の種類',
    direction: '望ましい方向',
    comparator: '目標の比較',
    comparatorValue: (comparator: string) => `目標値${comparator}`,
    target: '目標',
    source: '出典',
    note: '備考',
    evaluation: '市の評価',
    printedIn: '掲載箇所',
    printedPage: (page: number | string) => ` 原本 p.${page}〜（掲載節の開始ページ）`,
    evaluationPage: (page: number | string) => ` 原本 p.${page}〜`,
    values: '値とグラフ',
    noActuals: 'この指標の実績値は掲載されていません。',
    history: 'この指標の更新履歴',
    historyUnavailable: 'このサイトは元データの変更履歴がない環境で作られたため、更新履歴を表示できません。',
    historyEmpty: '記録された変更はありません。',
    siteHistory: { before: '', link: 'サイト全体の更新履歴', after: '（CSV・Atom フィードもあります）' } satisfies AroundLink,
  },
  indicatorList: {
    lead: (planTitle: string, count: number) => `${planTitle}の${count}の指標です。指標名を選ぶと、すべての値と出典・備考を見られます。`,
    caption: (planTitle: string, count: number) => `${planTitle}の指標（${count}指標）`,
    indicator: '指標',
    baseline: '現状値',
    latestActual: '最新の実績値',
    projected: '見込値',
    target: '目標値',
    evaluation: '市の評価',
  },
  compare: {
    title: '前計画との比較',
    lead: (previousTitle: string, planTitle: string, kinds: string) =>
      `${previousTitle}から${planTitle}へ、${kinds}がどう引き継がれたかを示します。`,
    /** Joins the names of the compared levels: 「基本目標・基本施策・指標」. */
    kindSeparator: '・',
    /** Names a few levels in a sentence: 「基本施策と指標」, 「基本目標・基本施策と指標」. */
    kindsAnd: (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join('・')}と${names.at(-1)}`),
    /** The levels the document itself links, with where it says so when the plan records it. */
    byDocument: (kinds: string, planTitle: string, source: string | null) =>
      source ? `${kinds}の対応は原本（${planTitle}${source}）が示しています。` : `${kinds}の対応は原本が示しています。`,
    bySite: (kinds: string) =>
      `${kinds}の対応づけ（どの項目がどの項目を引き継いだか、「新規」「この計画に対応なし」の判断）は原本には書かれておらず、両計画の文言をもとにこのサイトが読み取ったものです。`,
    mixed: (kinds: string) => `${kinds}の対応づけには、原本が示すものと、両計画の文言をもとにこのサイトが読み取ったものがあります。`,
    basis: {
      before: '各行の「対応づけの根拠」に、その読み取りのもとになった両計画の文言を示します（',
      link: '対応表のCSV',
      after: '）。',
    } satisfies AroundLink,
    reasons:
      '理由は原本に書かれている場合だけ、その箇所とともに示します。「この計画に対応なし」は、対応する項目が見当たらないという意味で、廃止されたとは限りません。',
    missing: (items: readonly string[]) => `対応表に載っていない前計画の項目があります：${items.join('、')}`,
    counts: (counts: readonly { label: string; count: number }[]) => counts.map((c) => `${c.label} ${c.count}`).join('、'),
    /** 「前計画の評価指標と達成状況」, in the predecessor's own word for its indicators. */
    previousResults: (previous: PlanTerms) => `前計画の${previous.indicator}と達成状況`,
    previousResultsAfter: 'もあわせてご覧ください。',
    caption: (heading: string, previousTitle: string, planTitle: string) => `${heading}の引き継ぎ（${previousTitle} → ${planTitle}）`,
    fate: '扱い',
    previousEvaluation: '前計画の評価',
    linkBasis: '対応づけの根拠',
    reason: '理由（原本の箇所）',
    noMark: '－',
    /** The section of each compared level. */
    goals: (t: PlanTerms) => t.goal,
    measures: (t: PlanTerms) => t.measure,
    indicators: '指標',
  },
  results: {
    /** 「評価指標と達成状況」, in the plan's own word for its indicators. */
    name: (t: PlanTerms) => `${t.indicator}と達成状況`,
    title: (t: PlanTerms, planTitle: string) => `${planTitle}の${t.indicator}と達成状況`,
    lead: (t: PlanTerms, planTitle: string, count: number, documents: readonly string[]) =>
      `${planTitle}で設定した${count}の${t.indicator}について、${documents.map((d) => `「${d}」`).join('・')}に掲載された実績値・見込値と、市による評価です。評価の記号は原本のとおりで、このサイトが計算し直したものではありません。`,
    successor: (successorTitle: string): Required<AroundLink> => ({
      before: `これらの指標が「${successorTitle}」でどう引き継がれたか（継続・見直し・対応なし）は、`,
      link: '前計画との比較',
      after: 'にまとめています。',
    }),
    legend: '評価の凡例と内訳',
    legendCaption: '評価の記号の意味と、その評価の指標の数',
    mark: '記号',
    meaning: '意味',
    count: '指標の数',
    goalHeading: (t: PlanTerms, goal: { number: number | string; title: string }) => `${t.goal}${goal.number}「${goal.title}」`,
    review: { before: '市による評価と課題の文章は、', after: 'にあります。' } satisfies AroundLink,
  },
  chapter: {
    /** `commentable`: the plan invites comments now, so the passage's line offers 「この箇所に意見を書く」. */
    citeHelp: (numberLabel: string, commentable: boolean) =>
      `各段落や見出しの後ろの「¶」は、その箇所の固定リンクです。選ぶと、引用用の表記（「${numberLabel}…」）${commentable ? '、「引用をコピー」と「この箇所に意見を書く」' : 'と「引用をコピー」'}が出ます。`,
    citeHelpPages: '原本のページは、その節が始まるページです。',
    pager: '前後の章',
    previous: (label: string) => `前の章：${label}`,
    next: (label: string) => `次の章：${label}`,
    nextGlossary: (t: PlanTerms) => `次：${t.glossary}`,
  },
  /** The link to a plan's own data zip. */
  planData: {
    before: 'この計画のデータ：',
    link: (files: number, size: string) => `表の CSV ${files} ファイルと列の説明（zip、${size}）`,
    after: '。すべての計画のデータはオープンデータのページにあります。',
  },
  chapterList: {
    title: (planTitle: string) => `目次 ${planTitle}`,
    lead: (planTitle: string, hasPages: boolean) =>
      `${planTitle}の本文です。${hasPages ? 'ページ番号は原本（PDF）の目次のページです。' : '原本にはページ番号がありません。'}`,
  },
  glossary: {
    /** A term's tip in the chapter text: 「AI（エーアイ）：人工知能。」. */
    tip: (term: string, reading: string | null, definition: string) => `${term}${reading ? `（${reading}）` : ''}：${definition}`,
    lead: (t: PlanTerms, planTitle: string, count: number) =>
      `${planTitle}の${t.glossary}の${count}語です。説明は原本のとおりです。読みは原本に書かれているものだけを載せています。`,
    shared: {
      before: 'ほかの計画も説明している用語は、',
      link: '計画をまたぐ用語集',
      after: 'で説明を並べて読めます。',
    } satisfies AroundLink,
    index: (t: PlanTerms) => `${t.glossary}の索引`,
    usedPages: (pages: string) => `原本の該当ページ：${pages}`,
    compare: (term: string) => `「${term}」のほかの計画での説明と比べる`,
    comparePlans: (count: number) => `（${count}計画）`,
    uses: '本文で使われている箇所：',
  },
  responses: {
    title: '意見と市の考え方',
    unpublished: (planTitle: string) =>
      `${planTitle}への意見募集（パブリックコメント）の結果（寄せられた意見の要旨と市の考え方）は、まだ公表されていません。市が公表した後、このページに掲載します。`,
    invitation: { before: '意見を出したい方は、', link: '意見書の作成', after: 'をご覧ください。' } satisfies AroundLink,
    lead: (planTitle: string, count: number, changed: number) =>
      `${planTitle}に寄せられた意見${count}件の要旨と、それに対する市の考え方です（案を修正したもの ${changed}件）。意見の要旨と市の考え方は、市の公表資料のとおりです。`,
    caption: (planTitle: string, count: number) => `${planTitle}への意見と市の考え方（${count}件）`,
    number: '番号',
    passage: '該当箇所',
    opinion: '意見の要旨',
    answer: '市の考え方',
    changed: '案の修正',
    changedYes: '修正あり',
    /** Beside 修正あり, when the plan lists its versions: the answer's row in the response matrix, with the passages it changed. */
    changesLink: '修正箇所を見る',
    changedNo: '修正なし',
  },
  comments: {
    title: '意見書の作成',
    lead: (planTitle: string) => `${planTitle}への意見（パブリックコメント）を、この画面で下書きし、提出用の意見書にまとめられます。`,
    whereToSend: '意見の提出先と期間',
    howItWorks: '使い方',
    steps: {
      first: {
        before: '本文（',
        link: '目次',
        after:
          '）の各段落の下にある「この箇所に意見を書く」を選ぶと、その箇所を示す表記（例：第4章(2) 第3段落）が入った意見欄がここに加わります。',
      } satisfies AroundLink,
      second: '意見を書き、氏名・住所・連絡先を入力します。意見の順番は入れ替えられます。',
      third: '「文面をコピー」「印刷」「テキストファイルで保存」「CSVで保存」のいずれかで意見書を取り出し、上の提出先に出してください。',
    },
    storage:
      '入力した内容は、お使いのブラウザの中（localStorage）にだけ保存され、次に開いたときも残っています。このサイトが内容を受け取ったり、送信したりすることはありません。共用のパソコンでは、書き終えたら「下書きをすべて消す」を選んでください。',
    noScript: '意見書の作成には JavaScript が必要です。JavaScript を使わない場合は、次の項目を書いた文書を、上の提出先に出してください。',
    subject: (subject: string) => `件名：${subject}`,
    noScriptSender: '氏名、住所、連絡先',
    noScriptOpinion: '意見ごとに、該当箇所（本文の各段落の下にある「第4章(2) 第3段落」などの表記）と意見',
    errors: '入力が足りない項目があります',
    sender: '提出者',
    name: '氏名',
    address: '住所',
    contact: '連絡先（電話番号またはメールアドレス）',
    opinions: '意見',
    empty: 'まだ意見はありません。本文の「この箇所に意見を書く」か、下の「意見を追加」から書いてください。',
    add: '意見を追加',
    letter: '意見書の文面',
    copy: '文面をコピー',
    print: '印刷',
    text: 'テキストファイルで保存',
    csv: 'CSVで保存',
    mail: 'メールソフトで送る',
    clear: '下書きをすべて消す',
    opinion: '意見',
    passage: '該当箇所',
    up: '上へ移動',
    down: '下へ移動',
    remove: '削除',
  },
  embed: {
    description: (planTitle: string, indicatorName: string, charted: boolean) =>
      `${planTitle}の指標「${indicatorName}」の${charted ? '年度ごとの値（グラフと表）' : '値と目標（表）'}と出典です。`,
    source: '出典',
    licence: 'データの利用条件',
    more: 'この指標のページで、目標・進捗・更新履歴を見る',
    /** The view's subtitle: 「北上市情報基本計画2026（案）（北上市）。…は案です。」. */
    subtitle: (planTitle: string, municipality: string, notice: string) => `${planTitle}（${municipality}）。${notice}`,
    /** The source line: the indicator's source, or 原本に記載なし, with the document and page it is printed in. */
    sourceLine: (source: string | null, printedIn: string, page: number | null) =>
      `${source ?? '原本に記載なし'}（${printedIn}${page ? ` 原本 p.${page}〜` : ''}）`,
    licenceLine: (licence: string, attribution: string) => `${licence}。出典の記載例：「${attribution}」`,
    summary: (summary: string) => `グラフの要約：${summary}`,
  },
  /** The evaluation table of one goal (`::evaluation-table`), in the evaluated plan's words. */
  evaluationTable: {
    caption: (t: PlanTerms, planTitle: string, goalNumber: number | string) =>
      `${planTitle} ${t.goal}${goalNumber}の${t.indicator}と達成状況`,
    measure: (t: PlanTerms) => t.measure,
    indicator: '指標',
    target: '目標値',
    actual: '実績値',
    projected: '見込値',
    evaluation: '評価',
  },
  /** The outcome indicators of one goal (`::outcome-indicators`), in the plan's words. */
  outcomeIndicatorTable: {
    caption: (t: PlanTerms, planTitle: string, goalNumber: number | string) => `${planTitle} ${t.goal}${goalNumber}の${t.indicator}`,
    indicator: (t: PlanTerms) => t.indicator,
    baseline: '現状値',
    target: '目標値',
    source: '出典',
    note: '備考',
  },
  embedCode: {
    heading: 'このグラフと表を埋め込む・引用する',
    lead: {
      before:
        'ほかのウェブサイトや記事に、この指標のグラフ・表・出典を表示できます。次のコードを、そのページの HTML に貼り付けてください（',
      link: '埋め込んだときの表示を見る',
      after: '）。表示は、このサイトの値が更新されると自動で新しくなります。',
    } satisfies AroundLink,
    field: '埋め込み用のコード（HTML）',
    copy: 'コードをコピー',
    citeValue: (yearAndKind: string) =>
      `1つの値を引用するときは、「値とグラフ」の表の各行にある「リンク」のアドレスを使ってください（例：表の1行目、${yearAndKind}は `,
    citeValueEnd: ' で終わるアドレスです）。このアドレスは、ほかの値が追加・訂正されても変わりません。',
  },
  noteMark: {
    /** Read by screen readers before a transcription-note mark. */
    hidden: '転記の記録 ',
    /** The marker itself: 「修正3」 where the site changed the text, 「原文ママ3」 where it kept the printed wording. */
    text: (action: 'corrected' | 'kept', id: number) => `${action === 'corrected' ? '修正' : '原文ママ'}${id}`,
  },
  /** Chapter text: footnotes, citations, the chapter's own table of contents, figures. */
  chapterText: {
    footnote: (label: string) => `注${label}`,
    footnoteBack: (label: string) => `注${label}の参照元へ戻る`,
    toc: 'この章の内容',
    copyCitation: '引用をコピー',
    /** The small mark at the end of every citable block, a link to its permanent anchor. */
    passageMark: '¶',
    /** What the passage mark says to a screen reader: 「第4章(2) 第3段落の引用」 (true whether or not the plan invites comments). */
    passageMarkName: (label: string) => `${label}の引用`,
    commentHere: 'この箇所に意見を書く',
    /** The hidden reference after a button's text: 「（第4章(2) 第3段落）」. */
    which: (label: string) => `（${label}）`,
    /** A row of a chapter's table: 「第7章（２） 表1 2行目」. */
    row: (base: string, row: number) => `${base} ${row}行目`,
    figureText: '原本の図の中の文字（図そのものは掲載していません。並びは原本から抽出された順です）',
    figureMissing: '原本ではここに図があります（図は掲載していません）。',
  },
  /** The tables that chapter directives and goal pages render. */
  tables: {
    measuresCaption: (t: PlanTerms, planTitle: string, goalNumber: number | string) => `${planTitle} ${t.goal}${goalNumber}の${t.measure}`,
    description: '内容',
    /** The measure table's initiatives column: the plan's own heading, else 「具体的な取組内容」. */
    measureInitiatives: (initiativeTerm: string | null) => initiativeTerm ?? '具体的な取組内容',
    priority: '重点取組施策',
    initiativesCaption: (t: PlanTerms, owner: string) => `${owner}の${t.initiative}`,
    measureOwner: (t: PlanTerms, title: string) => `${t.measure}「${title}」`,
    initiativeOwner: (t: PlanTerms, text: string) => `${t.initiative}「${text}」`,
    goalOwner: (t: PlanTerms, title: string) => `${t.goal}「${title}」`,
    itemOwner: (name: string) => `「${name}」`,
    number: '番号',
    department: '担当',
    indicatorsCaption: (owner: string) => `${owner}の指標`,
    indicator: '指標',
    baseline: '現状値',
    target: '目標値',
    roadmapCaption: (owner: string) => `${owner}の工程表`,
    roadmapMissing: (owner: string) => `${owner}の工程表の内容は、原本から抽出できた文字にありません。`,
    /** The short mark on a roadmap step whose span the source cannot place: 「（期間は不確か※1）」. */
    uncertainSpan: (n: number) => `（期間は不確か※${n}）`,
    /** Its explanation, said once under the roadmap. */
    uncertainSpanNote: (n: number, note: string) => `※${n} 期間は不確か：${note}`,
    /** The radar chart's accessible name: the item and its levels in words. */
    radarLabel: (name: string, description: string) => `${name}：${description}`,
    /** An axis beside a radar chart: 「1 対象とする市民の規模」 (the number drawn on the chart). */
    radarAxis: (number: number, name: string) => `${number} ${name}`,
    scoreLevels: '評価レベルの基準',
    level: 'レベル',
    scoreAxes: (axes: readonly string[]) => `グラフの数字は評価の要素の番号です：${axes.map((a, i) => `${i + 1} ${a}`).join('、')}。`,
    scoresCaption: '定性評価の一覧（レベル）',
    scoreItem: '取組',
    notGiven: '－',
    datasetTruncated: (total: string, shown: number) =>
      `全 ${total} 行のうち、最初の ${shown} 行を表示しています。すべての行は、下の CSV・JSON でダウンロードできます。`,
    datasetSource: (source: string) => `出典：${source}`,
  },
  /** Values, marks and progress of indicators. */
  values: {
    noValue: '－',
    notInSource: '記載なし',
    noMark: '未報告',
    markHidden: (mark: string) => `（評価記号 ${mark}）`,
    figureCaption: (name: string, unit: string | null) => `「${name}」の値（単位：${unit ?? 'なし'}）`,
    summary: 'グラフの要約：',
    noChart: '原本に年度の記載がない値があるため、グラフは描かず、表だけを示します。',
    year: '年度',
    kind: '種類',
    value: '値',
    note: '注記',
    permalink: '固定リンク',
    permalinkHidden: (yearAndKind: string) => `この値（${yearAndKind}）への`,
    link: 'リンク',
    cityMark: '市の評価：',
    progress: (share: string) => `目標までの進捗 ${share}`,
    /** The brackets around the progress status after the share. */
    statusAround: { before: '（', after: '）' },
    /** A value's year and kind: 「2025年度（令和7年度）の実績値」. */
    yearKind: (year: string, kind: string) => `${year}の${kind}`,
    progressHeading: '進捗の状況',
    status: '状況',
    share: '目標までの進捗',
    cannotCompute: '－（計算できません）',
    baseline: '現状値',
    latest: '最新の実績値',
    target: '目標値',
    expected: '計画の直線上の値',
    direction: '望ましい方向',
    none: 'なし',
    computed: {
      before: 'この状況は市が公表した評価ではなく、上の値からこのサイトが',
      link: '公開している方法',
      after: 'で計算したものです。',
    } satisfies AroundLink,
  },
  /** Where and until when comments go (SubmissionDetails). */
  /** The submission details of a plan under comment (submissionRows): the addressee as the draft prints it. */
  submission: {
    office: '宛先',
    place: '宛先の所在地',
    officePhone: '宛先の電話',
    period: '募集期間',
    email: '意見を受け付けるメールアドレス',
    fax: '宛先のFAX',
    method: '提出方法',
    methodInNotice: '市の告知（下のページ）をご確認ください',
    notice: '市の告知',
    contact: (parts: readonly string[]) => `計画の問い合わせ先（原本に記載）：${parts.join(' ')}`,
    phone: (phone: string) => `電話 ${phone}`,
    faxNumber: (fax: string) => `FAX ${fax}`,
  },
} as const;
