/**
 * The reason a commit gives readers. A commit message is written for the repository's developers
 * (often in English: 「Transcribe Kitakami 2023 summary …」), so it is never published as such: only
 * a line the editor writes for readers on purpose, 「理由: …」 (or 「理由：…」), becomes the public
 * reason of the changes the commit makes. The last such line counts.
 */
const REASON_LINE = /^理由[:：][\s\u3000]*(\S.*?)[\s\u3000]*$/;

/** The commit message's 「理由:」 line, or null when the commit gives none (then no reason is shown). */
export function publicReason(message: string): string | null {
  const lines = message.split(/\r\n|\r|\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = REASON_LINE.exec(lines[i]!.trim());
    if (match) return match[1]!;
  }
  return null;
}
