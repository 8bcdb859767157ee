import { isPlainClick } from '@/lib/plain-click';

const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

describe(isPlainClick, () => {
  it('is a primary-button click with no modifier', () => {
    expect(isPlainClick(click)).toBe(true);
  });

  it.each([
    ['the middle button', { button: 1 }],
    ['Ctrl', { ctrlKey: true }],
    ['⌘', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
  ])('leaves a click with %s to the browser', (_, change) => {
    expect(isPlainClick({ ...click, ...change })).toBe(false);
  });
});
