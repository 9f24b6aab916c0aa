import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentFiles } from './types.ts';

/**
 * The content folder of a project: `<root>/content`, or the folder named by the environment
 * variable DX_CONTENT_DIR (used by tests that build the site from fixture content).
 */
export function contentDirectory(projectRoot: string): string {
  return process.env.DX_CONTENT_DIR ? resolve(process.env.DX_CONTENT_DIR) : join(projectRoot, 'content');
}

/**
 * Reads every `.csv` and `.md` file under a content folder into memory, keyed as
 * `content/<path inside the folder>` with forward slashes — the path a city clerk sees in
 * the repository, used in every message. The validator itself never touches the disk.
 */
export function readContentFiles(contentDir: string): ContentFiles {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(csv|md)$/.test(name)) files.set(`content/${relative(contentDir, path).split(sep).join('/')}`, readFileSync(path, 'utf8'));
    }
  };
  walk(contentDir);
  return files;
}
