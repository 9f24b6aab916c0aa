import { chromeLabels } from '../labels/chrome.ts';
import type { Plan } from '../../schemas/plan.ts';
import { planFactLabels } from '../labels/plan-facts.ts';

/** An office to ask, with whatever means of reaching it the source gives (null = not given). */
export interface ContactPoint {
  /** The office (部署) or, for a site, the contact site.csv names; null when only an address is given. */
  office: string | null;
  postalCode: string | null;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
}

/**
 * The contact a plan's own pages name: the office its original prints as contact (`contact`), else
 * its publisher, with the postal code, address, phone, fax and e-mail printed with it.
 */
export function planContact(
  plan: Pick<Plan, 'contact' | 'publisher' | 'postal_code' | 'address' | 'phone' | 'fax' | 'email'>,
): ContactPoint {
  return {
    office: plan.contact ?? plan.publisher,
    postalCode: plan.postal_code,
    address: plan.address,
    phone: plan.phone,
    fax: plan.fax,
    email: plan.email,
  };
}

/**
 * The contact the site's own pages (home, about, data, accessibility …) name. content/site.csv's
 * `contact` / `contact_email` when set; else, on a site whose plans are all one municipality's, the
 * front plan's contact; else none — a site of several cities does not borrow one city's office
 * for everyone (pages then point readers to each plan's own contact: `reportErrorsSentence`).
 */
export function siteContact(
  config: { contact: string | null; contact_email: string | null } | undefined,
  plans: readonly Pick<Plan, 'municipality_code'>[],
  front: Parameters<typeof planContact>[0],
): ContactPoint | null {
  if (config && (config.contact !== null || config.contact_email !== null)) {
    return { office: config.contact, postalCode: null, address: null, phone: null, fax: null, email: config.contact_email };
  }
  const municipalities = new Set(plans.map((p) => p.municipality_code));
  return municipalities.size === 1 ? planContact(front) : null;
}

/** The contact of a page: its plan's own on a plan's pages, the site's on the site's own pages. */
export function pageContact(
  site: { siteContact: ContactPoint | null },
  plan: Parameters<typeof planContact>[0] | null,
): ContactPoint | null {
  return plan ? planContact(plan) : site.siteContact;
}

/**
 * A contact in one line: 「横手市総務企画部 情報政策課（〒013-8601 横手市条里一丁目1番1号、電話 0182-35-2166、
 * FAX 0182-33-2239、メール densan@city.yokote.lg.jp）」. Only what is given is written.
 */
export function contactText(contact: ContactPoint): string {
  const place = [contact.postalCode, contact.address].filter(Boolean).join(' ');
  const means = [
    place,
    contact.phone && planFactLabels.contact.phone(contact.phone),
    contact.fax && planFactLabels.contact.fax(contact.fax),
    contact.email && planFactLabels.contact.email(contact.email),
  ].filter(Boolean);
  const separator = planFactLabels.contact.separator;
  if (contact.office === null) return means.join(separator);
  return means.length > 0 ? planFactLabels.contact.withMeans(contact.office, means.join(separator)) : contact.office;
}

/**
 * The footer's request to report a difference from the original, naming the page's contact — or,
 * on a several-city site without a site contact, each plan's own contact instead of one city's.
 */
export function reportErrorsSentence(contact: ContactPoint | null): string {
  return chromeLabels.footerNote(contact && (contact.office ?? contact.email));
}
