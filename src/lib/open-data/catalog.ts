import { plansById } from '../content/site-index.ts';
import type { SiteContent } from '../content/types.ts';
import { dataFileBytes, dataFiles, frictionlessField, type DataFile } from './data-files.ts';
import { licenceTerms } from './licences.ts';
import { latestModified } from './last-modified.ts';
import { openDataLabels } from '../labels/open-data.ts';

/** Licence terms of a file: its plan's, or every plan's for a combined file. */
function termsOf(site: SiteContent, file: DataFile) {
  return licenceTerms((file.planId ? [plansById(site.plans).get(file.planId)!] : site.plans).map((p) => p.plan));
}

/**
 * Frictionless licence properties: `licenses` only when every plan of the data states the same
 * licence; otherwise `rights` (a statement, as in DCAT's dct:rights) gives each plan's terms and,
 * for a plan without a licence, whom to ask.
 */
function packageLicences(terms: ReturnType<typeof licenceTerms>): Record<string, unknown> {
  if (terms.rights) return { rights: terms.rights };
  return { licenses: terms.licences.map((l) => ({ name: l.id, title: l.title, ...(l.url ? { path: l.url } : {}) })) };
}

/** Resource name for the data package: lowercase, digits, `-`, `_` and `.` only. */
const resourceName = (file: DataFile) => file.path.replace(/\.csv$/, '').replace(/[/]/g, '.');

/**
 * Where the data files live: the absolute address of /data/ when the site's public address is
 * configured (SITE_URL), so harvesters can use every IRI as is; otherwise '' (addresses relative to the
 * catalogue itself, which still resolve where the files are served).
 */
export function dataBaseIri(site: SiteContent): string {
  const { siteUrl, basePath } = site.settings;
  return siteUrl ? `${siteUrl}${basePath}data/` : '';
}

/** 「横手市のDX計画のデータ」, or for several municipalities 「北上市ほかのDX計画のデータ」. */
export function dataTitle(site: SiteContent): string {
  const municipalities = new Set(site.plans.map((p) => p.plan.municipality_code));
  return openDataLabels.dataTitle(site.primary.plan.municipality_name, municipalities.size > 1);
}

/**
 * A Frictionless Tabular Data Package describing every CSV file: encoding (UTF-8 with BOM), CSV
 * dialect, and a table schema generated from the same column dictionary that validated the content.
 */
export function dataPackage(site: SiteContent): Record<string, unknown> {
  const csvFiles = dataFiles(site).filter((f) => f.format === 'csv');
  const base = dataBaseIri(site);
  return {
    profile: 'tabular-data-package',
    name: 'dx-plan-data',
    ...(base ? { id: `${base}datapackage.json`, homepage: base } : {}),
    title: dataTitle(site),
    description: openDataLabels.dataDescription,
    ...packageLicences(licenceTerms(site.plans.map((p) => p.plan))),
    resources: csvFiles.map((file) => ({
      name: resourceName(file),
      path: `${base}${file.path}`,
      title: file.table.title,
      description: file.table.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      bytes: dataFileBytes(file),
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      ...packageLicences(termsOf(site, file)),
      schema: {
        fields: file.table.columns.map(frictionlessField),
        missingValues: [''],
        ...(file.table.key.length > 0 ? { primaryKey: [...file.table.key] } : {}),
      },
    })),
  };
}

/**
 * A DCAT catalogue (JSON-LD) for open-data portals to harvest: one dataset per table type per plan,
 * each with its CSV and JSON distributions. Addresses are absolute when the site's public address is
 * configured, otherwise relative to the catalogue's own URL.
 */
export function dcatCatalog(site: SiteContent): Record<string, unknown> {
  const files = dataFiles(site).filter((f) => f.scope !== 'indicator');
  const base = dataBaseIri(site);
  const groups = new Map<string, DataFile[]>();
  for (const file of files) {
    const key = `${file.planId ?? 'all'}/${file.table.name}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' },
    '@id': `${base}catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': dataTitle(site),
    'dct:language': 'ja',
    'dcat:dataset': [...groups.entries()].map(([key, group]) => {
      const { table, planId } = group[0]!;
      const plan = planId ? plansById(site.plans).get(planId)!.plan : site.primary.plan;
      const terms = termsOf(site, group[0]!);
      const single = terms.rights === null ? terms.licences[0] : undefined;
      const modified = latestModified(site, table.sources);
      return {
        '@id': `${base ? `${base}catalog.jsonld` : ''}#${key.replace('/', '-')}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': key,
        'dct:title': openDataLabels.datasetTitle(planId ? plan.title : null, table.title),
        'dct:description': table.description,
        'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': planId ? plan.publisher : plan.municipality_name },
        // One licence stated for all its plans is the dataset's licence; anything else (none
        // stated, or plans with different ones) is said in words.
        ...(single ? { 'dct:license': single.url ? { '@id': single.url } : single.title } : {}),
        ...(terms.rights ? { 'dct:rights': terms.rights } : {}),
        ...(modified ? { 'dct:modified': modified } : {}),
        'dcat:distribution': group.map((file) => ({
          '@type': 'dcat:Distribution',
          'dcat:downloadURL': { '@id': `${base}${file.path}` },
          'dcat:mediaType': file.format === 'csv' ? 'text/csv' : 'application/json',
          'dct:format': file.format.toUpperCase(),
          'dcat:byteSize': dataFileBytes(file),
        })),
      };
    }),
  };
}
