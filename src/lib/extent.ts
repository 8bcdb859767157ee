// Math.min(...values) throws a RangeError once there are too many values to pass as arguments, and
// a dataset within the limits can hold that many; these loop instead.

/** The smallest `valueOf(item)`, or Infinity for no items. */
export function minOf<T>(items: Iterable<T>, valueOf: (item: T) => number): number {
  let min = Infinity;
  for (const item of items) min = Math.min(min, valueOf(item));
  return min;
}

/** The largest `valueOf(item)`, or -Infinity for no items. */
export function maxOf<T>(items: Iterable<T>, valueOf: (item: T) => number): number {
  let max = -Infinity;
  for (const item of items) max = Math.max(max, valueOf(item));
  return max;
}
