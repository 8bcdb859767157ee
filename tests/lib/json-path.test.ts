import { formatJsonPath } from '@/lib/json-path';

describe(formatJsonPath, () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatJsonPath(['meetings', 2, 'date', 'value'])).toBe('meetings[2].date.value');
    expect(formatJsonPath(['commitments', 0, 'events', 3, 'evidence', 0, 'source'])).toBe(
      'commitments[0].events[3].evidence[0].source',
    );
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatJsonPath(['meta', 'a b'])).toBe('meta["a b"]');
    expect(formatJsonPath(['$schema'])).toBe('$schema');
  });

  it('calls the empty path the root', () => {
    expect(formatJsonPath([])).toBe('(root)');
    expect(formatJsonPath([0])).toBe('[0]');
  });
});
