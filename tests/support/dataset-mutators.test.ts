import { describe, expect, it } from 'vitest';
import { applyOne } from './dataset-mutators';

describe(applyOne, () => {
  // fast-check once drew a negative number here, which picked no key and made the harness throw.
  it.each([-3, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'adds an unknown field whatever number picks its name (%s)',
    (value) => {
      const root: Record<string, unknown> = { meetings: [{ id: 'a' }] };
      const applied = applyOne(root, { kind: 'unknown-field', pick: 1, value }, []);
      expect(applied?.kind).toBe('unknown-field');
      expect(JSON.parse(applied?.path ?? '[]')).toHaveLength(3);
    },
  );
});
