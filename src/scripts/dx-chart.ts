/**
 * <dx-chart data-spec="…">: draws an indicator's chart on top of the page's own table and summary
 * (which are there without JavaScript). Chart.js is fetched only when the chart is about to scroll
 * into view, so pages load no charting code until a reader gets there.
 */
class DxChart extends HTMLElement {
  connectedCallback() {
    if (!('IntersectionObserver' in window)) return void this.draw();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.draw();
      },
      { rootMargin: '200px' },
    );
    observer.observe(this);
  }

  async draw() {
    const { drawChart } = await import('./draw-chart.ts');
    drawChart(this, JSON.parse(this.dataset.spec ?? '{}'));
  }
}

if (!customElements.get('dx-chart')) customElements.define('dx-chart', DxChart);
