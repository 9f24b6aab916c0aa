/**
 * <dx-search>: site search over Pagefind's index, upgrading the plain form on the search page.
 * Pagefind's code is fetched only when the reader focuses the box or arrives with a query (?q=).
 * Results are links in a list (keyboard- and screen-reader-friendly), the count is announced in
 * a live region, Escape clears the search, and each result lands on its section with the
 * query highlighted by the browser (a text fragment).
 */
import { normalizeQuery } from '../lib/search/normalize-query.ts';

interface PagefindResult { url: string; excerpt: string; meta: Record<string, string>; sub_results?: { url: string; title: string; excerpt: string }[] }
interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

let loading: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return loading;
}

/** One result to show: a page, or — on the glossary page — one term. */
interface Hit { url: string; title: string; excerpt: string; plan: string; type: string }

const fold = (text: string) => normalizeQuery(text).replace(/\s/g, '').toLowerCase();

/**
 * Glossary results become one hit per term whose section matches, the terms named by the query
 * first; other pages give one hit, at their best-matching section.
 */
function toHits(result: PagefindResult, query: string): Hit[] {
  const base = { plan: result.meta.plan ?? '', type: result.meta.type ?? '' };
  const subs = (result.sub_results ?? []).filter((s) => s.url.includes('#'));
  if (result.meta.type === '用語') {
    const terms = subs.filter((s) => s.url.includes('#term-') && s.excerpt.includes('<mark>'));
    const named = (s: { title: string }) => (fold(s.title).includes(fold(query)) ? 0 : 1);
    return terms.sort((a, b) => named(a) - named(b)).map((s) => ({ ...base, url: s.url, title: s.title, excerpt: s.excerpt }));
  }
  const best = subs[0];
  return [{ ...base, url: best?.url ?? result.url, title: result.meta.title ?? best?.title ?? result.url, excerpt: best?.excerpt ?? result.excerpt }];
}

/** A URL that lands on the section and asks the browser to highlight the words (text fragment). */
const withHighlight = (url: string, query: string) => `${url}${url.includes('#') ? '' : '#'}:~:text=${encodeURIComponent(query.split(' ')[0] ?? query)}`;

class DxSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const status = this.querySelector<HTMLElement>('.dx-search__status')!;
    const list = this.querySelector<HTMLOListElement>('.dx-search__results')!;
    this.querySelector('.dx-search__nojs')?.remove();

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const plan = this.querySelector<HTMLSelectElement>('select[name="plan"]')!;
    plan.value = params.get('plan') ?? '';
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = params.getAll('type').includes(box.value);

    const run = async () => {
      const query = normalizeQuery(input.value);
      list.replaceChildren();
      if (!query) {
        status.textContent = '';
        return;
      }
      status.textContent = '検索しています…';
      const types = [...this.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((b) => b.value);
      const filters: Record<string, unknown> = {};
      if (plan.value) filters['計画'] = plan.value;
      if (types.length > 0) filters['種類'] = { any: types };
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query, { filters });
      const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      const hits = results.flatMap((result) => toHits(result, query));
      for (const hit of hits) {
        const item = document.createElement('li');
        item.className = 'dx-search__result';
        const link = document.createElement('a');
        link.href = withHighlight(hit.url, query);
        link.textContent = hit.title;
        const meta = document.createElement('p');
        meta.className = 'dx-meta';
        meta.textContent = [hit.type, hit.plan].filter(Boolean).join('・');
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is text with <mark> around the matches; keep only those marks.
        excerpt.append(...hit.excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
          const mark = /^<mark>(.*)<\/mark>$/.exec(part);
          if (!mark) return document.createTextNode(part.replace(/<[^>]+>/g, ''));
          const element = document.createElement('mark');
          element.textContent = mark[1]!;
          return element;
        }));
        item.append(link, meta, excerpt);
        list.append(item);
      }
      status.textContent = hits.length > 0 ? `「${query}」の検索結果は ${hits.length} 件です。` : `「${query}」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で試してください。`;
    };

    input.addEventListener('focus', () => void loadPagefind(), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
      history.replaceState(null, '', url);
      void run();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        input.value = '';
        void run();
      }
    });
    if (input.value) void run();
  }
}

if (!customElements.get('dx-search')) customElements.define('dx-search', DxSearch);
