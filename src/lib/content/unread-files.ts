import type { ContentError } from '../validate/content-error.ts';

/** Files an operating system or a tool puts in every folder: named in a warning, never an error. */
const SYSTEM_FILES = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\.gitkeep|\.gitignore|\._.*|~\$.*)$/i;

/**
 * The message for a file under `content/` that the site does not read (any name but `*.csv` or
 * `*.md`), so that no file is skipped without a word: an extension in capitals (`glossary.CSV`,
 * `c8.MD`, whose 33 terms or whole chapter would otherwise vanish), the `.txt` that Notepad adds
 * (`c7.md.txt`), an Excel or Word file, or anything else. A file a system or tool leaves in folders
 * (`.DS_Store`, `Thumbs.db`) is only a warning (`warning: true`).
 */
export function unreadFileProblem(path: string): { error: ContentError; warning: boolean } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const at = { file: path, line: 0, column: 0, value: name };
  if (SYSTEM_FILES.test(name))
    return {
      warning: true,
      error: {
        ...at,
        rule: 'ignored-file',
        message: `「${name}」はパソコンやツールが作るファイルなので、読みません`,
        hint: '不要なら削除してください（サイトには影響しません）',
      },
    };
  const caseOnly = /^(.+)\.(csv|md)$/i.exec(name);
  if (caseOnly) {
    const fixed = `${caseOnly[1]}.${caseOnly[2]!.toLowerCase()}`;
    return {
      warning: false,
      error: {
        ...at,
        rule: 'file-extension',
        message: `「${name}」は拡張子が大文字のため、読まれていません（このファイルの内容はサイトに載りません）`,
        hint: `ファイル名を「${fixed}」に変えてください（拡張子は小文字の .${caseOnly[2]!.toLowerCase()} です）`,
      },
    };
  }
  const notepad = /^(.+\.(?:csv|md))\.txt$/i.exec(name);
  if (notepad) {
    const fixed = notepad[1]!.replace(/\.(csv|md)$/i, (ext) => ext.toLowerCase());
    return {
      warning: false,
      error: {
        ...at,
        rule: 'file-extension',
        message: `「${name}」は末尾に .txt が付いているため、読まれていません（メモ帳などで保存すると付くことがあります）`,
        hint: `ファイル名を「${fixed}」に変えてください。メモ帳では「ファイルの種類」を「すべてのファイル」にして保存すると .txt が付きません`,
      },
    };
  }
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(name)) {
    const base = name.replace(/\.[^.]+$/, '');
    return {
      warning: false,
      error: {
        ...at,
        rule: 'file-extension',
        message: `「${name}」は表計算ソフトの形式のため、読まれていません`,
        hint: `Excel などで『CSV UTF-8（コンマ区切り）』を選び、「${base}.csv」として保存してください。元のファイルは content/ の外に置いてください`,
      },
    };
  }
  return {
    warning: false,
    error: {
      ...at,
      rule: 'unknown-file',
      message: `「${name}」はこのサイトが読まないファイルです（読むのは .csv と .md だけです）`,
      hint: '不要なら削除するか content/ の外に移してください。表なら CSV（UTF-8）、章なら Markdown（.md）で保存してください',
    },
  };
}
