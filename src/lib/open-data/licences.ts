import type { Plan } from '../../schemas/plan.ts';
import { openDataLabels } from '../labels/open-data.ts';

/** Licences the site knows how to describe, by the name written in plans.csv. */
const KNOWN: Record<string, { id: string; url: string; title: string }> = {
  'CC BY 4.0': {
    id: 'CC-BY-4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
    title: openDataLabels.licenceTitles['CC BY 4.0']!,
  },
  'PDL1.0': {
    id: 'PDL-1.0',
    url: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
    title: openDataLabels.licenceTitles['PDL1.0']!,
  },
};

/** Machine id, URL and Japanese title of a licence name; unknown names are kept as written. */
export function describeLicence(name: string): { id: string; url: string | null; title: string } {
  const known = KNOWN[name];
  return known ? known : { id: name, url: null, title: name };
}

/** The plan fields a licence statement needs: the setting itself and whom to ask. */
export type LicencePlan = Pick<Plan, 'title' | 'licence' | 'publisher' | 'contact' | 'phone' | 'email'>;

/**
 * What the site says about a plan's data licence. A licence is the publishing city's decision:
 * it is stated only when `licence` is set in plans.csv. Otherwise the site says it is not stated
 * and whom to ask (the office printed as contact, or the publisher, with its phone and e-mail) —
 * never a default.
 */
export type LicenceStatement =
  { stated: true; name: string; id: string; url: string | null; title: string } | { stated: false; text: string };

/** The licence statement of one plan (see `LicenceStatement`). */
export function licenceStatement(plan: LicencePlan): LicenceStatement {
  if (plan.licence !== null) return { stated: true, name: plan.licence, ...describeLicence(plan.licence) };
  const words = openDataLabels.licence;
  const reach = [plan.phone && words.phone(plan.phone), plan.email && words.email(plan.email)].filter(Boolean).join(words.separator);
  return { stated: false, text: words.notStated(words.whom(plan.contact ?? plan.publisher, reach)) };
}

/**
 * The licence terms of data drawn from one or more plans, for machine-readable metadata: the
 * stated licences (deduplicated), and a rights statement (`dct:rights`) unless every plan states
 * the same licence — it gives each plan's terms, and for a plan without a licence whom to ask, so
 * a harvester never reads an unstated licence as open.
 */
export function licenceTerms(plans: readonly LicencePlan[]): { licences: ReturnType<typeof describeLicence>[]; rights: string | null } {
  const statements = plans.map((plan) => ({ plan, statement: licenceStatement(plan) }));
  const names = [...new Set(statements.flatMap(({ statement }) => (statement.stated ? [statement.name] : [])))];
  const uniform = names.length === 1 && statements.every(({ statement }) => statement.stated);
  const rights = statements
    .map(({ plan, statement }) =>
      openDataLabels.licence.rights(
        plan.title,
        statement.stated ? openDataLabels.licence.stated(statement.title, statement.name) : statement.text,
      ),
    )
    .join(' ');
  return { licences: names.map(describeLicence), rights: uniform || plans.length === 0 ? null : rights };
}
