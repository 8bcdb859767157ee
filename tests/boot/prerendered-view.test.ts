import { afterEach, describe, expect, it } from 'vitest';
import { prerenderedViewFits } from '@/boot/prerendered-view';
import { writeCustomDatasetFlag } from '@/data/custom-dataset-flag';

afterEach(() => writeCustomDatasetFlag(false));

describe(prerenderedViewFits, () => {
  it("fits a page's plain address in a browser that keeps no dataset", () => {
    expect(prerenderedViewFits('overview', 'overview', { search: '' })).toBe(true);
    expect(prerenderedViewFits('meetings', 'meetings', { search: '' })).toBe(true);
  });

  it('does not fit a deep link, whose filters the default view ignores', () => {
    expect(prerenderedViewFits('overview', 'overview', { search: '?topic=anti-corruption' })).toBe(
      false,
    );
    expect(prerenderedViewFits('sources', 'sources', { search: '?open=meeting:x' })).toBe(false);
  });

  it("does not fit another page's markup, as a fallback to the Overview's file would serve", () => {
    expect(prerenderedViewFits('overview', 'meetings', { search: '' })).toBe(false);
    expect(prerenderedViewFits(null, 'overview', { search: '' })).toBe(false);
  });

  it('does not fit when the browser keeps a dataset of its own', () => {
    writeCustomDatasetFlag(true);
    expect(prerenderedViewFits('overview', 'overview', { search: '' })).toBe(false);
  });
});
