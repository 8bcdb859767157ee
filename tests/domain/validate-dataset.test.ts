import { validateDataset } from '@/domain/validate-dataset';
import { makeDataset, makeEvent } from '../support/fixtures';

/** A deep copy of the fixture as plain JSON, to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- these tests break the JSON on purpose
function rawFixture(): Record<string, any> {
  return JSON.parse(JSON.stringify(makeDataset()));
}

function problemsOf(raw: unknown) {
  const result = validateDataset(raw);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.problems;
}

describe(validateDataset, () => {
  it('accepts a sound dataset and returns it typed', () => {
    const result = validateDataset(rawFixture());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.meetings).toHaveLength(2);
  });

  it.each([
    [null, 'null'],
    [[], 'an array'],
    ['text', 'a string'],
    [42, 'a number'],
  ])('refuses %j at the root, saying what it is', (raw, kind) => {
    expect(problemsOf(raw)).toEqual([
      { path: '(root)', message: `the dataset must be a JSON object, but it is ${kind}` },
    ]);
  });

  it('names the expected schema version alone when the version is wrong', () => {
    const raw = rawFixture();
    raw.meta.schemaVersion = 3;
    raw.meetings = 'broken too';
    expect(problemsOf(raw)).toEqual([
      { path: 'meta.schemaVersion', message: 'is 3, but this dashboard reads schema version 2' },
    ]);
  });

  it('gives the path of a wrong type and of a missing field', () => {
    const raw = rawFixture();
    raw.meetings[1].round = 'two';
    delete raw.sources[0].title;
    const problems = problemsOf(raw);
    expect(problems).toContainEqual({
      path: 'meetings[1].round',
      message: 'must be a number, but it is text ("two")',
    });
    expect(problems).toContainEqual({
      path: 'sources[0].title',
      message: 'is missing; it is required and must be text',
    });
  });

  it('refuses a day that is not in the calendar, naming the path', () => {
    const raw = rawFixture();
    raw.meetings[0].date.value = '2024-02-30';
    expect(problemsOf(raw)).toContainEqual({
      path: 'meetings[0].date.value',
      message: '2024-02-30 is not a calendar date (February 2024 has 29 days)',
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x', '/relative'])(
    'refuses the non-http URL %j',
    (url) => {
      const raw = rawFixture();
      raw.sources[1].url = url;
      expect(problemsOf(raw)).toContainEqual({
        path: 'sources[1].url',
        message: `is ${JSON.stringify(url)} — only http:// and https:// links with a domain name are allowed`,
      });
    },
  );

  it('quotes at most 60 characters of a wrong value, never cutting a character in half, and says how long it is', () => {
    const raw = rawFixture();
    raw.sources[0].url = `javascript:${'😀'.repeat(100)}`;
    const [problem] = problemsOf(raw);
    expect(problem?.message).toBe(
      `is "javascript:${'😀'.repeat(24)}… (211 characters)" — only http:// and https:// links with a domain name are allowed`,
    );
  });

  it('names enum choices, whole numbers and wrong kinds of value in words', () => {
    const raw = rawFixture();
    raw.meetings[0].status = 'done';
    raw.meetings[1].round = 2.5;
    raw.meetings[0].date.uncertain = 'no';
    raw.topics = {};
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining([
        {
          path: 'meetings[0].status',
          message: 'is "done", but it must be one of "held", "planned"',
        },
        { path: 'meetings[1].round', message: 'must be a whole number, but it is the number 2.5' },
        {
          path: 'meetings[0].date.uncertain',
          message: 'must be true or false, but it is text ("no")',
        },
        { path: 'topics', message: 'must be a list ([…]), but it is an object' },
      ]),
    );
  });

  it('refuses unknown fields, so typos do not pass silently', () => {
    const raw = rawFixture();
    raw.meetings[0].cty = 'Astana';
    expect(problemsOf(raw)).toContainEqual({
      path: 'meetings[0]',
      message:
        'has unknown field "cty" — check the spelling; only the fields the schema defines are allowed',
    });
  });

  it('refuses a fact without evidence and an empty quote', () => {
    const raw = rawFixture();
    raw.meetings[0].topics[0].evidence = [];
    raw.commitments[0].events[0].evidence[0].quote = '   ';
    const problems = problemsOf(raw);
    expect(problems).toContainEqual({
      path: 'meetings[0].topics[0].evidence',
      message: 'every fact needs at least one source and quote',
    });
    expect(problems).toContainEqual({
      path: 'commitments[0].events[0].evidence[0].quote',
      message: 'must not be empty',
    });
  });

  it('refuses a dataset with zero meetings', () => {
    const raw = rawFixture();
    raw.meetings = [];
    expect(problemsOf(raw)).toContainEqual({
      path: 'meetings',
      message: 'the dataset has no meetings; at least one is needed',
    });
  });

  it('runs the integrity rules once the shape is right', () => {
    const raw = rawFixture();
    raw.commitments[0].events = [
      makeEvent({ id: 'late', date: { value: '2024-01-01', precision: 'day', uncertain: false } }),
      makeEvent({ id: 'early', date: { value: '2023-01-01', precision: 'day', uncertain: false } }),
    ];
    expect(problemsOf(raw)).toEqual([
      {
        path: 'commitments[0].events[1].date.value',
        message:
          "2023-01-01 is earlier than the event before it (2024-01-01); list each commitment's events oldest first",
      },
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [
      undefined,
      {},
      { meta: null },
      { meta: { schemaVersion: 1 } },
      { meetings: [{}] },
    ]) {
      expect(() => validateDataset(raw)).not.toThrow();
      expect(validateDataset(raw).ok).toBe(false);
    }
  });

  describe('resource limits', () => {
    it('names the length of a value over its limit, never the value', () => {
      const raw = rawFixture();
      raw.topics[1].id = 'B'.repeat(1_048_576);
      raw.sources[0].title = 'T'.repeat(501);
      raw.sources[1].url = `https://example.org/${'p'.repeat(2048)}`;
      raw.meetings[0].summary = 's'.repeat(10_001);
      expect(problemsOf(raw)).toEqual([
        { path: 'sources[0].title', message: 'is 501 characters long; the limit is 500' },
        { path: 'sources[1].url', message: 'is 2,068 characters long; the limit is 2,048' },
        { path: 'topics[1].id', message: 'is 1,048,576 characters long; the limit is 100' },
        { path: 'meetings[0].summary', message: 'is 10,001 characters long; the limit is 10,000' },
      ]);
    });

    it('accepts values at the limit', () => {
      const raw = rawFixture();
      raw.sources[0].title = 'T'.repeat(500);
      raw.meetings[0].summary = 's'.repeat(10_000);
      expect(validateDataset(raw).ok).toBe(true);
    });

    it('counts the items of a list over its limit', () => {
      const raw = rawFixture();
      const topic = raw.meetings[0].topics[0];
      raw.meetings[0].topics = Array.from({ length: 100_000 }, () => topic);
      raw.meta.changelog[0].changes = Array.from({ length: 201 }, (_, i) => `change ${i}`);
      expect(problemsOf(raw)).toEqual([
        { path: 'meta.changelog[0].changes', message: 'has 201 items; the limit is 200' },
        { path: 'meetings[0].topics', message: 'has 100,000 items; the limit is 100' },
      ]);
    });

    it('names the character an id may not hold, escaped when it is invisible', () => {
      const raw = rawFixture();
      raw.topics[0].id = 'topic\u202Ea';
      raw.topics[1].id = 'Topic-b';
      expect(problemsOf(raw).map((p) => p.message)).toEqual([
        'is "topic\\u202Ea", but it must be a kebab-case id (lower-case letters, digits and hyphens); "\\u202E" (U+202E) is not allowed',
        'is "Topic-b", but it must be a kebab-case id (lower-case letters, digits and hyphens); "T" (U+0054) is not allowed',
      ]);
    });

    it('counts text made only of invisible characters as empty', () => {
      const raw = rawFixture();
      raw.meta.title = '\u200B\u200D\u2060';
      raw.sources[0].publisher = ' \u00A0 ';
      expect(problemsOf(raw)).toEqual([
        {
          path: 'meta.title',
          message:
            'must not be empty: it holds only invisible characters ("\\u200B\\u200D\\u2060")',
        },
        { path: 'sources[0].publisher', message: 'must not be empty' },
      ]);
    });
  });

  it('says what a number JSON cannot hold really is', () => {
    const raw = rawFixture();
    raw.meetings[0].round = Infinity;
    raw.meetings[1].round = NaN;
    expect(problemsOf(raw)).toEqual([
      {
        path: 'meetings[0].round',
        message:
          'must be a number, but it is a number too large to store (beyond 1.8e308; it reads as Infinity)',
      },
      { path: 'meetings[1].round', message: 'must be a number, but it is NaN (not a number)' },
    ]);
  });

  it.each([
    ['2', 'is text ("2"), but it must be the number 2, written without quotes'],
    [
      '1',
      'is text ("1"), but it must be the number 1, written without quotes (and this dashboard reads schema version 2)',
    ],
    [true, 'must be the number 2 (this dashboard reads schema version 2), but it is true'],
    [3, 'is 3, but this dashboard reads schema version 2'],
  ])('says what is wrong with the schema version %j', (version, message) => {
    const raw = rawFixture();
    raw.meta.schemaVersion = version;
    expect(problemsOf(raw)).toEqual([{ path: 'meta.schemaVersion', message }]);
  });

  it('lists at most 10 unknown field names, each cut and escaped', () => {
    const raw = rawFixture();
    for (let i = 0; i < 12; i++) raw.meta[`extra${i}`] = 1;
    raw.meetings[0]['\u202E'.padEnd(1000, 'k')] = 1;
    const [meta, meeting] = problemsOf(raw);
    expect(meta?.message).toMatch(/^has unknown fields "extra0", .*"extra9" and 2 more — /);
    expect(meeting?.message).toMatch(/^has unknown field "\\u202Ek{79}… \(1,000 characters\)" — /);
  });
});
