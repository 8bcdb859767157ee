import {
  changesSince,
  compareVersions,
  listChangelog,
} from '@/features/changelog/changelog-series';

const entry = (version: string, date = '2026-01-01') => ({ version, date, changes: ['Changed.'] });
const meta = {
  changelog: [entry('1.9.0'), entry('1.0.0'), entry('1.10.0'), entry('2.0.0'), entry('1.9.1')],
};

describe(compareVersions, () => {
  it.each([
    ['1.10.0', '1.9.0', 1],
    ['1.9.0', '1.10.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.0.10', '1.0.9', 1],
    ['1.2.3', '1.2.3', 0],
    ['not-a-version', '0.0.1', -1],
    ['0.0.1', 'not-a-version', 1],
  ])('compares %s with %s as %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe(listChangelog, () => {
  it('lists versions newest first by number, not by text', () => {
    expect(listChangelog(meta).map((e) => e.version)).toEqual([
      '2.0.0',
      '1.10.0',
      '1.9.1',
      '1.9.0',
      '1.0.0',
    ]);
  });

  it('keeps a single entry and does not reorder the input', () => {
    expect(listChangelog({ changelog: [entry('1.0.0')] })).toEqual([entry('1.0.0')]);
    listChangelog(meta);
    expect(meta.changelog[0]?.version).toBe('1.9.0');
  });

  it('gives [] for an empty changelog', () => {
    expect(listChangelog({ changelog: [] })).toEqual([]);
  });
});

describe(changesSince, () => {
  it.each([
    ['1.9.0', ['2.0.0', '1.10.0', '1.9.1']],
    ['1.9.5', ['2.0.0', '1.10.0']],
    ['2.0.0', []],
    ['3.0.0', []],
    ['0.1.0', ['2.0.0', '1.10.0', '1.9.1', '1.9.0', '1.0.0']],
    ['not-a-version', ['2.0.0', '1.10.0', '1.9.1', '1.9.0', '1.0.0']],
  ])('after %s lists %j', (version, expected) => {
    expect(changesSince(meta, version).map((e) => e.version)).toEqual(expected);
  });
});
