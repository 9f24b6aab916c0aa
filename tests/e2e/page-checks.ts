/**
 * Checks run inside a page (functions passed to `page.evaluate`, so they must not close over
 * anything). Each returns a list of problems, empty when the page is fine.
 */

/** Reflow: nothing wider than the viewport; sideways scrollers are focusable, named regions. */
export function layoutProblems(): string[] {
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px viewport`);
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    if (el.scrollWidth <= el.clientWidth + 1 || !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
    if (el.tabIndex < 0 || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-label'))
      problems.push(`unlabelled or unfocusable scroller: ${el.outerHTML.slice(0, 80)}`);
  }
  return problems;
}

/**
 * One h1, one main, banner and contentinfo landmarks, named navigation, lang="ja". An embeddable
 * view (under /embed/, shown in other sites' frames) has one h1 and one main but no header,
 * navigation or footer.
 */
export function structureProblems(): string[] {
  const count = (selector: string) => document.querySelectorAll(selector).length;
  const problems: string[] = [];
  if (count('h1') !== 1) problems.push(`${count('h1')} h1 elements`);
  if (count('main') !== 1) problems.push(`${count('main')} main elements`);
  if (/\/embed\//.test(location.pathname)) {
    if (count('header, nav, footer, .dx-skip-link') > 0)
      problems.push('an embeddable view has site furniture (header, nav, footer or skip link)');
  } else {
    if (count('body > header') !== 1) problems.push('no banner (body > header)');
    if (count('body > footer') !== 1) problems.push('no contentinfo (body > footer)');
  }
  for (const nav of document.querySelectorAll('nav'))
    if (!nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby')) problems.push('unnamed nav');
  if (document.documentElement.lang !== 'ja') problems.push(`lang is "${document.documentElement.lang}"`);
  return problems;
}

/**
 * Every focusable element shows an outline of at least 2px whose colour has 3:1 contrast with
 * the background behind it. Call after one real key press, so :focus-visible applies.
 */
export function focusProblems(): string[] {
  const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const background = (el: Element | null): number[] => {
    for (let node = el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c.length >= 3 && (c[3] ?? 1) > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x! + 0.05) / (y! + 0.05);
  };
  const problems: string[] = [];
  // Open every disclosure, so what a reader can reach by opening it is checked too.
  for (const details of document.querySelectorAll('details')) details.open = true;
  for (const el of document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
  )) {
    // Not rendered at all (display: none and the like): nothing to focus.
    if (el.getClientRects().length === 0 || !el.checkVisibility()) continue;
    el.focus();
    if (document.activeElement !== el) {
      problems.push(`cannot take focus: ${el.outerHTML.slice(0, 60)}`);
      continue;
    }
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    const ratio = contrast(parse(style.outlineColor).slice(0, 3), background(el.parentElement));
    if (style.outlineStyle === 'none' || width < 2 || ratio < 3)
      problems.push(`weak focus (${style.outlineStyle} ${width}px, contrast ${ratio.toFixed(2)}): ${el.outerHTML.slice(0, 60)}`);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return problems;
}

/** Under prefers-reduced-motion: no animation, transition or smooth scrolling longer than 1 ms. */
export function motionProblems(): string[] {
  const longest = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 1 : 1000)));
  return [...document.querySelectorAll('*')]
    .filter((el) => {
      const s = getComputedStyle(el);
      return longest(s.animationDuration) > 1 || longest(s.transitionDuration) > 1 || s.scrollBehavior === 'smooth';
    })
    .map((el) => `moves: ${el.tagName}.${el.className}`);
}

/**
 * What a reader gets from the page: main text, tables, links and download links. Content marked
 * `data-no-js-only` (the fallback a script replaces, e.g. 「検索には JavaScript が必要です」) is left out.
 */
export function readableContent() {
  for (const fallback of document.querySelectorAll('[data-no-js-only], [data-js-only]')) fallback.remove();
  return {
    text: document.querySelector('main')?.innerText ?? '',
    tables: document.querySelectorAll('main table').length,
    rows: document.querySelectorAll('main tr').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    downloads: [...document.querySelectorAll<HTMLAnchorElement>('a[download], a[href$=".csv"], a[href$=".json"]')].map((a) => a.href),
  };
}

/** Scripts the page loaded (paths) and the text of its inline scripts, for the JS budget. */
export function scriptsLoaded() {
  return {
    external: performance
      .getEntriesByType('resource')
      .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script')
      .map((r) => new URL(r.name).pathname),
    inline: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
  };
}
