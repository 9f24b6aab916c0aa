/** An indicator's embeddable view (for other sites' <iframe>s): its figure, source and licence. */
import { canChart } from '../charts/chart-spec.ts';
import { observationsOf } from '../content/queries.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { planById } from '../content/queries.ts';
import { embedView, type EmbedView } from '../embed/embed-view.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { param, type RouteParams } from './plan-page.ts';

export { indicatorPaths as embedIndicatorPaths } from './indicator-page.ts';

/** Everything the embeddable view shows, and the props of its shell. */
export interface EmbedIndicatorPage {
  shell: { title: string; description: string; canonicalPath: string };
  content: PlanContent;
  indicator: Indicator;
  view: EmbedView;
  facts: { source: string; licence: string };
  more: { label: string; href: string };
}

/** The embeddable view of one indicator (params `plan`, `indicator`). */
export function embedIndicatorPage(site: SiteContent, params: RouteParams): EmbedIndicatorPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const indicator = content.indicators.find((i) => i.id === param(params, 'indicator'));
  if (!indicator) throw new Error(`unknown indicator: ${plan.id}/${params.indicator}`);
  const labels = planPageLabels.embed;
  const view = embedView(site, content, indicator);
  const page = urls.indicator(plan.id, indicator.id);
  return {
    shell: {
      title: planPageLabels.common.pageTitle(view.title, plan.title),
      // 「年度ごとの値（グラフと表）」 only where there are dated values to draw.
      description: labels.description(plan.title, indicator.name, canChart(observationsOf(content, indicator.id))),
      canonicalPath: page,
    },
    content,
    indicator,
    view,
    facts: { source: labels.source, licence: labels.licence },
    more: { label: labels.more, href: page },
  };
}
