import type { GlossaryTerm } from '../../../schemas/glossary-term.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { foldKey, TERM_FOLDING } from '../../text/fold-text.ts';
import { cellError } from './cell-error.ts';

/** The aliases of a glossary row, as written between 「｜」. */
export const splitAliases = (aliases: string | null): string[] => (aliases === null ? [] : aliases.split('｜'));

/**
 * Glossary spellings that cannot be linked in the text: an alias that is empty or only spaces
 * (it would match everywhere), and a term or alias that two entries claim (the link could go to
 * either). Compared as the linker matches text (`TERM_FOLDING`): width, case, spaces, middle dots and
 * hyphens ignored, long vowel marks unified — so Wi-Fi and WiFi, ＡＩ and AI are the same spelling.
 */
export function checkGlossaryTerms(rows: readonly SourcedRow<Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>>[]): ContentError[] {
  const errors: ContentError[] = [];
  const owners = new Map<string, { id: string; line: number }>();
  for (const row of rows) {
    const { id, term, aliases } = row.values;
    const at = (field: string) => ({ file: row.file, line: row.line, column: row.columnNumbers[field] ?? 1, field });
    const spellings: [field: string, form: string][] = [['term', term]];
    splitAliases(aliases).forEach((alias, index, all) => {
      if (foldKey(alias, TERM_FOLDING) === '') {
        errors.push({
          ...at('aliases'),
          value: aliases!,
          rule: 'empty-term',
          message: `別名の ${index + 1} 番目（全 ${all.length} 個）が空です`,
          hint: '別名は「｜」で区切って書きます。余分な「｜」や、空白だけの別名を消してください',
        });
      } else spellings.push(['aliases', alias]);
    });
    const ownKeys = new Set<string>();
    for (const [field, form] of spellings) {
      const key = foldKey(form, TERM_FOLDING);
      if (key === '') {
        errors.push({
          ...at(field),
          value: form,
          rule: 'empty-term',
          message: '用語が空白だけです',
          hint: '原本どおりの用語を書いてください',
        });
        continue;
      }
      if (ownKeys.has(key)) continue;
      ownKeys.add(key);
      const owner = owners.get(key);
      if (owner) {
        errors.push({
          ...at(field),
          value: form,
          rule: 'duplicate-term',
          message: `「${form}」は ${owner.line} 行目の用語（${owner.id}）と同じです`,
          hint: '同じ用語は1行にまとめてください。別の呼び方は、その行の aliases に「｜」で区切って書きます',
        });
      } else owners.set(key, { id, line: row.line });
    }
  }
  return errors;
}

/** A glossary entry's expansion (正式名称) is the one printed in its description (`expansion-not-in-description`). */
export function checkGlossaryExpansions(rows: readonly SourcedRow<Pick<GlossaryTerm, 'expansion' | 'description'>>[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of rows) {
    const { expansion } = row.values;
    if (expansion && !row.values.description.includes(expansion)) {
      errors.push(
        cellError(row, 'expansion', {
          value: expansion,
          rule: 'expansion-not-in-description',
          message: `正式名称「${expansion}」が説明の中にありません`,
          hint: '原本の説明に書かれた英語の名称をそのまま書いてください',
        }),
      );
    }
  }
  return errors;
}
