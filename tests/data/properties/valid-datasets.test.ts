// @vitest-environment node
import fc from 'fast-check';
import { readDatasetText } from '@/data/read-dataset-text';
import { validDatasetArbitrary } from '../../support/dataset-arbitraries';

describe('random valid datasets', () => {
  it('always validate, whatever the seed, scale (1–3), order of collections and free text', () => {
    fc.assert(
      fc.property(validDatasetArbitrary({ minScale: 1, maxScale: 3 }), (dataset) => {
        const result = readDatasetText(JSON.stringify(dataset));
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});
