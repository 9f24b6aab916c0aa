import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from './types.ts';

/**
 * Reads every `.csv` and `.md` file under `contentDir` into memory, keyed by its path relative
 * to `projectRoot` with forward slashes. The validator itself never touches the disk.
 */
export function readContentFiles(projectRoot: string, contentDir = 'content'): ContentFiles {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(csv|md)$/.test(name)) files.set(relative(projectRoot, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(join(projectRoot, contentDir));
  return files;
}
