/**
 * What the copy buttons say (「引用をコピー」 on chapters, the embed code's copy button). Kept in a
 * module of its own, with no imports, because the browser scripts bundle it
 * (src/scripts/cite-copy.ts, src/scripts/embed-code.ts).
 */

export const copyButtonLabels = {
  cite: {
    copied: (text: string) => `引用をコピーしました：${text}`,
    failed: (text: string) => `コピーできませんでした。次の文を選んでコピーしてください：${text}`,
    /** Shown after the button for a moment once the citation is copied. */
    mark: '（コピーしました）',
  },
  embed: {
    copied: '埋め込み用のコードをコピーしました。',
    failed: 'コピーできませんでした。コードを選んでコピーしてください。',
  },
} as const;
