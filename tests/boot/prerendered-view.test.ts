import { afterEach, describe, expect, it } from 'vitest';
import { prerenderedViewFits } from '@/boot/prerendered-view';
import { writeCustomDatasetFlag } from '@/data/custom-dataset-flag';

afterEach(() => writeCustomDatasetFlag(false));

describe(prerenderedViewFits, () => {
  it('fits the plain address in a browser that keeps no dataset', () => {
    expect(prerenderedViewFits({ search: '' })).toBe(true);
  });

  it('does not fit a deep link, whose filters the default view ignores', () => {
    expect(prerenderedViewFits({ search: '?topic=anti-corruption' })).toBe(false);
    expect(prerenderedViewFits({ search: '?detail=meeting:x' })).toBe(false);
  });

  it('does not fit when the browser keeps a dataset of its own', () => {
    writeCustomDatasetFlag(true);
    expect(prerenderedViewFits({ search: '' })).toBe(false);
  });
});
