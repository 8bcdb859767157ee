import { buildReport, type BenchResults } from '../../../scripts/bench/report';
import type { TableLine } from '../../../scripts/bench/table';

const spreadOf = (median: number, min = median, max = median) => ({ n: 5, median, min, max });
const latency = (p95: number) => ({ n: 24, p50: p95 / 2, p95, max: p95, belowThreshold: 0 });

/** A 100× pipeline result whose median total is the middle of `totals`, split over the steps. */
function pipelineAt100x(validate: number, derive: number, totals: number[]) {
  const total = 50 + validate + derive;
  return {
    scale: 100,
    records: 11_200,
    median: { parse: 20, validate, index: 30, derive, total },
    runs: totals.map((run) => ({ total: run })),
    msPer1kRecords: (total / 11_200) * 1000,
  };
}

function rowsOf(lines: readonly TableLine[]): string[][] {
  return lines.flatMap((line) => (line.kind === 'row' ? [[...line.cells]] : []));
}

describe(buildReport, () => {
  const results: BenchResults = {
    sizes: {
      initialJs: { files: ['assets/index.js'], raw: 480_000, gzip: 160_000 },
      allJs: { files: ['a.js', 'b.js'], raw: 900_000, gzip: 270_000 },
      css: { files: ['a.css'], raw: 25_000, gzip: 5_600 },
      data: { files: ['data/dialogue-dataset.json'], raw: 163_000, gzip: 24_400 },
      html: { files: ['index.html'], raw: 1_200, gzip: 600 },
    },
    lighthouse: {
      runs: [1, 2, 3, 4, 5],
      stats: {
        score: spreadOf(99, 97, 100),
        fcp: spreadOf(900),
        lcp: spreadOf(1400, 1300, 1600),
        tbt: spreadOf(120),
        cls: spreadOf(0),
        si: spreadOf(1000),
      },
    },
    interactions: [
      { kind: 'topic', cpu: 1, data: 'bundled', summary: latency(40), loadMs: 900 },
      { kind: 'year', cpu: 4, data: 'bundled', summary: latency(104), loadMs: 900 },
      { kind: 'detail', cpu: 1, data: 'bundled', summary: latency(300), loadMs: 900 },
      { kind: 'topic', cpu: 1, data: '100×', summary: latency(96), loadMs: 9000 },
    ],
    pipelines: [
      {
        engine: 'chromium',
        engineVersion: 'Chromium 150.0.7871.100',
        results: [pipelineAt100x(90, 70, [340, 210, 200])],
      },
      {
        engine: 'node',
        engineVersion: 'Node 20.20.2 (V8 11.3.244.8-node.33)',
        results: [pipelineAt100x(100, 100, [300, 250, 240])],
      },
    ],
    export: {
      chart: 'Topics meeting by meeting',
      marks: 126,
      times: [300, 200],
      stats: spreadOf(250, 200, 300),
    },
  };

  it('checks every budget of issue #6 that applies to what was measured', () => {
    const { checks } = buildReport(results);
    expect(checks).toEqual([
      { name: 'initial JS', verdict: 'fail' },
      { name: 'Lighthouse score', verdict: 'pass' },
      { name: 'LCP', verdict: 'pass' },
      { name: 'TBT', verdict: 'fail' },
      { name: 'CLS', verdict: 'pass' },
      { name: 'topic p95 1×', verdict: 'pass' },
      { name: 'year p95 4×', verdict: 'fail' },
      { name: 'topic p95 1× 100× data', verdict: 'pass' },
      { name: 'pipeline 100×', verdict: 'fail' },
    ]);
  });

  it('prints the figure, its spread, the budget and the mark on one row', () => {
    const rows = rowsOf(buildReport(results).lines);
    expect(rows).toContainEqual([
      'Largest Contentful Paint',
      '1,400 ms',
      '1,300–1,600 ms',
      '≤ 1,500 ms',
      '✔',
    ]);
    expect(rows).toContainEqual([
      'Initial JS (entry + static imports + preloads)',
      '160.0 kB',
      '480.0 kB raw, 1 file',
      '≤ 150 kB',
      '✖',
    ]);
    const pipeline = rows.find((row) => row[0]?.startsWith('Generated 100×'));
    expect(pipeline?.[2]).toContain('validate 90');
    expect(pipeline?.[2]).toContain('19 ms/1k records');
    expect(pipeline?.[2]).toContain('first 340 ms');
  });

  it("holds the pipeline budget to Chromium's figure and shows Node's beside it without one", () => {
    const { lines, checks } = buildReport(results);
    const titles = lines.flatMap((line) => (line.kind === 'section' ? [line.title] : []));
    expect(titles.filter((title) => title.startsWith('Data pipeline'))).toEqual([
      expect.stringContaining("in Chromium 150.0.7871.100, the app's engine"),
      expect.stringContaining('in Node 20.20.2 (V8 11.3.244.8-node.33), for comparison only'),
    ]);
    const pipelineRows = rowsOf(lines).filter((row) => row[0]?.startsWith('Generated 100×'));
    expect(pipelineRows.map((row) => row.slice(1))).toEqual([
      ['210 ms', expect.any(String), '≤ 200 ms', '✖'],
      ['250 ms', expect.any(String), '', ''],
    ]);
    expect(checks.filter((check) => check.name.startsWith('pipeline'))).toEqual([
      { name: 'pipeline 100×', verdict: 'fail' },
    ]);
  });

  it('leaves the meeting detail without a budget', () => {
    const detail = rowsOf(buildReport(results).lines).find((row) => row[0]?.startsWith('Open'));
    expect(detail?.slice(3)).toEqual(['', '']);
  });

  it('reports the 100× budgets as not measured when they could not run', () => {
    const { checks } = buildReport({
      interactions: [{ kind: 'topic', cpu: 1, data: 'bundled', summary: latency(40), loadMs: 900 }],
      pipelines: [
        {
          engine: 'node',
          engineVersion: 'Node 20',
          results: [pipelineAt100x(90, 50, [190])],
        },
      ],
    });
    expect(checks.filter((check) => check.verdict === 'not-measured').map((c) => c.name)).toEqual([
      'filter p95 1× 100× data',
      'pipeline 100×',
    ]);
  });

  it('reports nothing for parts that were not run', () => {
    expect(buildReport({})).toEqual({ lines: [], checks: [] });
  });

  it('reports a page that never answered as a lower bound that misses the budget', () => {
    const { lines, checks } = buildReport({
      interactions: [
        {
          kind: 'topic',
          cpu: 1,
          data: '100×',
          summary: { n: 0, p50: Number.NaN, p95: Number.NaN, max: Number.NaN, belowThreshold: 0 },
          unfinishedMs: 180_000,
          loadMs: 526_000,
          error: 'no response within the 180 s time box while opening the Topic menu',
        },
      ],
    });
    const [row] = rowsOf(lines);
    expect(row?.[1]).toBe('> 180 s');
    expect(row?.[2]).toContain('opening the Topic menu');
    expect(row?.[2]).toContain('page drawn in 526 s');
    expect(checks).toEqual([{ name: 'topic p95 1× 100× data', verdict: 'fail' }]);
  });

  it('marks figures that include an unfinished interaction as lower bounds', () => {
    const [row] = rowsOf(
      buildReport({
        interactions: [
          {
            kind: 'year',
            cpu: 1,
            data: '100×',
            summary: { n: 2, p50: 40_000, p95: 90_000, max: 90_000, belowThreshold: 0 },
            unfinishedMs: 90_000,
            loadMs: 500_000,
          },
        ],
      }).lines,
    );
    expect(row?.[1]).toBe('p95 ≥ 90 s');
    expect(row?.[2]).toContain('unfinished');
  });
});
