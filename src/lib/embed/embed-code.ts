/** Text safe inside a double-quoted HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The texts of an embeddable view that decide its height. */
export interface EmbedContent {
  /** The indicator's name (the h1). */
  title: string;
  /** The plan line under it. */
  subtitle: string;
  /** The chart's one-sentence summary. */
  summary: string;
  /** Each value row's note (null when it has none). */
  notes: readonly (string | null)[];
  /** Whether a chart is drawn (values with years). */
  hasChart: boolean;
  /** Whether the page says that no chart is drawn (values without a year). */
  noChartNotice: boolean;
  /** The texts of the source and licence lines. */
  facts: readonly string[];
}

/** How many lines a text takes at about `perLine` characters a line (at least one). */
const lines = (text: string, perLine: number) => Math.max(1, Math.ceil([...text].length / perLine));

/**
 * A frame height (px) that shows an indicator's embeddable view without an inner scroll bar in an
 * article column 640 px wide, from the lengths of its texts (Japanese text at the site's sizes: the
 * title about 26 characters a line, body text 37, the source lines 28, a note in the table 24) and
 * the fixed parts (chart 20rem with its legend and save button, table head, downloads, link). At
 * 640 px the values table is stacked (each row a block of labelled lines; see DataTable), so a row
 * takes about 86 px (each label leads its value on one line), more with a long note.
 * Checked against every rendered view in the browser tests; embedding sites can change it.
 */
export function embedHeight(content: EmbedContent): number {
  const fixed = 340; // padding, margins, the table's caption and head, the downloads, the link, and room for cells that wrap
  const chart = content.hasChart ? 400 : 0;
  const notice = content.noChartNotice ? 45 : 0;
  const text = lines(content.title, 26) * 32 + lines(content.subtitle, 37) * 26 + lines(content.summary, 36) * 27;
  const rows = content.notes.reduce((sum, note) => sum + 86 + (note ? 20 + 26 * lines(note, 24) : 0), 0);
  const facts = content.facts.reduce((sum, fact) => sum + lines(fact, 28) * 27, 0);
  return Math.ceil((fixed + chart + notice + text + rows + facts) / 10) * 10;
}

/**
 * The HTML a reader copies to show an embeddable view on another site: an <iframe> with a title
 * (its accessible name), full width, the given height (the fallback), no border, loaded lazily;
 * with `listener`, the site's script that sets the frame to the height its view reports
 * (src/lib/embed/frame-height.ts), so the view shows whole at any width.
 */
export function embedCode({ src, title, height, listener }: { src: string; title: string; height: number; listener?: string }): string {
  const frame = `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border: 0;" loading="lazy"></iframe>`;
  return listener ? `${frame}\n<script src="${attribute(listener)}" async></script>` : frame;
}
