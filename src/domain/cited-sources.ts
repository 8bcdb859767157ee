import type { LoadedDataset } from '@/domain/dataset-index';
import { compareText } from '@/lib/compare-text';
import { isolate } from '@/lib/isolate';

/**
 * The ids of every source cited anywhere inside the given records (any `evidence` array at any
 * depth), each once, in the order first met.
 */
export function collectSourceIds(records: unknown): string[] {
  const seen = new Set<string>();
  const visit = (node: unknown, inEvidence: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inEvidence);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (inEvidence && typeof record.source === 'string') seen.add(record.source);
    for (const [key, child] of Object.entries(record)) visit(child, key === 'evidence');
  };
  visit(records, false);
  return [...seen];
}

/**
 * The publishers of the sources the records cite, most-cited first, each isolated: "Kazinform, The
 * Astana Times and 4 more publishers (14 sources)"; says so when the records cite nothing.
 */
export function describeCitedSources(dataset: LoadedDataset, records: unknown, shown = 4): string {
  const ids = collectSourceIds(records);
  if (ids.length === 0) return 'none cited by the records shown';
  const byPublisher = new Map<string, number>();
  for (const id of ids) {
    const publisher = dataset.index.sourceById.get(id)?.publisher ?? id;
    byPublisher.set(publisher, (byPublisher.get(publisher) ?? 0) + 1);
  }
  const ranked = [...byPublisher].toSorted((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const named = ranked.slice(0, shown).map(([publisher]) => isolate(publisher));
  const more = ranked.length - named.length;
  const list =
    more > 0
      ? `${named.join(', ')} and ${more} more publisher${more === 1 ? '' : 's'}`
      : named.join(', ');
  return `${list} (${ids.length} source${ids.length === 1 ? '' : 's'})`;
}
