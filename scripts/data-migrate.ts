// Upgrades a dataset file written for schema version 1 to version 2, in place, after keeping the
// original beside it (FILE.v1.json). Prints every change and what it assumed; a kind guessed from a
// title needs a person to check it.
// Usage: npm run data:migrate FILE [FILE …]
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readJsonFile } from '../src/data/read-json-file.ts';
import { migrateV1toV2 } from '../src/domain/migrate-v1.ts';
import { validateDataset } from '../src/domain/validate-dataset.ts';

function backupName(file: string): string {
  const base = file.replace(/\.json$/i, '');
  let name = `${base}.v1.json`;
  for (let n = 2; existsSync(name); n += 1) name = `${base}.v1-${n}.json`;
  return name;
}

function migrate(file: string): boolean {
  let json: ReturnType<typeof readJsonFile>;
  try {
    json = readJsonFile(readFileSync(file));
  } catch (error) {
    console.error(`✖ ${file}: cannot read it (${String(error)})`);
    return false;
  }
  // Rewriting a file whose keys repeat would drop all but the last of each without a word.
  const problems = json.ok ? json.duplicates : json.problems;
  if (problems.length > 0) {
    console.error(`✖ ${file}: cannot read it as JSON`);
    for (const { path, message } of problems) console.error(`  ${path}: ${message}`);
    return false;
  }
  const raw = json.ok ? json.value : undefined;
  const version = (raw as { meta?: { schemaVersion?: unknown } } | null)?.meta?.schemaVersion;
  if (version !== 1) {
    console.error(
      `✖ ${file}: meta.schemaVersion is ${JSON.stringify(version)}; only version 1 files are upgraded`,
    );
    return false;
  }
  const { upgraded, assumptions } = migrateV1toV2(raw);
  const backup = backupName(file);
  copyFileSync(file, backup);
  writeFileSync(file, `${JSON.stringify(upgraded, null, 2)}\n`);
  console.log(`✔ ${file}: upgraded to schema version 2; the original is kept as ${backup}`);
  for (const { path, message } of assumptions) console.log(`  ${path}: ${message}`);
  const result = validateDataset(upgraded);
  if (!result.ok) {
    console.error(`  The upgraded file still has ${result.problems.length} problem(s):`);
    for (const { path, message } of result.problems.slice(0, 50))
      console.error(`    ${path}: ${message}`);
    return false;
  }
  console.log('  The upgraded file is valid. Check each kind and voice above.');
  return true;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run data:migrate FILE [FILE …]');
  process.exitCode = 2;
} else {
  process.exitCode = files.map(migrate).every(Boolean) ? 0 : 1;
}
