import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the archive lives in the repository. */
export const EVIDENCE_ARCHIVE_DIR = 'public/data/evidence';

/** Every `*.json` file of an archive folder, by file name, as text; an absent folder has none. */
export function readArchiveFiles(dir: string = EVIDENCE_ARCHIVE_DIR): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
