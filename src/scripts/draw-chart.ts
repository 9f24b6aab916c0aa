/**
 * Draws a ChartSpec (built at build time by src/lib/charts/chart-spec.ts) with Chart.js, importing
 * only the pieces a line chart needs. Series differ by line style, marker and legend text, not
 * colour alone; forced-colours mode draws everything in the system text colour; animation is off
 * when the reader prefers reduced motion. Adds a button to save the chart as PNG.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset } from 'chart.js';
import type { ChartSpec, SeriesKind } from '../lib/charts/chart-spec.ts';
import { chartScriptLabels as words } from '../lib/labels/charts.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const STYLE: Record<
  SeriesKind,
  { color: string; dash: number[]; point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'line'; radius: number; line: boolean }
> = {
  baseline: { color: '#1a1a1c', dash: [], point: 'rect', radius: 7, line: false },
  actual: { color: '#0031d8', dash: [], point: 'circle', radius: 5, line: true },
  projected: { color: '#6b3fa0', dash: [8, 5], point: 'triangle', radius: 7, line: true },
  target: { color: '#b3261e', dash: [], point: 'rectRot', radius: 9, line: false },
  path: { color: '#4d4d52', dash: [2, 4], point: 'line', radius: 0, line: true },
};

export function drawChart(host: HTMLElement, spec: ChartSpec) {
  const forced = matchMedia('(forced-colors: active)').matches;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const text = getComputedStyle(host).color;
  const unit = spec.unit ?? '';

  const box = document.createElement('div');
  box.className = 'dx-chart__canvas';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', words.canvas(spec.title, spec.summary));
  box.append(canvas);
  host.append(box);

  const datasets: ChartDataset<'line'>[] = spec.series.map((series) => {
    const style = STYLE[series.kind];
    const color = forced ? text : style.color;
    return {
      label: series.label,
      data: series.values,
      borderColor: color,
      backgroundColor: color,
      borderDash: style.dash,
      borderWidth: style.line ? 3 : 0,
      showLine: style.line,
      pointStyle: style.point,
      pointRadius: style.radius,
      pointBorderWidth: 2,
      pointHoverRadius: style.radius + 2,
      spanGaps: true,
    };
  });

  // Paint the background, so a saved PNG is readable on any viewer.
  const background = {
    id: 'dx-background',
    beforeDraw: (c: Chart) => {
      const ctx = c.ctx;
      ctx.save();
      ctx.fillStyle = forced ? getComputedStyle(host).backgroundColor || 'Canvas' : '#ffffff';
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.restore();
    },
  };

  const chart = new Chart(canvas, {
    type: 'line',
    plugins: [background],
    data: { labels: spec.yearLabels, datasets },
    options: {
      animation: reduced ? false : { duration: 400 },
      maintainAspectRatio: false,
      color: text,
      scales: {
        x: { ticks: { color: text }, grid: { color: forced ? text : '#d8d8dc' } },
        y: {
          beginAtZero: true,
          title: { display: true, text: unit ? words.axisUnit(unit) : words.axisValue, color: text },
          ticks: { color: text, callback: (value) => `${Number(value).toLocaleString('ja-JP')}${unit}` },
          grid: { color: forced ? text : '#d8d8dc' },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, color: text, font: { size: 14 } } },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? (spec.yearLabels[items[0].dataIndex] ?? []).join(words.yearSeparator) : ''),
            label: (item) => words.tooltip(String(item.dataset.label), `${Number(item.raw).toLocaleString('ja-JP')}${unit}`),
          },
        },
      },
    },
  });

  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'dx-button';
  save.textContent = words.save;
  save.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = chart.toBase64Image('image/png', 1);
    link.download = `${host.dataset.filename ?? 'chart'}.png`;
    link.click();
  });
  host.append(save);
  // State for readers of the DOM (and the browser tests): drawn, and how.
  host.dataset.animation = reduced ? 'off' : 'on';
  host.dataset.colours = forced ? 'system' : 'palette';
  host.dataset.drawn = 'true';
}
