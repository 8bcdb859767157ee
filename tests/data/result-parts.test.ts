// @vitest-environment node
import { createResultJoiner, splitResult, type ResultPart } from '@/data/result-parts';
import { readDatasetTextForPage, type PageValidationResult } from '@/data/read-dataset-text';
import { makeDataset, makeMeeting } from '../support/fixtures';

const join = (parts: readonly ResultPart[]) => {
  const joiner = createResultJoiner();
  const results = parts.map((part) => joiner(part));
  return { last: results.at(-1), before: results.slice(0, -1) };
};

const meetings = Array.from({ length: 7 }, (_, i) =>
  makeMeeting({ id: `meeting-${i + 1}`, round: i + 1 }),
);
const checked = readDatasetTextForPage(JSON.stringify(makeDataset({ meetings })));

describe(splitResult, () => {
  it('sends long lists and the search text in parts of at most `size`, and the rest at the end', () => {
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const parts = splitResult(checked, 3);
    const meetingParts = parts.filter(
      (part) => part.kind === 'records' && part.list === 'meetings',
    );
    expect(meetingParts.map((part) => part.kind === 'records' && part.records.length)).toEqual([
      3, 3, 1,
    ]);
    const searchParts = parts.filter((part) => part.kind === 'search' && part.of === 'meetings');
    expect(searchParts.map((part) => part.kind === 'search' && part.entries.length)).toEqual([
      3, 3, 1,
    ]);
    const end = parts.at(-1);
    expect(end?.kind).toBe('end');
    expect(end?.kind === 'end' && end.result.ok && end.result.dataset.meetings).toEqual([]);
    expect(end?.kind === 'end' && end.result.ok && end.result.dataset.meta).toEqual(
      checked.dataset.meta,
    );
  });

  it('sends a refusal as the end alone', () => {
    const refused: PageValidationResult = { ok: false, problems: [{ path: 'x', message: 'y' }] };
    expect(splitResult(refused)).toEqual([{ kind: 'end', result: refused }]);
  });
});

describe(createResultJoiner, () => {
  it.each([1, 3, 25])('puts the parts of %i records back into the same result', (size) => {
    if (!checked.ok) throw new Error('expected a valid fixture');
    const { last, before } = join(splitResult(checked, size));
    expect(before.every((result) => result === undefined)).toBe(true);
    expect(last).toEqual(checked);
    expect(last?.ok && Object.keys(last.dataset)).toEqual(Object.keys(checked.dataset));
  });

  it('survives a structured clone of every part, as a worker message', () => {
    if (!checked.ok) throw new Error('expected a valid fixture');
    const { last } = join(splitResult(checked, 2).map((part) => structuredClone(part)));
    expect(last).toEqual(checked);
  });

  it('returns a refusal as it came', () => {
    const refused: PageValidationResult = { ok: false, problems: [{ path: 'x', message: 'y' }] };
    expect(join(splitResult(refused)).last).toEqual(refused);
  });
});
