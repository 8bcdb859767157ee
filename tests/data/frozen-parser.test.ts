// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { z } from 'zod';
import { digestOf, generateParserCode, withFrozenParser } from '@/data/frozen-parser';
import * as frozenDatasetParser from '@/data/generated/dataset-parser.js';
import { Dataset } from '@/data/schema';
import { DATASET_PARSER_FILE, renderDatasetParser } from '../../scripts/dataset-parser';
import { generateDataset } from '../../scripts/synthetic-dataset';
import { validDatasetArbitrary } from '../support/dataset-arbitraries';
import { mutatedDatasetArbitrary } from '../support/dataset-mutations';
import { HOSTILE_VALID_FILE } from '../fixtures/datasets/make-broken-datasets';

const bundled: unknown = JSON.parse(readFileSync('public/data/dialogue-dataset.json', 'utf8'));
const hostile: unknown = JSON.parse(readFileSync(HOSTILE_VALID_FILE, 'utf8'));

/** The frozen module with its parser's calls and answers counted. */
function countingFrozen() {
  const calls = { parsed: 0, handedToZod: 0 };
  const factory = (...constants: unknown[]) => {
    const parse = frozenDatasetParser.factory(...constants);
    return (input: unknown) => {
      const out = parse(input);
      if (out === z.INVALID) calls.handedToZod += 1;
      else calls.parsed += 1;
      return out;
    };
  };
  return { calls, frozen: { digest: frozenDatasetParser.digest, factory } };
}

/** zod's own parse, through the runtime parser (the original schema is never compiled). */
const runtimeParse = (raw: unknown) =>
  Dataset.safeParse(structuredClone(raw), { reportInput: true });

describe('the frozen dataset parser', () => {
  it('is what z.compile generates for the current schema (run npm run data:parser after a change)', () => {
    expect(readFileSync(DATASET_PARSER_FILE, 'utf8')).toBe(renderDatasetParser());
  });

  it('is used, and parses valid datasets to exactly what zod returns', () => {
    const { calls, frozen } = countingFrozen();
    const { schema, frozen: used } = withFrozenParser(Dataset, frozen);
    expect(used).toBe(true);
    const padded = structuredClone(bundled) as { meta: { title: string } };
    padded.meta.title = `  ${padded.meta.title}  `;
    for (const raw of [bundled, hostile, generateDataset({ seed: 3, scale: 3 }), padded]) {
      const fast = schema.safeParse(structuredClone(raw));
      expect(fast).toEqual(runtimeParse(raw));
      expect(fast.success).toBe(true);
    }
    expect(calls).toEqual({ parsed: 4, handedToZod: 0 });
    // The padded title comes back trimmed, as zod's runtime returns it.
    const parsed = schema.safeParse(structuredClone(padded));
    expect(parsed.data?.meta.title).toBe((bundled as { meta: { title: string } }).meta.title);
  });

  it('hands invalid data to zod, so the problems are exactly zod’s', () => {
    fc.assert(
      fc.property(
        mutatedDatasetArbitrary(validDatasetArbitrary({ minScale: 0.1, maxScale: 0.5 })),
        ({ raw }) => {
          const { schema } = withFrozenParser(Dataset, frozenDatasetParser);
          const fast = schema.safeParse(structuredClone(raw), { reportInput: true });
          const runtime = runtimeParse(raw);
          expect(fast.success).toBe(runtime.success);
          expect(fast.error?.issues).toEqual(runtime.error?.issues);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('is left unused when it no longer matches the schema, which then parses as before', () => {
    const { calls, frozen } = countingFrozen();
    const stale = withFrozenParser(Dataset, { ...frozen, digest: digestOf('an older schema') });
    expect(stale.frozen).toBe(false);
    expect(stale.schema).toBe(Dataset);
    expect(stale.schema.safeParse(structuredClone(bundled)).success).toBe(true);
    const other = withFrozenParser(z.strictObject({ id: z.string() }), frozen);
    expect(other.frozen).toBe(false);
    expect(calls).toEqual({ parsed: 0, handedToZod: 0 });
  });

  it('restores the global Function, whether the frozen code is used or refused', () => {
    const original = globalThis.Function;
    withFrozenParser(Dataset, frozenDatasetParser);
    expect(globalThis.Function).toBe(original);
    withFrozenParser(Dataset, { ...frozenDatasetParser, digest: 'stale' });
    expect(globalThis.Function).toBe(original);
    generateParserCode(Dataset);
    expect(globalThis.Function).toBe(original);
  });
});

describe('digestOf', () => {
  it('is 14 hex digits, the same for the same text and different for a one-letter change', () => {
    const code = generateParserCode(Dataset).body;
    expect(digestOf(code)).toMatch(/^[0-9a-f]{14}$/);
    expect(digestOf(code)).toBe(digestOf(`${code}`));
    expect(digestOf(code.replace('INVALID', 'INVALIE'))).not.toBe(digestOf(code));
    expect(digestOf('')).not.toBe(digestOf(' '));
  });
});
