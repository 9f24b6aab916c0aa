import type { Indicator } from '../../schemas/indicator.ts';
import { buildChartSpec, canChart } from '../charts/chart-spec.ts';
import { currentNotice } from '../comments/plan-notice.ts';
import { evaluationOf, observationsOf, planById } from '../content/queries.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import { licenceStatement } from '../open-data/licences.ts';
import { embedHeight } from './embed-code.ts';
import { planPageLabels } from '../labels/plan-pages.ts';

/** What an indicator's embeddable view says besides its figure: computed once for the view and for the height of its frame. */
export interface EmbedView {
  /** The indicator's name (the h1). */
  title: string;
  /** The plan, its municipality and the plan's state (「…は案です。」). */
  subtitle: string;
  /** 出典: the indicator's source as printed and where the original prints it. */
  source: string;
  /** The licence and how to credit, or, when the plan states none, that it is not stated and whom to ask. */
  licence: { title: string; url: string | null };
  /** The plan's attribution text for re-users. */
  attribution: string;
  /** The frame height for the <iframe> code (see embedHeight). */
  height: number;
}

/** The embeddable view of an indicator. */
export function embedView(site: SiteContent, content: PlanContent, indicator: Indicator): EmbedView {
  const { plan } = content;
  const observations = observationsOf(content, indicator.id);
  const spec = buildChartSpec(indicator, observations, evaluationOf(content, indicator.id));
  const printedIn = planById(site, indicator.printed_in).plan;
  const licence = licenceStatement(plan);
  const words = planPageLabels.embed;
  const subtitle = words.subtitle(plan.title, plan.municipality_name, currentNotice(plan).headline);
  const source = words.sourceLine(indicator.source, printedIn.title, indicator.page);
  const licenceLine = licence.stated ? words.licenceLine(licence.title, plan.attribution) : licence.text;
  const height = embedHeight({
    title: indicator.name,
    subtitle,
    summary: words.summary(spec.summary),
    notes: observations.map((o) => o.note),
    hasChart: spec.years.length > 0,
    noChartNotice: !canChart(observations),
    facts: [source, licenceLine],
  });
  return {
    title: indicator.name,
    subtitle,
    source,
    licence: licence.stated
      ? { title: words.licenceLine(licence.title, plan.attribution), url: licence.url }
      : { title: licence.text, url: null },
    attribution: plan.attribution,
    height,
  };
}
