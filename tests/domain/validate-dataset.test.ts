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

  it('quotes at most 60 characters of a wrong value, never cutting a character in half', () => {
    const raw = rawFixture();
    raw.sources[0].url = `javascript:${'😀'.repeat(100)}`;
    const [problem] = problemsOf(raw);
    expect(problem?.message).toBe(
      `is "javascript:${'😀'.repeat(49)}…" — only http:// and https:// links with a domain name are allowed`,
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
});
