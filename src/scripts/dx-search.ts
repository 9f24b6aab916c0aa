/**
 * <dx-search>: site search over Pagefind's index, upgrading the plain form on the search page.
 * This part only handles the form; the search (Pagefind, ranking, results: dx-search-run.ts) is
 * fetched when the reader focuses the box or arrives with a query (?q=). The form keeps the plan
 * the reader searched from (?plan=, set by the header's form on a plan's pages); the scope line
 * says which plan, and its button searches all plans. Results are links in a list, the count is
 * announced in a live region, and Escape clears the search.
 */
const loadSearch = () => import('./dx-search-run.ts');

class DxSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const plan = this.querySelector<HTMLSelectElement>('select[name="plan"]')!;
    const status = this.querySelector<HTMLElement>('.dx-search__status')!;
    const list = this.querySelector<HTMLOListElement>('.dx-search__results')!;
    const scope = this.querySelector<HTMLElement>('.dx-search__scope')!;
    const allPlans = scope.querySelector('button')!;
    this.querySelector('.dx-search__nojs')?.remove();
    // The words printed and the index's filter names come from the labels, as data attributes (search.astro).
    const words = this.dataset;

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    plan.value = params.get('plan') ?? '';
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      box.checked = params.getAll('type').includes(box.value);

    const showScope = () => {
      scope.querySelector('strong')!.textContent = plan.value || words.allPlans!;
      allPlans.hidden = !plan.value;
    };
    showScope();
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
      if (plan.value) filters[words.planFilter!] = plan.value;
      if (types.length > 0) filters[words.typeFilter!] = { any: types };
      const search = await loadSearch();
      // The front plan's text leads for its glossary's terms when no plan is chosen (rank-results.ts).
      const hits = await search.findHits(input.value, filters, { plan: plan.value || words.frontPlan, synonyms: words.synonymTable });
      if (current === latest) search.showHits(list, status, hits, input.value, plan.value, words);
    };
    const submit = () => {
      const url = new URL(location.href);
      url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
      history.replaceState(null, '', url);
      void run();
    };

    // Changing the plan (or a type) searches again: the scope line and the results always agree.
    plan.addEventListener('change', () => {
      showScope();
      submit();
    });
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.addEventListener('change', submit);
    input.addEventListener('focus', () => void loadSearch().then((search) => search.loadPagefind()), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    allPlans.addEventListener('click', () => {
      plan.value = '';
      showScope();
      input.focus();
      submit();
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
