import type { EvidenceArchive } from '@/domain/evidence-archive';
import { mergeArchive, serialiseArchive } from '../../../scripts/evidence/merge-archive';

const source = {
  index: 0,
  id: 'src-a',
  url: 'https://a.example/a',
  title: 'Title now',
  publisher: 'Publisher now',
  published: { value: '2024-05-20', precision: 'day', uncertain: false },
};

const existing: EvidenceArchive = {
  source: 'src-a',
  url: 'https://a.example/a',
  title: 'Title then',
  publisher: 'Publisher then',
  published: null,
  retrieved: null,
  note: 'written by a person',
  passages: [
    { text: 'added by hand', from: 'research/dialogue-facts.md', note: 'why it belongs here' },
    { text: 'found  before', from: 'research/sources/a.txt' },
  ],
};

describe(mergeArchive, () => {
  it('creates a file from the dataset source with the new passages and what the research says', () => {
    const passage = { text: 'q', from: 'research/sources/a.txt' };
    expect(
      mergeArchive(null, source, [passage, passage], { retrieved: '2026-12-06', note: 'notes' }),
    ).toEqual({
      source: 'src-a',
      url: 'https://a.example/a',
      title: 'Title now',
      publisher: 'Publisher now',
      published: source.published,
      retrieved: '2026-12-06',
      note: 'notes',
      passages: [passage],
    });
  });

  it('keeps every existing passage, in order, and appends only passages not there yet', () => {
    const merged = mergeArchive(
      existing,
      source,
      [
        { text: 'found before', from: 'research/sources/a.txt' },
        { text: 'new', from: 'research/sources/a.txt' },
      ],
      { retrieved: null },
    );
    expect(merged.passages).toEqual([
      ...existing.passages,
      { text: 'new', from: 'research/sources/a.txt' },
    ]);
  });

  it('follows the dataset’s title, publisher and date but keeps the url, note and a known date read', () => {
    const merged = mergeArchive(
      { ...existing, url: 'https://a.example/old', retrieved: '2025-01-01' },
      source,
      [],
      { retrieved: '2026-12-06', note: 'derived' },
    );
    expect(merged).toMatchObject({
      url: 'https://a.example/old',
      title: 'Title now',
      publisher: 'Publisher now',
      published: source.published,
      retrieved: '2025-01-01',
      note: 'written by a person',
    });
  });

  it('fills a date read that was unknown when the research now gives one', () => {
    expect(mergeArchive(existing, source, [], { retrieved: '2026-12-06' }).retrieved).toBe(
      '2026-12-06',
    );
  });
});

describe(serialiseArchive, () => {
  it('writes two-space JSON with a final newline', () => {
    const text = serialiseArchive(existing);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "passages": [\n    {\n      "text": "added by hand",');
    expect(JSON.parse(text)).toEqual(existing);
  });
});
