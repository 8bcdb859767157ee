/** One quote of the dataset, wherever it sits: its JSON path, the source it cites, the quote. */
export type EvidenceQuote = { path: string; source: string; quote: string };

// Walks the JSON generically instead of through the dataset's types: any array named `evidence`
// holds quotes, whatever record it belongs to, so a change of the record shapes changes nothing here.
function visit(node: unknown, path: string, key: string, out: EvidenceQuote[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      const childPath = `${path}[${index}]`;
      if (key === 'evidence' && isQuote(child)) {
        out.push({ path: childPath, source: child.source, quote: child.quote });
      }
      visit(child, childPath, '', out);
    });
  } else if (node !== null && typeof node === 'object') {
    for (const [childKey, child] of Object.entries(node)) {
      visit(child, path ? `${path}.${childKey}` : childKey, childKey, out);
    }
  }
}

function isQuote(value: unknown): value is { source: string; quote: string } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.source === 'string' && typeof record.quote === 'string';
}

/** Every `{ source, quote }` item of every `evidence` array in a JSON document, in document order. */
export function collectEvidence(document: unknown): EvidenceQuote[] {
  const out: EvidenceQuote[] = [];
  visit(document, '', '', out);
  return out;
}

/** One dataset source as the archive needs it; other fields are ignored. */
export type ArchivedSourceFields = {
  index: number;
  id: string;
  url: string;
  title: string;
  publisher: string;
  published: unknown;
};

/** The dataset's `sources` read leniently: entries without a string id and url are skipped. */
export function listSources(document: unknown): ArchivedSourceFields[] {
  const sources = (document as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((entry: unknown, index) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const { id, url, title, publisher, published } = record;
    if (typeof id !== 'string' || typeof url !== 'string') return [];
    return [
      {
        index,
        id,
        url,
        title: typeof title === 'string' ? title : id,
        publisher: typeof publisher === 'string' ? publisher : '',
        published: published ?? null,
      },
    ];
  });
}
