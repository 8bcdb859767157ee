import { describe, expect, it } from 'vitest';
import { menuSide } from '@/components/chart/menu-side';

const frame = { left: 100, right: 1100 };

describe('menuSide', () => {
  it('lines the menu up with the right of a button that sits at the right of the frame', () => {
    expect(menuSide({ left: 1000, right: 1084 }, frame, 256)).toBe('right');
  });

  it('lines it up with the right of a button in the middle too, when it fits', () => {
    expect(menuSide({ left: 533, right: 617 }, frame, 256)).toBe('right');
  });

  it('lines it up with the left of a button that wrapped under the summary', () => {
    expect(menuSide({ left: 116, right: 200 }, frame, 256)).toBe('left');
  });

  it('needs room for the whole menu, so a larger text size can tip the side', () => {
    expect(menuSide({ left: 300, right: 384 }, frame, 256)).toBe('right');
    expect(menuSide({ left: 300, right: 384 }, frame, 320)).toBe('left');
  });
});
