import { createHash } from 'node:crypto';
import { loadDataset } from '@/data/load-dataset';
import { validateDatasetText } from '@/data/validate-in-worker';
import { makeDataset } from '../support/fixtures';
import { failureOf, respond } from '../support/dataset-loading';

vi.mock(import('@/data/validate-in-worker'), async (importOriginal) => {
  const actual = await importOriginal();
  return { validateDatasetText: vi.fn(actual.validateDatasetText) };
});

const bundled = { kind: 'bundled' } as const;

// Stands in for the bundled file; the build's digest of it is stubbed per test.
const text = JSON.stringify(makeDataset(), null, 2);
const sha256 = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

/** What the build defines when it has validated `body`. */
function buildValidated(body: string): void {
  vi.stubGlobal('__BUNDLED_DATASET_SHA256__', sha256(body));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(validateDatasetText).mockClear();
});

describe('loadDataset with the bundled dataset', () => {
  it('uses the file the build validated without validating it again', async () => {
    buildValidated(text);
    const trusted = await loadDataset(bundled, respond(text));
    expect(validateDatasetText).not.toHaveBeenCalled();

    vi.unstubAllGlobals();
    const validated = await loadDataset(bundled, respond(text));
    expect(validateDatasetText).toHaveBeenCalledOnce();
    expect(trusted).toEqual(validated);
  });

  it('validates a bundled file that differs by one byte from the one the build validated', async () => {
    buildValidated(text);
    const changed = text.replace('"https://example.org/a"', '"httpz://example.org/a"');
    expect(changed).toHaveLength(text.length);
    const error = await failureOf(loadDataset(bundled, respond(changed)));
    expect(validateDatasetText).toHaveBeenCalledOnce();
    expect(error.message).toBe('The dataset has 1 problem.');
    expect(error.problems.map((problem) => problem.path)).toEqual(['sources[0].url']);
  });

  it('reports a garbled bundled file as text that is not JSON, as before', async () => {
    buildValidated(text);
    const error = await failureOf(loadDataset(bundled, respond(text.slice(0, 100))));
    expect(validateDatasetText).toHaveBeenCalledOnce();
    expect(error.problems[0]?.path).toBe('(file)');
    expect(error.problems[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it('validates the file where the browser has no Web Crypto (plain http)', async () => {
    buildValidated(text);
    vi.stubGlobal('crypto', {});
    const loaded = await loadDataset(bundled, respond(text));
    expect(validateDatasetText).toHaveBeenCalledOnce();
    expect(loaded.meta.title).toBe('Fixture dataset');
  });

  it('validates the file when the build defined no digest (tests, prerendering)', async () => {
    await loadDataset(bundled, respond(text));
    expect(validateDatasetText).toHaveBeenCalledOnce();
  });
});
