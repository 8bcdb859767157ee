import { citationSubject, describeCitedFact, isListedCitation } from '@/domain/citation';
import type { LoadedDataset } from '@/domain/dataset-index';
import { walkEvidence, type EvidenceOwner } from '@/domain/evidence-walk';
import type { DetailTarget } from '@/view/detail';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';
import { excerptAround, type Excerpt } from '@/lib/excerpt';
import { foldForSearch, matchesTerms, searchTerms } from '@/lib/search-text';

/** Where a quote's link leads: the detail of the record it supports, or a conflict on Sources. */
export type QuoteSupports =
  | { kind: 'detail'; target: DetailTarget; label: string }
  | { kind: 'conflict'; conflictId: string; label: string };

/** One quote as the search reads it: folded once per dataset, with what it supports. */
export type IndexedQuote = {
  key: string;
  quote: string;
  translation: string | null;
  foldedQuote: string;
  foldedTranslation: string;
  sourceId: string;
  /** The source's `YYYY[-MM[-DD]]` date, or null when it shows none. */
  published: string | null;
  supports: QuoteSupports;
  /** The meeting or commitment the filters must leave for the quote to be listed, if any. */
  record: { kind: 'meetings' | 'commitments'; id: string } | null;
};

export type QuoteMatch = {
  key: string;
  excerpt: Excerpt;
  /** True when the English translation matched, not the quote as written. */
  translated: boolean;
  /** The language of the excerpt's text: the source's, or undefined for a translation (English). */
  language: string | undefined;
  sourceId: string;
  /** The source's publisher, or its id when the dataset lacks it. */
  sourceName: string;
  /** The source's date as the app writes it, or "date not shown". */
  date: string;
  /** Each record the quote supports, the first as `indexQuotes` met it. */
  supports: QuoteSupports[];
};

/** How much of a quote a result shows around its first match. */
export const QUOTE_WINDOW = { before: 60, length: 180 } as const;

const DETAIL_OWNERS = { meeting: 'meeting', commitment: 'commitment', review: 'review' } as const;

function supportsOf(owner: EvidenceOwner, label: string): QuoteSupports | null {
  if (owner.kind === 'conflict') return { kind: 'conflict', conflictId: owner.record.id, label };
  if (owner.kind === 'contact')
    return { kind: 'detail', target: { kind: 'contact', id: owner.record.id }, label };
  if (owner.kind in DETAIL_OWNERS) {
    const kind = DETAIL_OWNERS[owner.kind as keyof typeof DETAIL_OWNERS];
    return { kind: 'detail', target: { kind, id: owner.record.id }, label };
  }
  // People and dialogue origins have no detail of their own to open.
  return null;
}

/**
 * Every quote that supports a record a reader can open (a meeting, commitment, review edition,
 * high-level contact or conflict), in the order `walkEvidence` visits them, each quote text once per
 * record (the first fact it supports names it). A commitment's deadline and term are left out, as
 * in the search text. Build once per dataset: every quote is folded here.
 */
export function indexQuotes(dataset: LoadedDataset): IndexedQuote[] {
  const quotes: IndexedQuote[] = [];
  const seen = new Set<string>();
  walkEvidence(dataset, (evidence, site) => {
    if (evidence.length === 0 || !isListedCitation(site)) return;
    const subject = citationSubject(site.owner, dataset.index);
    const supports = supportsOf(site.owner, describeCitedFact(site, subject.label, dataset.index));
    if (!supports) return;
    const { kind } = site.owner;
    const record =
      kind === 'meeting' || kind === 'commitment'
        ? { kind: `${kind}s` as const, id: subject.id }
        : null;
    for (const item of evidence) {
      const key = `${subject.kind}:${subject.id}\u0000${item.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push({
        key,
        quote: item.quote,
        translation: item.translation ?? null,
        foldedQuote: foldForSearch(item.quote),
        foldedTranslation: foldForSearch(item.translation ?? ''),
        sourceId: item.source,
        published: dataset.index.sourceById.get(item.source)?.published?.value ?? null,
        supports,
        record,
      });
    }
  });
  return quotes;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Where the search first matches in `text`: the first word as typed (any case), else the first
 * word whose folded form holds a term (a transliteration), else 0.
 */
export function firstMatchAt(text: string, words: readonly string[], terms: readonly string[]) {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const hits = words.map((word) => lower.indexOf(word)).filter((at) => at !== -1);
    if (hits.length > 0) return Math.min(...hits);
  }
  for (const match of text.matchAll(WORD)) {
    const folded = foldForSearch(match[0]);
    if (terms.some((term) => folded.includes(term))) return match.index;
  }
  return 0;
}

export type QuoteFilter = {
  meetings: ReadonlySet<string>;
  commitments: ReadonlySet<string>;
};

/**
 * The quotes whose text (or else its English translation) holds every word of the search, folded
 * as everywhere else, newest source first (undated last; ties in `indexQuotes` order). A quote
 * supporting a meeting or commitment is listed only when the filters leave that record. The same
 * text from the same source is listed once, with every record it supports. Each is cut to an
 * excerpt around its first match. An empty search finds none.
 */
export function matchQuotes(
  quotes: readonly IndexedQuote[],
  search: string,
  shown: QuoteFilter,
  dataset: Pick<LoadedDataset, 'index'>,
): QuoteMatch[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [];
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const found = quotes.filter(
    (quote) =>
      (quote.record === null || shown[quote.record.kind].has(quote.record.id)) &&
      (matchesTerms(quote.foldedQuote, terms) || matchesTerms(quote.foldedTranslation, terms)),
  );
  const newestFirst = found.toSorted((a, b) => {
    if (a.published === null || b.published === null)
      return Number(a.published === null) - Number(b.published === null);
    return comparePartialDates(b.published, a.published);
  });
  const bySourceAndText = new Map<string, { quote: IndexedQuote; supports: QuoteSupports[] }>();
  for (const quote of newestFirst) {
    const key = `${quote.sourceId}\u0000${quote.quote}`;
    const same = bySourceAndText.get(key);
    if (same) same.supports.push(quote.supports);
    else bySourceAndText.set(key, { quote, supports: [quote.supports] });
  }
  return [...bySourceAndText.values()].map(({ quote, supports }) => {
    const translated = !matchesTerms(quote.foldedQuote, terms);
    const text = translated ? (quote.translation ?? '') : quote.quote;
    const source = dataset.index.sourceById.get(quote.sourceId);
    return {
      key: quote.key,
      excerpt: excerptAround(text, firstMatchAt(text, words, terms), QUOTE_WINDOW),
      translated,
      language: translated ? undefined : source?.language,
      sourceId: quote.sourceId,
      sourceName: source?.publisher ?? quote.sourceId,
      date: source?.published
        ? formatPartialDate(source.published.value, source.published.uncertain)
        : 'date not shown',
      supports,
    };
  });
}
