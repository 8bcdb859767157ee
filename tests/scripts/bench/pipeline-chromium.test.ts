// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Dataset } from '@/domain/schema';
import { countRecords } from '../../../scripts/bench/pipeline-steps';
import { bundlePipelinePage, openChromiumPipeline } from '../../../scripts/bench/pipeline-chromium';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

describe(bundlePipelinePage, () => {
  it('builds one script that runs in a page with no Node globals left in it', async () => {
    const script = await bundlePipelinePage();
    expect(script).toContain('__pipelineBench');
    expect(script).not.toMatch(/process\.env/);
  }, 60_000);
});

describe(openChromiumPipeline, () => {
  it('runs the pipeline over the bundled file in Chromium and times each run', async () => {
    const browser = await openChromiumPipeline(CHROME_PATH);
    try {
      expect(browser.version).toMatch(/^Chromium \d+\./);
      const sample = await browser.runScale('bundled', 2);
      const text = readFileSync('public/data/dialogue-dataset.json', 'utf8');
      const dataset = JSON.parse(text) as Dataset;
      expect(sample.scale).toBe('bundled');
      expect(sample.bytes).toBe(Buffer.byteLength(text));
      expect(sample.records).toBe(countRecords(dataset));
      expect(sample.meetings).toBe(dataset.meetings.length);
      expect(sample.runs).toHaveLength(2);
      for (const run of sample.runs) expect(run.total).toBeGreaterThan(0);
      expect(Object.keys(sample.sections[0] ?? {})).toContain('sources');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
