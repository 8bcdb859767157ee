import { findDuplicateKeys } from '@/lib/json-duplicate-keys';

describe(findDuplicateKeys, () => {
  it('finds nothing in JSON without repeated keys, whatever the strings hold', () => {
    expect(findDuplicateKeys('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toEqual([]);
    expect(findDuplicateKeys('{"x": "a\\", \\"x\\": {", "y": "}]"}')).toEqual([]);
    expect(findDuplicateKeys('[1, "two", null, true]')).toEqual([]);
  });

  it('gives the path of the object holding the key, and how often it appears', () => {
    const text = JSON.stringify({ meetings: [{}, {}, {}, { sources: {} }] }).replace(
      '"sources":{}',
      '"sources":{"url":"javascript:alert(1)","url":"https://example.org","url":"x","id":1}',
    );
    expect(findDuplicateKeys(text)).toEqual([
      { path: ['meetings', 3, 'sources'], key: 'url', count: 3 },
    ]);
  });

  it('compares keys after unescaping them', () => {
    expect(findDuplicateKeys('{"url": 1, "u\\u0072l": 2}')).toEqual([
      { path: [], key: 'url', count: 2 },
    ]);
    expect(findDuplicateKeys('{"a\\\\": 1, "a\\\\": 2}')).toEqual([
      { path: [], key: 'a\\', count: 2 },
    ]);
  });

  it('keeps an object with many keys linear, and still finds its repeat', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`);
    const text = `{${keys.join(',')}, "k99999": 0}`;
    const started = performance.now();
    expect(findDuplicateKeys(text)).toEqual([{ path: [], key: 'k99999', count: 2 }]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('agrees with JSON.parse on what a repeated key hides', () => {
    const text = '{"a": {"b": 1, "b": 2}}';
    expect(JSON.parse(text)).toEqual({ a: { b: 2 } });
    expect(findDuplicateKeys(text)).toEqual([{ path: ['a'], key: 'b', count: 2 }]);
  });
});
