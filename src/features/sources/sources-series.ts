import type { LoadedDataset } from '@/domain/dataset-index';
import { READOUT_LABELS, SOURCE_KIND_LABELS } from '@/domain/labels';
import type { Evidence, Source } from '@/domain/schema';
import { foldFieldsForSearch, matchesTerms, searchTerms } from '@/lib/search-text';
import { describePublished } from '@/features/sources/source-labels';
import { languageName } from '@/lib/language-name';
import { compareText } from '@/lib/compare-text';
import { groupBy } from '@/lib/group-by';
import { countNoun } from '@/lib/plural';
import {
  citationSubject,
  describeCitedFact,
  isListedCitation,
  type CitationSubject,
} from '@/domain/citation';
import { walkEvidence } from '@/domain/evidence-walk';

/** One quote, the record it belongs to and, in words, the fact it supports. */
export type Citation = {
  sourceId: string;
  quote: string;
  translation?: string;
  note?: string;
  subject: CitationSubject;
  fact: string;
};

/**
 * Every evidence object in the dataset, once each, as a citation naming its record and the fact it
 * supports; walks meetings, commitments, people, conflicts, dialogue origins, review editions and
 * contacts in dataset order.
 */
export function collectCitations(dataset: LoadedDataset): Citation[] {
  // Pushed onto one array as they are found: spreading and flat-mapping per record built thousands
  // of short-lived arrays on a large dataset.
  const out: Citation[] = [];
  walkEvidence(dataset, (evidence, site) => {
    if (evidence.length === 0 || !isListedCitation(site)) return;
    const subject = citationSubject(site.owner, dataset.index);
    const fact = describeCitedFact(site, subject.label, dataset.index);
    for (const item of evidence) {
      const { source, quote, translation, note } = item;
      out.push({ sourceId: source, quote, translation, note, subject, fact });
    }
  });
  return out;
}

/** The citation as an evidence object again, for the shared evidence list and its citation copy. */
export function citationEvidence(citation: Citation): Evidence {
  const { sourceId, quote, translation, note } = citation;
  return { source: sourceId, quote, translation, note };
}

export type SourceRow = {
  id: string;
  title: string;
  publisher: string;
  kind: Source['kind'];
  kindLabel: string;
  language: string;
  languageLabel: string;
  published: string;
  url: string;
  /** Whose readout the source carries, e.g. "Kazakh readout"; null when none. */
  readoutLabel: string | null;
  citationCount: number;
  /** Distinct labels of the records it is quoted for, in first-cited order. */
  subjects: string[];
};

/** How often a source is quoted, and for which records (labels once each, in first-cited order). */
type SourceUse = { count: number; subjects: Set<string> };

/** The uses of each source, over the quotes collectCitations lists (a test holds them to the same). */
function countSourceUses(dataset: LoadedDataset): Map<string, SourceUse> {
  const uses = new Map<string, SourceUse>();
  walkEvidence(dataset, (evidence, site) => {
    if (evidence.length === 0 || !isListedCitation(site)) return;
    const { label } = citationSubject(site.owner, dataset.index);
    for (const item of evidence) {
      let use = uses.get(item.source);
      if (!use) {
        use = { count: 0, subjects: new Set() };
        uses.set(item.source, use);
      }
      use.count += 1;
      use.subjects.add(label);
    }
  });
  return uses;
}

/**
 * One row per source with its citation count and subjects, most-cited first, then by title.
 * Counts straight from the evidence, without building a citation (and its words) per quote.
 */
export function summarizeSources(dataset: LoadedDataset): SourceRow[] {
  const uses = countSourceUses(dataset);
  const rows = dataset.sources.map((source): SourceRow => {
    const use = uses.get(source.id);
    return {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      kind: source.kind,
      kindLabel: SOURCE_KIND_LABELS[source.kind],
      language: source.language,
      languageLabel: languageName(source.language),
      published: describePublished(source.published),
      url: source.url,
      readoutLabel: source.readout ? READOUT_LABELS[source.readout] : null,
      citationCount: use ? use.count : 0,
      subjects: use ? [...use.subjects] : [],
    };
  });
  return rows.toSorted(
    (a, b) => b.citationCount - a.citationCount || compareText(a.title, b.title),
  );
}

/** Rows whose title, publisher or subjects contain every search word (case and diacritics ignored). */
export function filterSourceRows(rows: readonly SourceRow[], search: string): SourceRow[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) =>
    matchesTerms(foldFieldsForSearch([row.title, row.publisher, ...row.subjects]), terms),
  );
}

export type KindCount = { kind: Source['kind']; label: string; count: number };

/** Sources per kind, most first then by label; kinds with no source are left out. */
export function countByKind(rows: readonly SourceRow[]): KindCount[] {
  const counts = [...groupBy(rows, (row) => row.kind)].map(([kind, group]) => ({
    kind,
    label: SOURCE_KIND_LABELS[kind],
    count: group.length,
  }));
  return counts.toSorted((a, b) => b.count - a.count || compareText(a.label, b.label));
}

/** Citations grouped by their subject, groups in first-cited order. */
export function groupCitationsBySubject(
  citations: readonly Citation[],
): { subject: CitationSubject; citations: Citation[] }[] {
  const groups = groupBy(citations, (c) => `${c.subject.kind}:${c.subject.id}`);
  return [...groups.values()].flatMap((group) =>
    group[0] ? [{ subject: group[0].subject, citations: group }] : [],
  );
}

/** "54 sources supply 312 quotes. By kind: Media 28, EU 5." — totals over all rows given. */
export function describeSourceTotals(rows: readonly SourceRow[]): string {
  const quotes = rows.reduce((sum, row) => sum + row.citationCount, 0);
  const kinds = countByKind(rows)
    .map((entry) => `${entry.label} ${entry.count}`)
    .join(', ');
  const verb = rows.length === 1 ? 'supplies' : 'supply';
  const totals = `${countNoun(rows.length, 'source', 'sources')} ${verb} ${countNoun(quotes, 'quote', 'quotes')}.`;
  return kinds === '' ? totals : `${totals} By kind: ${kinds}.`;
}
