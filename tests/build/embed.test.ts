/**
 * Embeddable views and value permalinks in the real build: one view per indicator, without site
 * furniture; every value row of an indicator page and of its view has a stable id and a link to
 * itself on the indicator page; the indicator page shows the <iframe> code of its view.
 */
import { describe, expect, inject, it } from 'vitest';
import { getSite } from '../../src/io/site.ts';
import { observationsOf } from '../../src/lib/content/queries.ts';
import { urls, valueAnchor } from '../../src/lib/urls.ts';
import { builtPages } from './build-site.ts';

const pages = builtPages(inject('outDir'));
const site = getSite();
const indicators = site.plans.flatMap((content) => content.indicators.map((indicator) => ({ content, indicator })));
const file = (url: string) => `${url.slice(1)}index.html`;
const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('embeddable views', () => {
  it('exist for every indicator, with one h1, lang="ja", links out of the frame and no header, navigation or footer', () => {
    for (const { content, indicator } of indicators) {
      const html = pages.get(file(urls.indicatorEmbed(content.plan.id, indicator.id)));
      expect(html, indicator.id).toBeDefined();
      expect(html!).toMatch(/^<!DOCTYPE html><html lang="ja">/i);
      expect(html!.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html!).toContain('<base target="_top">');
      expect(html!).not.toMatch(/<(header|nav|footer)[\s>]|dx-skip-link/);
      // The same figure as the indicator page: a chart where the page has one.
      expect(html!.includes('<dx-chart'), indicator.id).toBe(
        pages.get(file(urls.indicator(content.plan.id, indicator.id)))!.includes('<dx-chart'),
      );
      expect(html!).toContain(`href="${urls.indicator(content.plan.id, indicator.id)}"`);
      expect(html!).toContain('<dt>出典</dt>');
      expect(html!).not.toContain('data-pagefind-body');
    }
  });
});

describe('value permalinks', () => {
  it.each(indicators.map(({ content, indicator }) => [`${content.plan.id}/${indicator.id}`, content, indicator] as const))(
    '%s: every value row has its id and a link to it, on the page and in the view',
    (_name, content, indicator) => {
      for (const url of [urls.indicator(content.plan.id, indicator.id), urls.indicatorEmbed(content.plan.id, indicator.id)]) {
        const html = pages.get(file(url))!;
        for (const o of observationsOf(content, indicator.id)) {
          expect(html, `${url} ${o.fiscal_year} ${o.kind}`).toContain(`<tr id="${valueAnchor(o.fiscal_year, o.kind)}"`);
          expect(html).toContain(`href="${urls.indicatorValue(content.plan.id, indicator.id, o.fiscal_year, o.kind)}"`);
        }
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
        expect(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          url,
        ).toEqual([]);
      }
    },
  );
});

describe('the <iframe> code on indicator pages', () => {
  it('frames the indicator’s view with a title, in a labelled readonly field', () => {
    for (const { content, indicator } of indicators) {
      const html = pages.get(file(urls.indicator(content.plan.id, indicator.id)))!;
      const field = html.match(/<textarea id="embed-code"[^>]*>([^<]*)<\/textarea>/);
      expect(field, indicator.id).not.toBeNull();
      expect(field![0]).toContain('readonly');
      expect(html).toContain('<label for="embed-code">');
      const code = decode(field![1]!);
      expect(code.startsWith('<iframe src="'), code).toBe(true);
      expect(code).toContain(
        `${urls.indicatorEmbed(content.plan.id, indicator.id)}" title="${indicator.name}（${content.plan.title}）" width="100%" height=`,
      );
      // The computed height stays as the fallback; the listener script then fits the frame to the view.
      expect(code).toMatch(
        / height="\d+" style="border: 0;" loading="lazy"><\/iframe>\n<script src="[^"]*\/embed\/frame-height\.js" async><\/script>$/,
      );
    }
  });
});
