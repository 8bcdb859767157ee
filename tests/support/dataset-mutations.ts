import fc from 'fast-check';
import type { Dataset } from '@/domain/schema';
import {
  applyOne,
  isObject,
  type AppliedMutation,
  type Mutation,
  type MutationKind,
} from './dataset-mutators';
import { cloneJson, type JsonStep } from './json-at';
import { HOSTILE_URLS } from './mutation-values';

export { HOSTILE_URLS };

export type { AppliedMutation, Mutation, MutationKind };

const hostileUrl = fc.oneof(
  fc.constantFrom(...HOSTILE_URLS),
  fc.webUrl({
    validSchemes: ['javascript', 'data', 'vbscript', 'file', 'ftp', 'ws', 'wss', 'blob', 'chrome'],
  }),
  fc
    .tuple(fc.constantFrom('javascript', 'data', 'vbscript'), fc.string())
    .map(([scheme, rest]) => `${scheme}:${rest}`),
);

const OTHER_KINDS: MutationKind[] = [
  'delete-required',
  'bad-date',
  'broken-reference',
  'duplicate-id',
  'unknown-field',
  'bad-enum',
  'blank-text',
  'bad-round',
  'empty-required-list',
  'events-out-of-order',
  'planned-before-held',
  'duplicate-round',
  'precision-mismatch',
];

/** Roughly as many of each kind; "wrong-type" is also the fallback, so it gets less weight here. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant<MutationKind>('wrong-type'),
      pick: fc.nat(),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant<MutationKind>('hostile-url'),
      pick: fc.nat(),
      value: hostileUrl,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom(...OTHER_KINDS),
      pick: fc.nat(),
      value: fc.oneof(fc.nat(), fc.stringMatching(/^[a-z0-9]{1,8}$/)),
    }),
    weight: OTHER_KINDS.length,
  },
);

export type MutatedDataset = { raw: unknown; applied: AppliedMutation[] };

/**
 * A valid dataset broken by 1–3 mutations (or, rarely, replaced by a non-object). Mutations without
 * a target in this dataset fall back to a wrong-typed value, so at least one always applies.
 */
export function mutatedDatasetArbitrary(
  valid: fc.Arbitrary<Dataset>,
): fc.Arbitrary<MutatedDataset> {
  return fc
    .tuple(
      valid,
      fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
      fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 19 },
        {
          arbitrary: fc
            .jsonValue({ maxDepth: 1 })
            .filter((v) => !isObject(v))
            .map((v) => ({ root: v })),
          weight: 1,
        },
      ),
    )
    .map(([dataset, mutations, newRoot]) => {
      if (newRoot !== undefined)
        return { raw: newRoot.root, applied: [{ kind: 'replace-root' as const, path: '[]' }] };
      const root = cloneJson(dataset) as unknown as Record<string, unknown>;
      const touched: JsonStep[][] = [];
      const applied = mutations.map(
        (mutation) =>
          applyOne(root, mutation, touched) ??
          applyOne(
            root,
            { kind: 'wrong-type', pick: mutation.pick, value: mutation.value },
            touched,
          ),
      );
      return { raw: root, applied: applied.filter((a): a is AppliedMutation => a !== null) };
    });
}
