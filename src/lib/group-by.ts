/**
 * `items` grouped by `keyOf`, groups in the order their first item comes, items in given order.
 * `Map.groupBy` does this from Node 21 and ES2024; the unit tests run on Node 20.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
