import type { Correction } from '../../../schemas/correction.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { cellError } from './cell-error.ts';

/** A correction says what the text became: `corrected` is required when `action` is `corrected`. */
export function checkCorrections(rows: readonly SourcedRow<Correction>[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of rows) {
    if (row.values.action === 'corrected' && row.values.corrected === null) {
      errors.push(
        cellError(row, 'corrected', {
          value: '',
          rule: 'required',
          message: '修正後の文字列（corrected）が空欄です',
          hint: 'action が corrected の行には、サイトに掲載している修正後の文字列を書いてください',
        }),
      );
    }
  }
  return errors;
}
