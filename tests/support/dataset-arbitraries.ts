import fc from 'fast-check';
import type { Dataset } from '@/domain/schema';
import { DATASET_LIMITS } from '@/domain/dataset-limits';
import { isBlankText } from '@/lib/visible-text';
import { generateDataset } from '../../scripts/synthetic-dataset';

/** Collections whose order carries no meaning for validity (events, by contrast, must stay in order). */
const ORDERLESS = [
  'sources',
  'dialogues',
  'topics',
  'people',
  'meetings',
  'commitments',
  'conflicts',
] as const;

/** Free-text fields (all non-empty text in the schema); replacing one with other non-blank text keeps a dataset valid. */
const FREE_TEXT_KEYS = new Set([
  'title',
  'publisher',
  'label',
  'definition',
  'name',
  'shortName',
  'description',
  'summary',
  'quote',
  'translation',
  'note',
  'text',
  'committedBy',
  'subject',
  'resolution',
]);

/** Text a person might paste anywhere: any Unicode, markup, right-to-left, emoji, long words; never blank. */
export const anyText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'حقوق الإنسان',
      'זכויות אדם',
      'ә ғ қ ң ө ұ ү һ і',
      '👩‍👩‍👧‍👦 🏳️‍🌈',
      // As long as a one-line text may be (a title, a label); free text may be longer.
      'x'.repeat(DATASET_LIMITS.text.line),
    ),
  )
  .filter((text) => !isBlankText(text));

/** A seeded PRNG for reordering inside an arbitrary's map (fast-check supplies the seed). */
function seededShuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function textFieldPaths(
  node: unknown,
  path: (string | number)[],
  out: (string | number)[][],
): void {
  if (Array.isArray(node)) node.forEach((child, i) => textFieldPaths(child, [...path, i], out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string' && FREE_TEXT_KEYS.has(key)) out.push([...path, key]);
      else textFieldPaths(child, [...path, key], out);
    }
  }
}

function setText(root: unknown, path: readonly (string | number)[], text: string): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = text;
}

export type ValidDatasetOptions = {
  /** Inclusive bounds of generateDataset's scale, in steps of 0.1. */
  minScale?: number;
  maxScale?: number;
};

/**
 * Valid datasets: generateDataset with a chosen seed and scale, then reorderings of collections
 * and free text replaced by arbitrary non-blank text, none of which can make a dataset invalid.
 */
export function validDatasetArbitrary({
  minScale = 1,
  maxScale = 3,
}: ValidDatasetOptions = {}): fc.Arbitrary<Dataset> {
  return fc
    .record({
      seed: fc.integer(),
      tenths: fc.integer({ min: Math.round(minScale * 10), max: Math.round(maxScale * 10) }),
      reorder: fc.subarray([...ORDERLESS]),
      orderSeed: fc.integer(),
      texts: fc.array(fc.tuple(fc.nat(), anyText), { maxLength: 6 }),
    })
    .map(({ seed, tenths, reorder, orderSeed, texts }) => {
      const dataset = generateDataset({ seed, scale: tenths / 10 });
      for (const key of reorder) seededShuffle(dataset[key] as unknown[], orderSeed);
      if (texts.length > 0) {
        const paths: (string | number)[][] = [];
        textFieldPaths(dataset, [], paths);
        for (const [index, text] of texts) setText(dataset, paths[index % paths.length]!, text);
      }
      return dataset;
    });
}
