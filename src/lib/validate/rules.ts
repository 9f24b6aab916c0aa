/**
 * Every rule the content checks can break, by id. `ContentError.rule` is typed from this list,
 * so code cannot emit an id that is not here, and a test checks that each id has a fixture
 * (`tests/fixtures/rules/<name>/expected.txt`) showing its exact message.
 */
export const RULES = [
  // Files
  'missing-file',
  'unknown-file',
  'unknown-plan-folder',
  'empty-file',
  'file-encoding',
  'control-character',
  'symlink',
  // CSV structure
  'csv-syntax',
  'field-count',
  'missing-column',
  'unknown-column',
  'misspelled-column',
  'duplicate-column',
  // Cells
  'required',
  'id-format',
  'invisible-character',
  'not-a-number',
  'not-an-integer',
  'full-width-digits',
  'number-with-unit',
  'thousands-separator',
  'scientific-notation',
  'dash-for-blank',
  'era-year',
  'year-with-unit',
  'year-out-of-range',
  'page-format',
  'boolean',
  'enum',
  'url',
  'email',
  'date',
  'municipality-code',
  // Rows and keys
  'duplicate-id',
  'duplicate-key',
  'blank-without-note',
  'year-without-note',
  // Between tables
  'unknown-reference',
  'site-plans',
  'site-setting',
  'self-reference',
  'predecessor-cycle',
  'one-primary-plan',
  'period-order',
  'target-outside-period',
  'year-outside-period',
  'value-out-of-range',
  'missing-target',
  'measure-goal-mismatch',
  'initiative-measure-mismatch',
  'initiative-parent',
  'undefined-level',
  'score-grid-incomplete',
  'succession-fate',
  'grade-not-in-scale',
  'rollup-mismatch',
  'unknown-section',
  // Glossary
  'expansion-not-in-description',
  'empty-term',
  'duplicate-term',
  // Transcription notes
  'correction-unmarked',
  'unknown-correction',
  // Chapters (Markdown)
  'frontmatter-missing',
  'frontmatter-unclosed',
  'frontmatter-syntax',
  'missing-field',
  'unknown-field',
  'misspelled-field',
  'duplicate-chapter-number',
  'heading-level',
  'heading-id',
  'heading-attribute',
  'unknown-block',
  'unclosed-block',
  'unknown-directive',
  'directive-attribute',
  'duplicate-footnote',
  'footnote-undefined',
  'link-url',
  'unsupported-syntax',
] as const;

/** Problems that are reported but do not stop the build (tested in tests/validation/rules.test.ts). */
export const WARNING_RULES = ['licence-not-set'] as const;

/** The id of a content rule or warning. */
export type RuleId = (typeof RULES)[number] | (typeof WARNING_RULES)[number];
