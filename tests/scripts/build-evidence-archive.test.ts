import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from '../support/run-script';

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** A shared research folder and a dataset in a fresh folder, which the builder runs in. */
function makeWorkspace(quotes: { source: string; quote: string }[]) {
  const root = mkdtempSync(join(tmpdir(), 'evidence-archive-'));
  const shared = join(root, 'shared');
  write(
    join(shared, 'research/sources/a.txt'),
    'URL: https://a.example/a/\nSTATUS: excerpt notes only.\n\nKey quotes:\n- "the quotation of A, whole"\n',
  );
  write(
    join(shared, 'research/dialogue-facts.md'),
    '| Fact | Source | Quote |\n|---|---|---|\n| x | B https://b.example/b | "the quotation of B" |\n',
  );
  write(join(shared, 'sources/tdi-2024-05-21.txt'), 'full text');
  write(join(shared, 'sources/eureporter-2024-05.txt'), 'full text');
  const dataset = {
    sources: [
      { id: 'src-a', url: 'https://a.example/a', title: 'A', publisher: 'PA', published: null },
      { id: 'src-b', url: 'https://b.example/b', title: 'B', publisher: 'PB', published: null },
    ],
    meetings: [{ evidence: quotes }],
  };
  write(join(root, 'dataset.json'), JSON.stringify(dataset));
  return root;
}

function build(root: string) {
  const run = runScript('scripts/build-evidence-archive.ts', ['shared', 'dataset.json'], root);
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

const readArchive = (root: string, id: string) =>
  JSON.parse(readFileSync(join(root, 'public/data/evidence', `${id}.json`), 'utf8'));

describe('npm run data:archive', () => {
  it('archives each quote under its own source, keeps what is there, and runs again unchanged', () => {
    const root = makeWorkspace([
      { source: 'src-a', quote: 'quotation of A' },
      { source: 'src-b', quote: 'the quotation of B' },
    ]);
    const first = build(root);
    expect(first.out).toContain('2 quotes newly archived, in 2 new passages');
    expect(first.status).toBe(0);
    expect(readArchive(root, 'src-a')).toEqual({
      source: 'src-a',
      url: 'https://a.example/a',
      title: 'A',
      publisher: 'PA',
      published: null,
      retrieved: null,
      note: 'Research notes (research/sources/a.txt): excerpt notes only.',
      passages: [{ text: 'the quotation of A, whole', from: 'research/sources/a.txt' }],
    });

    const file = join(root, 'public/data/evidence/src-b.json');
    const byHand = readArchive(root, 'src-b');
    byHand.passages.unshift({
      text: 'the quotation of B',
      from: 'search',
      url: 'https://b.example/b',
      pageDate: null,
      retrieved: '2026-12-07',
    });
    writeFileSync(file, `${JSON.stringify(byHand, null, 2)}\n`);
    const second = build(root);
    expect(second.out).toContain('2 quotes were already archived');
    expect(second.status).toBe(0);
    expect(readArchive(root, 'src-b').passages).toHaveLength(2);
  });

  it('lists a quote found only beside another source, and exits 1', () => {
    const root = makeWorkspace([{ source: 'src-a', quote: 'the quotation of B' }]);
    const run = build(root);
    expect(run.status).toBe(1);
    expect(run.out).toContain('✖ 1 quote NOT attributable to the cited source');
    expect(run.out).toContain('meetings[0].evidence[0]: cites src-a');
    expect(run.out).toContain('found in research/dialogue-facts.md:3, which names src-b');
  });
});
