/**
 * The shape of our column dictionary. Every CSV table the site reads is described by one
 * `TableSpec`; the validator, the typed loaders and the published column dictionary all read
 * these specs, so a column is documented in exactly one place.
 */

/** Cell types understood by the validator (see `src/lib/validate/check-cell.ts`). */
export type ColumnType =
  | 'id' // stable ASCII identifier: a-z, 0-9 and hyphens
  | 'text' // free text, shown as text (never as HTML)
  | 'integer'
  | 'number' // decimal number without unit or thousands separator
  | 'fiscal_year' // Western fiscal year, e.g. 2025 for 令和7年度
  | 'enum' // one of `values`
  | 'boolean' // true / false
  | 'url' // http(s) address
  | 'email' // exactly one e-mail address (no second address, no ?cc=)
  | 'date' // YYYY-MM-DD
  | 'municipality_code' // 6-digit 全国地方公共団体コード with check digit, kept as text
  | 'page'; // page number of the original document (positive integer)

/** One allowed value of an enum column, with its Japanese label. */
export interface EnumValue {
  /** The value written in the CSV. */
  value: string;
  /** What the value means, in Japanese (shown on pages and in the dictionary). */
  label: string;
}

/** A reference from this column to a key column of another table. */
export interface Reference {
  /** The referenced table's `name`. */
  table: string;
  /** Where the referenced table lives: in the same plan folder, or anywhere (plan ids). */
  scope: 'same-plan' | 'site';
}

/** One column of a CSV table. */
export interface ColumnSpec {
  /** ASCII machine name, exactly as in the header row. */
  name: string;
  /** Japanese label, used on pages and in the published column dictionary. */
  label: string;
  /** Cell type; decides which checks run and how the cell is converted. */
  type: ColumnType;
  /** Whether a blank cell is an error. */
  required: boolean;
  /** What the column means, in Japanese, for editors and data re-users. */
  description: string;
  /** Allowed values, for `enum` columns. */
  values?: readonly EnumValue[];
  /** The table whose key this column must name, if any. */
  references?: Reference;
  /** Unit of the values, when the column itself has a fixed unit. */
  unit?: string;
}

/** One CSV table: a file name, its meaning and its columns. */
export interface TableSpec {
  /** Machine name of the table (also the download's base name). */
  name: string;
  /** File name inside the plan folder (or `content/` for site-wide tables). */
  file: string;
  /** `site`: one file in `content/`; `plan`: one file per plan in `content/plans/<plan>/`. */
  scope: 'site' | 'plan';
  /** Japanese title of the table. */
  title: string;
  /** What one row is, in Japanese. */
  description: string;
  /** Columns whose values together must be unique (the row key). */
  key: readonly string[];
  /** Whether the file may be absent (then the table has no rows). */
  optional: boolean;
  /** The columns, in the order they are published. */
  columns: readonly ColumnSpec[];
}

/** Typed value of one cell after validation; blank cells are `null`. */
export type CellValue = string | number | boolean | null;

/**
 * The TypeScript type of a filled cell of each column type, as `checkCell` converts it. Indexed
 * by `ColumnType`, so a new column type that is not listed here fails type-checking in `CellOf`.
 */
interface CellTypes {
  id: string;
  text: string;
  url: string;
  date: string;
  email: string;
  municipality_code: string;
  integer: number;
  number: number;
  fiscal_year: number;
  page: number;
  boolean: boolean;
  enum: string;
}

/**
 * The value of one validated cell of column `C`: an enum column's own values, otherwise the type
 * of its cell type (see `CellTypes`); `| null` unless the column is required (a blank is `null`).
 */
export type CellOf<C extends ColumnSpec> =
  | (C extends { type: 'enum'; values: readonly { value: infer V extends string }[] } ? V : CellTypes[C['type']])
  | (C extends { required: true } ? never : null);

/**
 * The row type of a table, derived from its spec: one property per column, named and typed by
 * the column (`CellOf`). Specs are declared `as const satisfies TableSpec` so that their column
 * names, types, `required` flags and enum values survive as literal types; renaming a column in
 * a spec then fails type-checking wherever the old name is read.
 */
export type RowOf<S extends Pick<TableSpec, 'columns'>> = {
  -readonly [C in S['columns'][number] as C['name']]: CellOf<C>;
};
