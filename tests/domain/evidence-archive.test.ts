import { readFileSync } from 'node:fs';
import { parseEvidenceArchive, type EvidenceArchive } from '@/domain/evidence-archive';
import { checkEvidenceArchive } from '../../scripts/evidence/check-evidence-archive';
import { readArchiveFiles } from '../../scripts/evidence/read-archive-files';

const archive = (overrides: Partial<EvidenceArchive> = {}): EvidenceArchive => ({
  source: 'src-a',
  url: 'https://example.org/a',
  title: 'Page A',
  publisher: 'Publisher A',
  published: { value: '2024-05', precision: 'month', uncertain: false },
  retrieved: null,
  passages: [{ text: 'a quote', from: 'research/sources/a.txt' }],
  ...overrides,
});

const problemsOf = (json: unknown) => {
  const result = parseEvidenceArchive(json);
  return result.ok ? [] : result.problems;
};

describe('the bundled evidence archive', () => {
  it('holds every quote of the bundled dataset in the archive file of the source it cites', () => {
    const dataset: unknown = JSON.parse(readFileSync('public/data/dialogue-dataset.json', 'utf8'));
    expect(checkEvidenceArchive(dataset, readArchiveFiles('public/data/evidence'))).toEqual([]);
  });
});

describe(parseEvidenceArchive, () => {
  it('accepts a file of passages copied from the shared folder', () => {
    expect(parseEvidenceArchive(archive()).ok).toBe(true);
    expect(
      problemsOf(
        archive({
          published: null,
          retrieved: '2026-12-06',
          note: 'excerpt notes only',
          passages: [
            { text: 'x', from: 'research/dialogue-facts.md' },
            {
              text: 'y',
              from: 'research/dialogue-facts-2024-2026.md',
              translation: 'y in English',
            },
            { text: 'z', from: 'sources/tdi-2024-05-21.txt', note: 'added by hand' },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('accepts a passage found by search only with the page it read and its dates', () => {
    const searched = {
      text: 'a quote',
      from: 'search',
      url: 'https://example.org/a',
      pageDate: null,
      retrieved: '2026-12-07',
    };
    expect(problemsOf(archive({ passages: [searched] }))).toEqual([]);
    const bare = { text: 'a quote', from: 'search', pageDate: null };
    expect(problemsOf(archive({ passages: [bare] }))).toEqual([
      'passages[0].url: a passage found by search must give its url (pageDate may be null)',
      'passages[0].retrieved: a passage found by search must give its retrieved (pageDate may be null)',
    ]);
  });

  it('refuses search fields on a passage that names its file', () => {
    expect(
      problemsOf(
        archive({
          passages: [{ text: 'q', from: 'research/sources/a.txt', url: 'https://example.org/a' }],
        }),
      ),
    ).toEqual([
      'passages[0].url: only a passage found by search has a url; this one names its file',
    ]);
  });

  it.each([
    ['a path that leaves the shared folder', { from: 'research/sources/../../etc/passwd.txt' }],
    ['a file outside the research files', { from: 'perf-reliability.md' }],
    ['an empty text', { text: '  ' }],
  ])('refuses %s', (_name, passage) => {
    const problems = problemsOf(archive({ passages: [{ text: 'q', from: 'search', ...passage }] }));
    expect(problems.some((problem) => problem.startsWith('passages[0].'))).toBe(true);
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['no URL at all', { url: undefined }, 'url'],
    ['a retrieved month', { retrieved: '2026-12' }, 'retrieved'],
    ['30 February', { retrieved: '2026-02-30' }, 'retrieved'],
    ['an unknown field', { extra: true }, '(root)'],
  ])('refuses %s', (_name, overrides, path) => {
    const problems = problemsOf({ ...archive(), ...overrides });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.startsWith(path)).toBe(true);
  });
});
