/**
 * Builds the real site once per test run and serves it on 127.0.0.1, for the build checks and
 * the browser tests. A failed build is recorded, not thrown: the build test reports its output.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build/build-site.ts';
import { serveStatic } from '../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the real site's build. */
    outDir: string;
    /** Exit status and printed output of that build. */
    buildStatus: number | null;
    buildOutput: string;
    /** Base URL of the static server on the built site, without a trailing slash. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const build = buildSite();
  const { server, url } = await serveStatic(build.outDir);
  project.provide('outDir', build.outDir);
  project.provide('buildStatus', build.status);
  project.provide('buildOutput', build.output);
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
