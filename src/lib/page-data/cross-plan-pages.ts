import type { SiteContent } from '../content/types.ts';
import { sharedTerms } from '../glossary/cross-plan.ts';
import { regionalTopics } from './regional-view.ts';

/** Whether the site has a cross-plan glossary: some term is defined by two or more published plans. */
export const hasSharedGlossary = (site: SiteContent): boolean => sharedTerms(site.plans).length > 0;

/** Whether the site has a regional view: some subject has figures of two or more published plans. */
export const hasRegionalView = (site: SiteContent): boolean => regionalTopics(site).length > 0;
