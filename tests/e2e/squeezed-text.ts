/**
 * Squeezed text: text set in a box so narrow that it reads one or two characters a line. Runs
 * inside a page (passed to `page.evaluate`, so it must not close over anything).
 */

/**
 * Every table cell, list item, paragraph, description, caption, heading and summary in `main`
 * whose content box is narrower than `minChars` characters of its own font size while its text
 * needs more than one line there. Closed `<details>` are opened first, so what a reader can open is measured too.
 * Returns one line per element: tag, width, font size and the start of its text.
 */
export function squeezedText(minChars = 4): string[] {
  const problems: string[] = [];
  for (const details of document.querySelectorAll('main details')) (details as HTMLDetailsElement).open = true;
  for (const el of document.querySelectorAll<HTMLElement>(
    'main :is(td, th, li, p, dd, dt, caption, figcaption, h1, h2, h3, h4, h5, h6, summary, blockquote)',
  )) {
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    if (text === '' || el.closest('.dx-visually-hidden, [hidden], [aria-hidden="true"]')) continue;
    // Visually hidden by CSS (a table's header row in the stacked layout): clipped to nothing.
    let clipped = false;
    for (let node: Element | null = el; node && !clipped; node = node.parentElement)
      clipped = getComputedStyle(node).clipPath === 'inset(50%)';
    if (clipped) continue;
    if (el.getClientRects().length === 0 || !el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    const fontSize = parseFloat(style.fontSize);
    const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (width >= minChars * fontSize) continue;
    // Narrow is fine while the text fits on one line (a mark, a short number): count the lines
    // its text nodes take (boxes that overlap vertically share a line).
    const boxes: DOMRect[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }
    boxes.sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const box of boxes) {
      if (box.top >= bottom - 2) lines++;
      bottom = Math.max(bottom, box.bottom);
    }
    if (lines <= 1) continue;
    problems.push(`${el.tagName.toLowerCase()} ${Math.round(width)}px < ${minChars}×${fontSize}px: ${text.slice(0, 24)}`);
  }
  return problems;
}
