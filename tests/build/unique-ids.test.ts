/**
 * Every element id on every built page is unique. The page is parsed (ultrahtml), so an id is an
 * id attribute of an element — not text that looks like one — and a repeat is counted, which a
 * set of ids (as the link test builds) cannot see. A duplicate id sends 「表N 2行目」 and
 * aria-describedby to the wrong element.
 */
import { expect, inject, it } from 'vitest';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { builtPages } from './build-site.ts';

/** Ids that occur more than once in an HTML document, with their counts. */
export function duplicateIds(html: string): string[] {
  const counts = new Map<string, number>();
  walkSync(parse(html), (node) => {
    const id = node.type === ELEMENT_NODE ? node.attributes.id : undefined;
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return [...counts].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
}

it('finds a repeated id (the check itself works)', () => {
  expect(duplicateIds('<p id="a">x</p><table><tr id="b"><td id="a">y</td></tr></table><p title=\' id="b"\'>z</p>')).toEqual(['a ×2']);
});

it('gives every element of every built page its own id', () => {
  const pages = builtPages(inject('outDir'));
  expect(pages.size).toBeGreaterThan(100);
  const problems = [...pages].flatMap(([path, html]) => duplicateIds(html).map((d) => `${path}: ${d}`));
  expect(problems).toEqual([]);
});
