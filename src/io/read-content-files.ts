import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentFile, ContentFiles } from '../lib/content/types.ts';

/**
 * The content folder of a project: `<root>/content`, or the folder named by the environment
 * variable DX_CONTENT_DIR (used by tests that build the site from fixture content).
 */
export function contentDirectory(projectRoot: string): string {
  return process.env.DX_CONTENT_DIR ? resolve(process.env.DX_CONTENT_DIR) : join(projectRoot, 'content');
}

/**
 * Reads every `.csv` and `.md` file under a content folder as bytes, keyed as
 * `content/<path inside the folder>` with forward slashes — the path a city clerk sees in
 * the repository, used in every message. The bytes are decoded (and their encoding checked) by
 * the validator, which never touches the disk. Every other file is recorded unread (`notRead`), so
 * the validator names it (`glossary.CSV`, `c7.md.txt`, `goals.xlsx`): no file is skipped without a
 * word. A `.git` folder (a repository made inside the content folder) is not content. Symbolic
 * links are recorded, never followed: a link could publish a file from outside `content/`, or loop
 * for ever.
 */
export function readContentFiles(contentDir: string): ContentFiles {
  const files = new Map<string, ContentFile>();
  const key = (path: string) => `content/${relative(contentDir, path).split(sep).join('/')}`;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) files.set(key(path), { symlinkTo: readlinkSync(path) });
      else if (stat.isDirectory()) {
        if (name !== '.git') walk(path);
      } else if (/\.(csv|md)$/.test(name)) files.set(key(path), readFileSync(path));
      else files.set(key(path), { notRead: true });
    }
  };
  walk(contentDir);
  return files;
}

/**
 * A cheap fingerprint of a content folder: every file's path, size and modification time. The
 * content loader validates again only when it changed (a save in the dev server), so the
 * collections of one load share one validation.
 */
export function contentStamp(contentDir: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(contentDir);
  return parts.join('\n');
}
