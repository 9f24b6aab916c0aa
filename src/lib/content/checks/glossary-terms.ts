import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { matchKey } from '../../glossary/link-terms.ts';

/** The aliases of a glossary row, as written between 「｜」. */
export const splitAliases = (aliases: string | null): string[] => (aliases === null ? [] : aliases.split('｜'));

/**
 * Glossary spellings that cannot be linked in the text: an alias that is empty or only spaces
 * (it would match everywhere), and a term or alias that two entries claim (the link could go to
 * either). Compared as the text is matched: full/half width and spaces ignored.
 */
export function checkGlossaryTerms(rows: readonly SourcedRow[]): ContentError[] {
  const errors: ContentError[] = [];
  const owners = new Map<string, { id: string; line: number }>();
  for (const row of rows) {
    const id = row.values.id as string;
    const at = (field: string) => ({ file: row.file, line: row.line, column: row.columnNumbers[field] ?? 1, field });
    const spellings: [field: string, form: string][] = [['term', row.values.term as string]];
    splitAliases(row.values.aliases as string | null).forEach((alias, index, all) => {
      if (matchKey(alias).key === '') {
        errors.push({ ...at('aliases'), value: row.values.aliases as string, rule: 'empty-term', message: `別名の ${index + 1} 番目（全 ${all.length} 個）が空です`, hint: '別名は「｜」で区切って書きます。余分な「｜」や、空白だけの別名を消してください' });
      } else spellings.push(['aliases', alias]);
    });
    const ownKeys = new Set<string>();
    for (const [field, form] of spellings) {
      const { key } = matchKey(form);
      if (key === '') {
        errors.push({ ...at(field), value: form, rule: 'empty-term', message: '用語が空白だけです', hint: '原本どおりの用語を書いてください' });
        continue;
      }
      if (ownKeys.has(key)) continue;
      ownKeys.add(key);
      const owner = owners.get(key);
      if (owner) {
        errors.push({ ...at(field), value: form, rule: 'duplicate-term', message: `「${form}」は ${owner.line} 行目の用語（${owner.id}）と同じです`, hint: '同じ用語は1行にまとめてください。別の呼び方は、その行の aliases に「｜」で区切って書きます' });
      } else owners.set(key, { id, line: row.line });
    }
  }
  return errors;
}
