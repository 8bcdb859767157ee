type Box = { left: number; right: number };

/**
 * Which edge of its button the Export menu lines up with. Under the button's right edge by
 * default; under its left edge when that would start the menu outside the chart's frame, as for a
 * button that has wrapped to the left under a long summary.
 */
export function menuSide(button: Box, frame: Box, menuWidth: number): 'left' | 'right' {
  return button.right - menuWidth < frame.left ? 'left' : 'right';
}
