import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, the only browser on the project's machines (nothing can download one). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Starts Debian's Chromium headless, as the browser tests and the benchmarks use it. Fails — never
 * skips — when it is missing, saying how to install it, so a machine without a browser cannot pass
 * the browser tests by accident.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (.ci/run does this), then run the tests again.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
