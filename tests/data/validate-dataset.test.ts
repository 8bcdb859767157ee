import { validateDataset } from '@/data/validate-dataset';
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
    raw.meta.schemaVersion = 2;
    raw.meetings = 'broken too';
    expect(problemsOf(raw)).toEqual([
      { path: 'meta.schemaVersion', message: 'is 2, but this dashboard reads schema version 1' },
    ]);
  });

  it('gives the path of a wrong type and of a missing field', () => {
    const raw = rawFixture();
    raw.meetings[1].round = 'two';
    delete raw.sources[0].title;
    const problems = problemsOf(raw);
    expect(problems).toContainEqual({
      path: 'meetings[1].round',
      message: 'expected number, received string',
    });
    expect(problems).toContainEqual({
      path: 'sources[0].title',
      message: 'expected string, but it is missing',
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
        message: 'must be an http:// or https:// URL with a domain name',
      });
    },
  );

  it('refuses unknown fields, so typos do not pass silently', () => {
    const raw = rawFixture();
    raw.meetings[0].cty = 'Astana';
    expect(problemsOf(raw)).toContainEqual({
      path: 'meetings[0]',
      message: 'has unknown field "cty"',
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
      message: 'a dataset needs at least one meeting',
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
        message: 'events must be in chronological order: 2023-01-01 comes after 2024-01-01',
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
