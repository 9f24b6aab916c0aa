/**
 * <dx-search>: site search over Pagefind's index, upgrading the plain form on the search page.
 * This part only handles the form; the search (Pagefind, ranking, results: dx-search-run.ts) is
 * fetched when the reader focuses the box or arrives with a query (?q=). The form keeps the plan
 * the reader searched from (?plan=, set by the header's form on a plan's pages); the scope line
 * says which plan, and its button searches all plans. Results are links in a list, the count is
 * announced in a live region, and Escape clears the search.
 * On a site of several prefectures the reader may pick a prefecture first (?pref=): the search is
 * scoped to it, and the plan filter then offers its plans by municipality, from the prefecture's
 * small plan list (`/search/plans/03.json`, search-scope.ts), so the page never lists every plan.
 */
const loadSearch = () => import('./dx-search-run.ts');

/** The plan choices of one prefecture, as `/search/plans/<code>.json` gives them (SearchPrefecturePlans). */
interface PrefecturePlans {
  municipalities: { name: string; plans: string[] }[];
}

/** The plan filter's options for one prefecture: 「すべての計画」 (a copy of `all`), then one group per municipality. */
function prefectureOptions(all: HTMLOptionElement, found: PrefecturePlans): Node[] {
  return [
    all.cloneNode(true),
    ...found.municipalities.map((m) => {
      const group = document.createElement('optgroup');
      group.label = m.name;
      group.append(...m.plans.map((title) => new Option(title, title)));
      return group;
    }),
  ];
}

class DxSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const plan = this.querySelector<HTMLSelectElement>('select[name="plan"]')!;
    const prefecture = this.querySelector<HTMLSelectElement>('select[name="pref"]');
    const status = this.querySelector<HTMLElement>('.dx-search__status')!;
    const list = this.querySelector<HTMLOListElement>('.dx-search__results')!;
    const scope = this.querySelector<HTMLElement>('.dx-search__scope')!;
    const allPlans = scope.querySelector('button')!;
    this.querySelector('.dx-search__nojs')?.remove();
    // The words printed and the index's filter names come from the labels, as data attributes (search.astro).
    const words = this.dataset;

    // The plan choices the page came with (every plan on a small site), shown while no prefecture is picked.
    const unscoped = [...plan.children].map((node) => node.cloneNode(true));
    const fetched = new Map<string, Promise<PrefecturePlans>>();
    let listing = 0;
    /** Lists the picked prefecture's plans (or the page's own choices) and selects `title` if it is one of them. */
    const listPlans = async (title: string) => {
      const current = ++listing;
      const href = prefecture?.selectedOptions[0]?.dataset.plans;
      let nodes = unscoped;
      if (href) {
        if (!fetched.has(href))
          fetched.set(
            href,
            fetch(href).then((r) => r.json() as Promise<PrefecturePlans>),
          );
        nodes = await fetched.get(href)!.then(
          (found) => prefectureOptions(unscoped[0] as HTMLOptionElement, found),
          () => unscoped,
        );
      }
      if (current !== listing) return;
      plan.replaceChildren(...nodes.map((node) => node.cloneNode(true)));
      // A plan from the header's form may be outside the listed choices (a site that lists plans by prefecture).
      if (title && ![...plan.options].some((o) => o.value === title)) plan.add(new Option(title, title));
      plan.value = title;
    };
    const scopeName = () => plan.value || prefecture?.value || '';

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    if (prefecture) prefecture.value = params.get('pref') ?? '';
    const arrived = listPlans(params.get('plan') ?? '');
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      box.checked = params.getAll('type').includes(box.value);

    const showScope = () => {
      scope.querySelector('strong')!.textContent = scopeName() || words.allPlans!;
      allPlans.hidden = !scopeName();
    };
    void arrived.then(showScope);
    scope.hidden = false;

    let latest = 0;
    const run = async () => {
      const current = ++latest;
      list.replaceChildren();
      if (!input.value.trim()) {
        status.textContent = '';
        return;
      }
      status.textContent = words.searching!;
      const types = [...this.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((b) => b.value);
      const filters: Record<string, unknown> = {};
      if (prefecture?.value) filters[words.prefectureFilter!] = prefecture.value;
      if (plan.value) filters[words.planFilter!] = plan.value;
      if (types.length > 0) filters[words.typeFilter!] = { any: types };
      const search = await loadSearch();
      // The front plan's text leads for its glossary's terms when no plan is chosen (rank-results.ts).
      const found = await search.findHits(input.value, filters, {
        plan: plan.value || words.frontPlan,
        synonyms: words.synonymTable,
        parts: search.partsFor(words.indexParts, prefecture?.value),
      });
      if (current === latest) search.showHits(list, status, found, input.value, scopeName(), words);
    };
    const submit = () => {
      const url = new URL(location.href);
      url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
      history.replaceState(null, '', url);
      void run();
    };

    // Changing the prefecture, the plan (or a type) searches again: the scope line and the results always agree.
    prefecture?.addEventListener('change', () => {
      void listPlans('').then(() => {
        showScope();
        submit();
      });
    });
    plan.addEventListener('change', () => {
      showScope();
      submit();
    });
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.addEventListener('change', submit);
    input.addEventListener(
      'focus',
      () => void loadSearch().then((search) => search.loadPagefind(search.partsFor(words.indexParts, prefecture?.value))),
      { once: true },
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    allPlans.addEventListener('click', () => {
      if (prefecture) prefecture.value = '';
      void listPlans('').then(() => {
        showScope();
        input.focus();
        submit();
      });
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        input.value = '';
        void run();
      }
    });
    if (input.value) void arrived.then(run);
  }
}

if (!customElements.get('dx-search')) customElements.define('dx-search', DxSearch);
