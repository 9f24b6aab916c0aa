/**
 * Writes each rule fixture's `expected.txt` from the validator's current output, for review:
 * `node scripts/update-fixture-messages.ts`. Read every changed message before committing —
 * the fixtures exist so that a message only changes on purpose.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureMessages } from '../tests/fixtures/fixture-messages.ts';

const rulesDir = join(import.meta.dirname, '../tests/fixtures/rules');
for (const name of readdirSync(rulesDir).sort()) {
  const messages = fixtureMessages(name);
  writeFileSync(join(rulesDir, name, 'expected.txt'), `${messages.join('\n')}\n`);
  console.log(`${name}: ${messages.length}`);
}
