import { collectEvidence, listSources } from '../../../scripts/evidence/collect-evidence';

describe(collectEvidence, () => {
  it('finds every evidence item with its JSON path, under any record shape', () => {
    const document = {
      meetings: [{ date: { evidence: [{ source: 'a', quote: 'q1' }] } }],
      commitments: [
        {
          kind: 'law',
          events: [{ voice: 'kz', evidence: [{ source: 'b', quote: 'q2', translation: 't' }] }],
        },
      ],
    };
    expect(collectEvidence(document)).toEqual([
      { path: 'meetings[0].date.evidence[0]', source: 'a', quote: 'q1' },
      { path: 'commitments[0].events[0].evidence[0]', source: 'b', quote: 'q2' },
    ]);
  });

  it('skips items that are not quotes and arrays not named evidence', () => {
    const document = {
      evidence: [{ source: 'a' }, 'text', { source: 'a', quote: 'q' }],
      quotes: [{ source: 'a', quote: 'not evidence' }],
    };
    expect(collectEvidence(document)).toEqual([{ path: 'evidence[2]', source: 'a', quote: 'q' }]);
  });

  it('gives nothing for empty or odd input', () => {
    expect(collectEvidence(null)).toEqual([]);
    expect(collectEvidence({})).toEqual([]);
  });
});

describe(listSources, () => {
  it('reads the fields the archive needs and skips sources without an id or url', () => {
    const document = {
      sources: [
        {
          id: 'a',
          url: 'https://a.example',
          title: 'A',
          publisher: 'P',
          published: null,
          kind: 'x',
        },
        { id: 'b' },
        { id: 'c', url: 'https://c.example' },
      ],
    };
    expect(listSources(document)).toEqual([
      { index: 0, id: 'a', url: 'https://a.example', title: 'A', publisher: 'P', published: null },
      { index: 2, id: 'c', url: 'https://c.example', title: 'c', publisher: '', published: null },
    ]);
    expect(listSources({})).toEqual([]);
  });
});
