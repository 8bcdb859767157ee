// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Dataset } from '@/domain/schema';
import { countRecords, runPipeline } from '../../../scripts/bench/pipeline-steps';

const BUNDLED = readFileSync('public/data/dialogue-dataset.json', 'utf8');

describe(runPipeline, () => {
  it('times every step of each run and counts the records of the dataset it validated', () => {
    let collected = 0;
    const measured = runPipeline(BUNDLED, 3, '2026-11-23', () => (collected += 1));
    const dataset = JSON.parse(BUNDLED) as Dataset;
    expect(collected).toBe(3);
    expect(measured.runs).toHaveLength(3);
    expect(measured.records).toBe(countRecords(dataset));
    expect(measured.meetings).toBe(dataset.meetings.length);
    expect(measured.commitments).toBe(dataset.commitments.length);
    for (const run of measured.runs) {
      const steps = run.parse + run.validate + run.index + run.derive;
      expect(run.total).toBeCloseTo(steps, 6);
      expect(run.total).toBeGreaterThan(0);
    }
    expect(Object.keys(measured.sections[0] ?? {})).toContain('sources');
  });

  it('stops with the first problems when the dataset is not valid', () => {
    const broken = JSON.parse(BUNDLED) as { meetings: { id: unknown }[] };
    broken.meetings[0]!.id = 42;
    expect(() => runPipeline(JSON.stringify(broken), 1, '2026-11-23', () => {})).toThrow(
      /not valid \(1 problem\):\nmeetings\[0\]\.id: must be text/,
    );
  });
});

describe(countRecords, () => {
  it('adds up the items of every top-level list and nothing else', () => {
    const dataset = JSON.parse(BUNDLED) as Dataset;
    const lists = [
      dataset.sources,
      dataset.dialogues,
      dataset.topics,
      dataset.people,
      dataset.meetings,
      dataset.commitments,
      dataset.conflicts,
      dataset.reviewSeries ?? [],
      dataset.reviews ?? [],
      dataset.contacts ?? [],
    ];
    expect(countRecords(dataset)).toBe(lists.reduce((sum, list) => sum + list.length, 0));
  });
});
