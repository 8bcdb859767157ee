// @vitest-environment node
import {
  measurePipeline,
  summarizeSample,
  type PipelineSample,
  type ScaleRunner,
} from '../../../scripts/bench/pipeline';

const timing = (total: number) => ({ parse: 1, validate: 2, index: 3, derive: total - 6, total });

function sample(scale: number | 'bundled', totals: number[]): PipelineSample {
  return {
    scale,
    bytes: 1000,
    records: 2000,
    meetings: 10,
    commitments: 20,
    runs: totals.map(timing),
    sections: totals.map((total) => ({ sources: total / 10, topics: 1 })),
  };
}

describe(summarizeSample, () => {
  it('takes the median of each step and section and the cost per 1,000 records', () => {
    const result = summarizeSample(sample(100, [300, 100, 120, 500, 110]));
    expect(result.median.total).toBe(120);
    expect(result.median.parse).toBe(1);
    expect(result.sectionMedians).toEqual({ sources: 12, topics: 1 });
    expect(result.msPer1kRecords).toBe(60);
  });

  it('gives no cost per record for an empty dataset', () => {
    expect(summarizeSample({ ...sample(1, [10]), records: 0 }).msPer1kRecords).toBeNaN();
  });
});

describe(measurePipeline, () => {
  it('times the bundled file, then each scale, running 1000× only once', async () => {
    const calls: [number | 'bundled', number][] = [];
    const runScale: ScaleRunner = (scale, repeats) => {
      calls.push([scale, repeats]);
      return Promise.resolve(
        sample(
          scale,
          Array.from({ length: repeats }, () => 50),
        ),
      );
    };
    const report = await measurePipeline(
      { name: 'chromium', version: 'Chromium 150', runScale },
      [1, 100, 1000],
      7,
      () => {},
    );
    expect(calls).toEqual([
      ['bundled', 7],
      [1, 7],
      [100, 7],
      [1000, 1],
    ]);
    expect(report.engine).toBe('chromium');
    expect(report.engineVersion).toBe('Chromium 150');
    expect(report.results.map((result) => result.scale)).toEqual(['bundled', 1, 100, 1000]);
    expect(report.errors).toEqual([]);
  });

  it('reports a scale that fails, with its engine, and still runs the others', async () => {
    const runScale: ScaleRunner = (scale) =>
      scale === 10
        ? Promise.reject(new Error('out of memory'))
        : Promise.resolve(sample(scale, [40]));
    const report = await measurePipeline(
      { name: 'node', version: 'Node 20', runScale },
      [1, 10, 100],
      1,
      () => {},
    );
    expect(report.results.map((result) => result.scale)).toEqual(['bundled', 1, 100]);
    expect(report.errors).toEqual(['pipeline in node at 10×: out of memory']);
  });
});
