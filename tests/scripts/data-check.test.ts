import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUNDLED = 'public/data/dialogue-dataset.json';

function dataCheck(...files: string[]) {
  const run = spawnSync(
    'npx',
    ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/data-check.ts', ...files],
    {
      encoding: 'utf8',
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
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
      '  sources[0].url: must be an http:// or https:// URL with a domain name',
    );
  }, 20_000);

  it('reports integrity problems once the shape is right', () => {
    const broken = JSON.parse(readFileSync(BUNDLED, 'utf8'));
    broken.commitments[0].topics.push('no-such-topic');
    const file = writeTemp('dangling.json', JSON.stringify(broken));
    const run = dataCheck(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /commitments\[0\]\.topics\[\d+\]: refers to topics "no-such-topic", which is not in topics/,
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
});
