import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirectory, readContentFiles } from '../lib/content/read-content-files.ts';
import { validateContent } from '../lib/content/validate-content.ts';
import { formatContentErrors, formatContentWarnings } from '../lib/validate/content-error.ts';
import { headersFile } from '../lib/security/headers.ts';
import { writeFileSync } from 'node:fs';

/**
 * Validates everything under content/ before Astro builds a single page. On any problem the
 * build stops and prints all of them at once, each with file:line:column, value, rule and fix.
 * Warnings (a plan without a data licence) are printed and the build goes on.
 */
export function validateContentIntegration(): AstroIntegration {
  return {
    name: 'dx-plan:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { site, errors, warnings } = validateContent(readContentFiles(contentDirectory(fileURLToPath(config.root))));
        if (!site) {
          const report = formatContentErrors(errors);
          console.error(`\n${report}\n`);
          // A build stops here with only the list above: a stack trace would bury it. The dev
          // server throws instead, so the browser overlay shows the problems while editing.
          if (command === 'build') process.exit(1);
          throw new Error(`コンテンツに ${errors.length} 件の問題があります（一覧は上に表示しています）。直してからもう一度実行してください。`);
        }
        if (warnings.length > 0) logger.warn(formatContentWarnings(warnings));
        logger.info(`content OK: ${site.plans.length} plans, ${site.plans.reduce((n, p) => n + p.indicators.length, 0)} indicators`);
      },
      // The security headers for static hosting, from the same policy the pages carry in <meta>.
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
      },
    },
  };
}
