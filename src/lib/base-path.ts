/**
 * `/dx/` from `dx`, `/dx`, `/dx/`; `/` from blank. Its own module with no imports, because the browser
 * scripts use it through urls.ts and must not pull in the CSV reader.
 */
export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A root-relative site path under a base path: `/dx/plans/…` for `/plans/…` under `/dx/` (unchanged when already under it). */
export function underBase(basePath: string, path: string): string {
  return basePath === '/' || path.startsWith(basePath) ? path : `${basePath}${path.replace(/^\//, '')}`;
}
