/**
 * Touch targets, measured inside a page (passed to `page.evaluate`, so it must not close over
 * anything).
 */

/**
 * Controls (buttons, form fields, disclosure summaries) smaller than 44×44 CSS px, and links that
 * fail WCAG 2.2 2.5.8: smaller than 24×24 px and closer than the rule allows — a 24 px circle on
 * the centre of each undersized target must not touch another target or another such circle.
 * Links inside a sentence (their block holds other text) are exempt, as the rule says. Closed
 * `<details>` are opened first, so what a reader can open is measured too. A checkbox counts with
 * its label. Returns one line per problem.
 */
export function touchTargetProblems(): string[] {
  // (The header's menu stays closed: open, it covers the top of the page by design.)
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not(.dx-menu)')) details.open = true;
  const visible = (el: Element) =>
    el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('.dx-visually-hidden');
  const describe = (el: Element, r: DOMRect) => `${Math.round(r.width)}×${Math.round(r.height)} ${el.outerHTML.slice(0, 70)}`;
  const problems: string[] = [];
  const controls = [...document.querySelectorAll('button, select, textarea, summary, input:not([type="hidden"])')].filter(visible);
  for (const el of controls) {
    // A checkbox or radio button is hit through its label too.
    const label = el.matches('input[type="checkbox"], input[type="radio"]') ? el.closest('label') : null;
    const r = (label ?? el).getBoundingClientRect();
    if (r.width < 44 || r.height < 44) problems.push(`control under 44×44: ${describe(el, r)}`);
  }
  const blockOf = (el: Element) => {
    let node = el.parentElement;
    while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
    return node;
  };
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, '');
  const links = [...document.querySelectorAll('a[href]')].filter(visible);
  const targets = [...links, ...controls].map((el) => ({ el, rects: [...el.getClientRects()] }));
  // A link whose block holds other text than links sits in a sentence (or a line of text) and is exempt.
  const inText = (el: Element) => {
    const block = blockOf(el);
    if (!block) return false;
    const linkText = [...block.querySelectorAll('a[href]')].reduce((n, a) => n + text(a).length, 0);
    return text(block).length > linkText;
  };
  const undersized = links.filter((el) => {
    const r = el.getBoundingClientRect();
    return (r.width < 24 || r.height < 24) && !inText(el);
  });
  const centreOf = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const touches = (c: { x: number; y: number }, r: DOMRect) => {
    const dx = Math.max(r.left - c.x, 0, c.x - r.right);
    const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
    return dx * dx + dy * dy < 12 * 12;
  };
  for (const el of undersized) {
    const c = centreOf(el);
    const near = targets.find(
      (t) => t.el !== el && !t.el.contains(el) && !el.contains(t.el) && t.rects.some((r) => r.width > 0 && touches(c, r)),
    );
    const crowded =
      near ??
      undersized.find((other) => {
        if (other === el) return false;
        const o = centreOf(other);
        return (o.x - c.x) ** 2 + (o.y - c.y) ** 2 < 24 * 24;
      });
    if (crowded)
      problems.push(
        `link under 24×24 too close to another target: ${describe(el, el.getBoundingClientRect())} near ${crowded instanceof Element ? crowded.outerHTML.slice(0, 50) : crowded.el.outerHTML.slice(0, 50)}`,
      );
  }
  return problems;
}
