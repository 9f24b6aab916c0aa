import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { contentDirectory } from '../io/read-content-files.ts';
import { validatedFolder } from '../io/validated-content.ts';
import { formatContentErrors, formatContentWarnings } from '../lib/validate/content-error.ts';

/**
 * The gate between `content/` and the site:
 * - `astro build`: validates everything before a single page is built; on any problem the build stops
 *   and prints all of them at once, each with file:line:column, value, rule and fix.
 * - `astro dev`: the server starts even with problems (they are printed here). The content loader
 *   (src/loaders/content-loader.ts) fills the collections and, through the content layer's watcher,
 *   validates again when a file is saved; every page shows the problems in the error overlay until
 *   they are fixed.
 */
export function contentGateIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const contentDir = resolve(contentDirectory(fileURLToPath(config.root)));
        // The content loader re-uses this validation (validated-content.ts) unless a file changes in between.
        const { site, errors, warnings } = validatedFolder(contentDir).result;
        // Warnings (a plan without a data licence) are printed and the build goes on.
        if (warnings.length > 0) logger.warn(formatContentWarnings(warnings));
        if (!site) {
          console.error(`\n${formatContentErrors(errors)}\n`);
          // A build stops here with only the list above: a stack trace would bury it.
          if (command === 'build') process.exit(1);
        } else {
          logger.info(`content OK: ${site.plans.length} plans, ${site.plans.reduce((n, p) => n + p.indicators.length, 0)} indicators`);
        }
      },
    },
  };
}
