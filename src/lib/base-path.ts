/**
 * `/dx/` from `dx`, `/dx`, `/dx/`; `/` from blank. Its own module with no imports, because the browser
 * scripts use it through urls.ts and must not pull in the CSV reader.
 */
export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
