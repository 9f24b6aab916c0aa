/**
 * Site furniture inside an indexed page that search must neither match nor quote in excerpts
 * (Pagefind's `excludeSelectors`). Markup may also say so itself with `data-pagefind-ignore`
 * (citation lines, the glossary's "used in" lists). Pagefind already skips nav, form, label,
 * script and footer. Excluded elements still give their filters and meta (Base.astro's holder).
 */
export const NOT_INDEXED_SELECTORS = [
  // Hidden until asked for: glossary tooltips (span.dx-term__tip), the copy buttons, the
  // holder of the page's search filters and meta.
  '[hidden]',
  // Controls: 「引用をコピー」, 「PNG で保存」, …
  'button',
  // The original's page after a heading (「原本 p.4〜」): a reference, not the heading.
  '.dx-page-ref',
  // The passage mark 「¶」 and its screen-reader name at the end of a heading or paragraph
  // (data-pagefind-ignore does not keep it out of a heading's anchor title).
  '.dx-cite-mark',
  // 「この表のCSVをダウンロード（文字コード …）」 and 「JSON」 links.
  '.dx-downloads',
];
