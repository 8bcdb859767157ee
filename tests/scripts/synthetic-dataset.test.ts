// @vitest-environment node
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@/domain/schema';
import { validateDataset } from '@/domain/validate-dataset';
import { generateDataset } from '../../scripts/synthetic-dataset';
import { runScript } from '../support/run-script';

function counts(dataset: Dataset) {
  let quotes = 0;
  JSON.stringify(dataset, (key, value: unknown) => {
    if (key === 'quote') quotes++;
    return value;
  });
  return {
    meetings: dataset.meetings.length,
    topics: dataset.topics.length,
    commitments: dataset.commitments.length,
    events: dataset.commitments.reduce((sum, c) => sum + c.events.length, 0),
    sources: dataset.sources.length,
    quotes,
  };
}

function problemsOf(dataset: Dataset) {
  const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
  return result.ok ? [] : result.problems.slice(0, 5);
}

describe(generateDataset, () => {
  it('gives the same dataset for the same seed and scale, and another for another seed', () => {
    const a = JSON.stringify(generateDataset({ seed: 42, scale: 2 }));
    expect(JSON.stringify(generateDataset({ seed: 42, scale: 2 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ seed: 43, scale: 2 }))).not.toBe(a);
    expect(JSON.stringify(generateDataset({ seed: 42, scale: 3 }))).not.toBe(a);
  });

  it('is about the size of the bundled dataset at scale 1', () => {
    const c = counts(generateDataset({ seed: 1, scale: 1 }));
    expect(c).toMatchObject({ meetings: 10, topics: 21, commitments: 12, sources: 54 });
    expect(c.events).toBeGreaterThanOrEqual(30);
    expect(c.events).toBeLessThanOrEqual(55);
    expect(c.quotes).toBeGreaterThanOrEqual(170);
    expect(c.quotes).toBeLessThanOrEqual(350);
  });

  it.each([1, 10, 100])(
    'passes the schema and every integrity rule at scale %i',
    (scale) => {
      for (const seed of scale === 100 ? [1] : [1, 2, 3]) {
        expect(problemsOf(generateDataset({ seed, scale }))).toEqual([]);
      }
    },
    60_000,
  );

  it('grows about linearly with the scale', () => {
    const base = counts(generateDataset({ seed: 5, scale: 10 }));
    const big = counts(generateDataset({ seed: 5, scale: 100 }));
    for (const key of Object.keys(base) as (keyof typeof base)[]) {
      expect(big[key] / base[key]).toBeGreaterThan(8);
      expect(big[key] / base[key]).toBeLessThan(12);
    }
  });

  it('spreads references unevenly, as real citations are, and dates over years at every precision', () => {
    const dataset = generateDataset({ seed: 9, scale: 10 });
    const citations = new Map<string, number>();
    JSON.stringify(dataset, (key, value: unknown) => {
      if (key === 'source' && typeof value === 'string')
        citations.set(value, (citations.get(value) ?? 0) + 1);
      return value;
    });
    const sorted = [...citations.values()].toSorted((a, b) => b - a);
    expect(citations.size).toBeGreaterThan(dataset.sources.length * 0.5);
    expect(sorted[0]!).toBeGreaterThan(3 * sorted[Math.floor(sorted.length / 2)]!);
    const raised = new Set(dataset.meetings.flatMap((m) => m.topics.map((t) => t.topic)));
    expect(raised.size).toBeGreaterThan(dataset.topics.length * 0.6);
    const years = dataset.meetings.map((m) => Number(m.date.value.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(10);
    const precisions = new Set(
      dataset.commitments.flatMap((c) => c.events.map((e) => e.date.precision)),
    );
    expect([...precisions].toSorted()).toEqual(['day', 'month', 'year']);
    expect(dataset.meetings.some((m) => m.status === 'planned')).toBe(true);
    expect(dataset.meetings.some((m) => m.round === null)).toBe(true);
  });

  it('generates 1000 times the bundled dataset in a few seconds', () => {
    const start = performance.now();
    const dataset = generateDataset({ seed: 1, scale: 1000 });
    const seconds = (performance.now() - start) / 1000;
    expect(dataset.meetings).toHaveLength(10_000);
    expect(dataset.sources).toHaveLength(54_000);
    // Generous, so a busy machine does not fail it; it takes about 2 s on an idle one.
    expect(seconds).toBeLessThan(20);
  }, 30_000);
});

describe('scripts/synthetic-dataset.ts', () => {
  it('writes the generated dataset to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'dataset.json');
    const run = runScript('scripts/synthetic-dataset.ts', [
      '--scale',
      '2',
      '--seed',
      '7',
      '--out',
      out,
    ]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      `${JSON.stringify(generateDataset({ seed: 7, scale: 2 }))}\n`,
    );
  }, 30_000);

  it('refuses a scale that is not a positive number', () => {
    const run = runScript('scripts/synthetic-dataset.ts', ['--scale', 'zero']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('usage: synthetic-dataset.ts');
  }, 30_000);
});
