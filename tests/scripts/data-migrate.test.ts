import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset } from '@/domain/validate-dataset';
import { makeDataset } from '../support/fixtures';
import { runScript } from '../support/run-script';

function dataMigrate(...files: string[]) {
  return runScript('scripts/data-migrate.ts', files);
}

function writeTemp(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'data-migrate-')), 'mine.json');
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

/** The fixture as schema version 1 wrote it. */
function versionOne(): Record<string, unknown> {
  const dataset = JSON.parse(JSON.stringify(makeDataset())) as {
    meta: { schemaVersion: number };
    commitments: { kind?: string; title: string; events: Record<string, unknown>[] }[];
  };
  dataset.meta.schemaVersion = 1;
  for (const commitment of dataset.commitments) {
    delete commitment.kind;
    commitment.title = 'Action Plan on human rights';
    for (const event of commitment.events) {
      delete event.voice;
      event.actor = 'kz';
    }
  }
  return dataset;
}

describe('npm run data:migrate', () => {
  it('upgrades a version-1 file in place, keeps the original and says what it assumed', () => {
    const file = writeTemp(versionOne());
    const original = readFileSync(file, 'utf8');
    const run = dataMigrate(file);
    expect(run.status).toBe(0);
    const backup = file.replace(/\.json$/, '.v1.json');
    expect(existsSync(backup)).toBe(true);
    expect(readFileSync(backup, 'utf8')).toBe(original);
    expect(validateDataset(JSON.parse(readFileSync(file, 'utf8')))).toMatchObject({ ok: true });
    expect(run.stdout).toContain('upgraded to schema version 2');
    expect(run.stdout).toContain(
      'commitments[0].kind: set to "programme" because the title says "Plan"; check it',
    );
    expect(run.stdout).toContain(
      'commitments[0].events[0].voice: set to "kazakh-government" from actor "kz"',
    );
  });

  it('refuses a file that is not schema version 1, changing nothing', () => {
    const file = writeTemp(makeDataset());
    const before = readFileSync(file, 'utf8');
    const run = dataMigrate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('meta.schemaVersion is 2; only version 1 files are upgraded');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(file.replace(/\.json$/, '.v1.json'))).toBe(false);
  });

  it('refuses a file with a key written twice, since rewriting it would drop one, changing nothing', () => {
    const file = writeTemp(versionOne());
    const text = readFileSync(file, 'utf8').replace('"title": ', '"title": "Shadowed", "title": ');
    writeFileSync(file, text);
    const run = dataMigrate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('  meta: the key "title" appears twice');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(existsSync(file.replace(/\.json$/, '.v1.json'))).toBe(false);
  }, 20_000);

  it('says how to use it when no file is given', () => {
    const run = dataMigrate();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run data:migrate FILE');
  });
});
