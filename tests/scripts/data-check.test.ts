import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDatasetText } from '@/data/read-dataset-text';
import type { ExpectedProblem } from '../fixtures/datasets/make-broken-datasets';
import { runScript } from '../support/run-script';

const BUNDLED = 'public/data/dialogue-dataset.json';

function dataCheck(...files: string[]) {
  return runScript('scripts/data-check.ts', files);
}

function writeTemp(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'data-check-')), name);
  writeFileSync(path, content);
  return path;
}

describe('npm run data:check', () => {
  it('passes the bundled dataset and prints its counts', () => {
    const run = dataCheck(BUNDLED);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /✔ public\/data\/dialogue-dataset\.json: valid — \d+ meetings, \d+ topics/,
    );
  });

  it('prints each problem of a malformed file with its JSON path and exits non-zero', () => {
    const broken = JSON.parse(readFileSync(BUNDLED, 'utf8'));
    broken.meetings[2].date.value = '2024-02-30';
    broken.sources[0].url = 'javascript:alert(1)';
    broken.commitments[0].topics.push('no-such-topic');
    const file = writeTemp('broken.json', JSON.stringify(broken));

    const run = dataCheck(file);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`✖ ${file}: 2 problems`);
    expect(run.stderr).toContain(
      '  meetings[2].date.value: 2024-02-30 is not a calendar date (February 2024 has 29 days)',
    );
    expect(run.stderr).toContain(
      '  sources[0].url: is "javascript:alert(1)" — only http:// and https:// links with a domain name are allowed',
    );
  }, 20_000);

  it('reports integrity problems once the shape is right', () => {
    const broken = JSON.parse(readFileSync(BUNDLED, 'utf8'));
    broken.commitments[0].topics.push('no-such-topic');
    const file = writeTemp('dangling.json', JSON.stringify(broken));
    const run = dataCheck(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /commitments\[0\]\.topics\[\d+\]: refers to topic "no-such-topic", which is not in topics/,
    );
  }, 20_000);

  it('says a file is not JSON, or cannot be read', () => {
    const notJson = writeTemp('x.json', '{"meta": ');
    expect(dataCheck(notJson)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('not valid JSON'),
    });
    expect(dataCheck('/no/such/file.json')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('/no/such/file.json: cannot read the file (ENOENT)'),
    });
  }, 20_000);

  it('prints the expected path and message for files of the broken corpus, one run for all', () => {
    const dir = 'tests/fixtures/datasets/broken';
    const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Record<
      string,
      ExpectedProblem
    >;
    const files = [
      '01-not-json.txt',
      '04-empty-file.json',
      '06-array-at-root.json',
      '10-wrong-schema-version.json',
      '12-zero-meetings.json',
      '16-dangling-topic-in-meeting.json',
      '22-february-30.json',
      '32-javascript-url.json',
      '48-planned-meeting-before-held.json',
    ];
    const run = dataCheck(...files.map((file) => `${dir}/${file}`));
    expect(run.status).toBe(1);
    for (const file of files) {
      const want = expected[file]!;
      expect(run.stderr).toContain(`✖ ${dir}/${file}: 1 problem\n`);
      expect(run.stderr).toContain(`  ${want.path}: `);
      const line = run.stderr
        .split('\n')
        .find((l) => l.startsWith(`  ${want.path}: `) && l.includes(want.messageIncludes));
      expect(line, `${file} in\n${run.stderr}`).toBeDefined();
    }
  }, 20_000);

  it('prints, for every file of the broken corpus, exactly the problems the app lists for it', () => {
    const dir = 'tests/fixtures/datasets/broken';
    const files = readdirSync(dir).filter((name) => name !== 'expected.json');
    const run = dataCheck(...files.map((file) => `${dir}/${file}`));
    expect(run.status).toBe(1);
    const printed = new Map<string, string[]>();
    let current: string[] = [];
    for (const line of run.stderr.split('\n')) {
      const header = /^✖ (.+): \d+ problems?$/.exec(line);
      if (header) printed.set(header[1]!, (current = []));
      else if (line.startsWith('  ')) current.push(line.slice(2));
    }
    for (const file of files) {
      // What the app's worker runs on the bytes of a file the reader opens.
      const app = readDatasetText(readFileSync(`${dir}/${file}`));
      const listed = app.ok ? [] : app.problems.map((p) => `${p.path}: ${p.message}`);
      expect({ file, problems: printed.get(`${dir}/${file}`) }).toEqual({
        file,
        problems: listed.length > 100 ? [...listed.slice(0, 100), expect.any(String)] : listed,
      });
    }
  }, 60_000);

  it('lists at most 100 problems, then says how many more there are', () => {
    const broken = JSON.parse(readFileSync(BUNDLED, 'utf8'));
    broken.sources = Array.from({ length: 130 }, (_, i) => ({
      ...broken.sources[0],
      id: `s-${i}`,
      url: 'ftp://x.org',
    }));
    const run = dataCheck(writeTemp('many.json', JSON.stringify(broken)));
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(101);
    expect(lines.at(-1)).toMatch(/^ {2}… and \d+ more$/);
    expect(run.stderr).toMatch(/: \d+ problems/);
  }, 20_000);

  it('refuses an empty file and one over the size cap, as the app does', () => {
    const run = dataCheck(
      writeTemp('empty.json', ''),
      writeTemp('big.json', ' '.repeat(20 * 1024 * 1024 + 1)),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('  (file): the file is empty');
    expect(run.stderr).toContain('  (file): the file is 20,971,521 bytes; the limit is 20 MB');
  }, 20_000);
});
