// @vitest-environment node
import fc from 'fast-check';
import { readDatasetText } from '@/data/read-dataset-text';
import { validDatasetArbitrary } from '../../support/dataset-arbitraries';
import { mutatedDatasetArbitrary } from '../../support/dataset-mutations';
import { existsAt, parseJsonPath } from '../../support/json-at';

/** Whether a problem's path names something in the input, or a missing field of something that is. */
function pointsIntoInput(raw: unknown, path: string): boolean {
  const steps = parseJsonPath(path);
  if (steps === null) return false;
  return existsAt(raw, steps) || (steps.length > 0 && existsAt(raw, steps.slice(0, -1)));
}

describe('randomly broken datasets', () => {
  it('are refused without throwing, each problem at a path that exists in the input', () => {
    fc.assert(
      fc.property(
        mutatedDatasetArbitrary(validDatasetArbitrary({ minScale: 0.1, maxScale: 1 })),
        ({ raw }) => {
          const fromText = readDatasetText(JSON.stringify(raw));
          expect(fromText.ok).toBe(false);
          if (fromText.ok) return;
          expect(fromText.problems.length).toBeGreaterThan(0);
          for (const problem of fromText.problems) {
            expect(problem.path).not.toBe('');
            expect(problem.message).not.toBe('');
            expect({ path: problem.path, resolves: pointsIntoInput(raw, problem.path) }).toEqual({
              path: problem.path,
              resolves: true,
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 300_000);
});
