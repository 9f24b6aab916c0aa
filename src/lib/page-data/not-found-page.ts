import type { SiteContent } from '../content/types.ts';
import { planTerms } from '../content/queries.ts';
import { chromeLabels } from '../labels/chrome.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { urls } from '../urls.ts';
import type { PageLayout, ShellLink } from './page-shell.ts';
import { planHasPage } from './site-nav.ts';

/** The 404 page: a search form and the front plan's main pages. */
export interface NotFoundPage {
  layout: PageLayout;
  heading: string;
  lead: string;
  search: { action: string; landmark: string; label: string; submit: string };
  orBrowse: string;
  /** The top page and the front plan's contents, indicators and glossary, where it has them. */
  links: ShellLink[];
}

/** The 404 page: where a reader who followed a broken address can go, in the front plan's words. */
export function notFoundPage(site: SiteContent): NotFoundPage {
  const labels = sitePageLabels.notFound;
  const front = site.primary;
  const { id, title } = front.plan;
  const links: (ShellLink | false)[] = [
    { href: urls.home(), label: labels.home(title) },
    planHasPage(front, 'chapters') && { href: urls.chapters(id), label: labels.chapters },
    planHasPage(front, 'indicators') && { href: urls.indicators(id), label: labels.indicators },
    planHasPage(front, 'glossary') && { href: urls.glossary(id), label: planTerms(front.plan).glossary },
  ];
  return {
    layout: { title: labels.title, breadcrumbs: [] },
    heading: labels.title,
    lead: labels.lead,
    search: {
      action: urls.search(),
      landmark: chromeLabels.search.landmark,
      label: labels.searchLabel,
      submit: chromeLabels.search.submit,
    },
    orBrowse: labels.orBrowse,
    links: links.filter((link): link is ShellLink => link !== false),
  };
}
