/** One run of a text comparison: words both texts share, or words only the new or the old text has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Splits a text into the units a reader sees change. Japanese has no spaces between words, so a
 * unit is a run of one script — kanji, hiragana, katakana (with ー), Latin letters and digits
 * (with the decimal point and comma, so 「60.5」 changes as one figure) — and every other
 * character (punctuation, spaces, line breaks) alone.
 */
export function wordUnits(text: string): string[] {
  return (
    text.match(
      /\p{Script=Han}+|\p{Script=Hiragana}+|[\p{Script=Katakana}ー]+|[A-Za-z0-9０-９Ａ-Ｚａ-ｚ][A-Za-z0-9０-９Ａ-Ｚａ-ｚ.,．，]*|[\s\S]/gu,
    ) ?? []
  );
}

/**
 * The difference between two texts as runs of shared, removed and added words, in reading
 * order (a removal before the addition that replaces it). A longest common subsequence of the
 * units; adjacent units of the same kind are joined into one run.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = wordUnits(before);
  const b = wordUnits(after);
  // lengths[i][j]: length of the longest common subsequence of a[i…] and b[j…].
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
      push('removed', a[i]!);
      i++;
    } else {
      push('added', b[j]!);
      j++;
    }
  }
  return regroup(parts);
}

/**
 * Puts every removal of a stretch of changes before its additions (「削除：60 追加：80」 rather
 * than interleaved fragments), so each change reads as one replacement.
 */
function regroup(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ kind: 'removed', text: removed });
    if (added) result.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const part of parts) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      result.push(part);
    }
  }
  flush();
  return result;
}
