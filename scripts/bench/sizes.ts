import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  extractHtmlAssets,
  initialJsFiles,
  staticImportsOf,
  summarizeSizes,
  type SizedFile,
  type SizeSummary,
} from './size-summary';

export const DATA_PATH = 'data/dialogue-dataset.json';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Raw and gzip (zlib level 9) sizes of every file of a build, and the totals the report shows. */
export function measureSizes(distDir: string): { summary: SizeSummary; files: SizedFile[] } {
  const files = listFiles(distDir).map((path) => {
    const body = readFileSync(join(distDir, path));
    return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const known = new Set(files.map((file) => file.path));
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assets = extractHtmlAssets(html);
  const initial = initialJsFiles([...assets.scripts, ...assets.modulepreloads], (file) =>
    known.has(file) && /\.m?js$/.test(file)
      ? staticImportsOf(readFileSync(join(distDir, file), 'utf8'))
      : [],
  );
  return { summary: summarizeSizes(files, initial, DATA_PATH), files };
}
