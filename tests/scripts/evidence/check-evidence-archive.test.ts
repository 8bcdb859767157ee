import { checkEvidenceArchive } from '../../../scripts/evidence/check-evidence-archive';

const DIR = 'public/data/evidence';

const dataset = () => ({
  sources: [
    { id: 'src-a', url: 'https://a.example/page', title: 'A', publisher: 'A' },
    { id: 'src-b', url: 'https://b.example/page', title: 'B', publisher: 'B' },
  ],
  meetings: [
    {
      topics: [
        { evidence: [{ source: 'src-a', quote: 'the first  quote' }] },
        { evidence: [{ source: 'src-b', quote: 'the second quote' }] },
      ],
    },
  ],
});

type Passage = Record<string, unknown>;
const archive = (source: string, url: string, passages: Passage[], extra: Passage = {}) =>
  JSON.stringify({
    source,
    url,
    title: source,
    publisher: 'P',
    published: null,
    retrieved: null,
    passages,
    ...extra,
  });

const files = (overrides: Record<string, string | undefined> = {}) => {
  const all: Record<string, string | undefined> = {
    'src-a.json': archive('src-a', 'https://a.example/page', [
      { text: 'before the first quote, after', from: 'research/sources/a.txt' },
    ]),
    'src-b.json': archive('src-b', 'https://b.example/page', [
      { text: 'the second\nquote', from: 'research/dialogue-facts.md' },
    ]),
    ...overrides,
  };
  return new Map(
    Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
};

describe(checkEvidenceArchive, () => {
  it('passes when each quote stands in its own source’s file, white space collapsed', () => {
    expect(checkEvidenceArchive(dataset(), files(), DIR)).toEqual([]);
  });

  it('fails a quote that stands only in another source’s file, and names that source', () => {
    const data = dataset();
    data.meetings[0]!.topics[1]!.evidence[0]!.source = 'src-a';
    data.meetings[0]!.topics[0]!.evidence[0]!.quote = 'the second quote';
    expect(checkEvidenceArchive(data, files(), DIR)).toEqual([
      'meetings[0].topics[0].evidence[0].quote: not in public/data/evidence/src-a.json (it is in the archive of src-b)',
      'meetings[0].topics[1].evidence[0].quote: not in public/data/evidence/src-a.json (it is in the archive of src-b)',
      'public/data/evidence/src-a.json: passages[0] is quoted by no evidence of src-a: "before the first quote, after…"',
      'public/data/evidence/src-b.json: passages[0] is quoted by no evidence of src-b: "the second quote…"',
    ]);
  });

  it('fails a quote that is in no file', () => {
    const data = dataset();
    data.meetings[0]!.topics[0]!.evidence.push({ source: 'src-a', quote: 'never archived' });
    expect(checkEvidenceArchive(data, files(), DIR)).toEqual([
      'meetings[0].topics[0].evidence[1].quote: not in public/data/evidence/src-a.json',
    ]);
  });

  it('fails a source with no archive file', () => {
    expect(checkEvidenceArchive(dataset(), files({ 'src-b.json': undefined }), DIR)).toEqual([
      'sources[1]: src-b has no archive file public/data/evidence/src-b.json',
    ]);
  });

  it('fails a file whose url or source id disagrees with the dataset', () => {
    const wrong = files({
      'src-a.json': archive('src-b', 'https://a.example/other', [
        { text: 'the first quote', from: 'research/sources/a.txt' },
      ]),
    });
    expect(checkEvidenceArchive(dataset(), wrong, DIR)).toEqual([
      'public/data/evidence/src-a.json: source is "src-b", but the file is named for "src-a"',
      "public/data/evidence/src-a.json: url https://a.example/other is not the dataset's (sources[0].url is https://a.example/page)",
    ]);
  });

  it('fails a file without an http(s) URL', () => {
    const bad = files({
      'src-a.json': archive('src-a', 'ftp://a.example/page', [
        { text: 'the first quote', from: 'research/sources/a.txt' },
      ]),
    });
    expect(checkEvidenceArchive(dataset(), bad, DIR)).toEqual([
      'public/data/evidence/src-a.json: url: only http:// and https:// links with a domain name are allowed',
    ]);
  });

  it('fails an orphan file: a source the dataset does not have', () => {
    const extra = files({
      'src-gone.json': archive('src-gone', 'https://gone.example/', [
        { text: 'x', from: 'research/sources/x.txt' },
      ]),
    });
    expect(checkEvidenceArchive(dataset(), extra, DIR)).toEqual([
      'public/data/evidence/src-gone.json: src-gone is not a source of the dataset (an orphan file)',
    ]);
  });

  it('fails an orphan passage: one no quote of its source uses', () => {
    const extra = files({
      'src-b.json': archive('src-b', 'https://b.example/page', [
        { text: 'the second quote', from: 'research/dialogue-facts.md' },
        { text: 'nobody quotes this', from: 'research/dialogue-facts.md' },
      ]),
    });
    expect(checkEvidenceArchive(dataset(), extra, DIR)).toEqual([
      'public/data/evidence/src-b.json: passages[1] is quoted by no evidence of src-b: "nobody quotes this…"',
    ]);
  });

  it('fails a search passage without the page it read and its dates', () => {
    const searched = files({
      'src-b.json': archive('src-b', 'https://b.example/page', [
        { text: 'the second quote', from: 'search', url: 'https://b.example/page' },
      ]),
    });
    expect(checkEvidenceArchive(dataset(), searched, DIR)).toEqual([
      'public/data/evidence/src-b.json: passages[0].pageDate: a passage found by search must give its pageDate (pageDate may be null)',
      'public/data/evidence/src-b.json: passages[0].retrieved: a passage found by search must give its retrieved (pageDate may be null)',
    ]);
  });

  it('reports a file that is not JSON once, not as a missing file', () => {
    const broken = files({ 'src-b.json': '{ "source": ' });
    const problems = checkEvidenceArchive(dataset(), broken, DIR);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^public\/data\/evidence\/src-b\.json: not JSON \(/);
  });

  it('finds quotes in any evidence array, whatever record holds it', () => {
    const data = {
      ...dataset(),
      somethingNew: { deeper: [{ evidence: [{ source: 'src-b', quote: 'new' }] }] },
    };
    expect(checkEvidenceArchive(data, files(), DIR)).toEqual([
      'somethingNew.deeper[0].evidence[0].quote: not in public/data/evidence/src-b.json',
    ]);
  });
});
