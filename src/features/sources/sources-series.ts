import type { LoadedDataset } from '@/data/dataset-index';
import { EVENT_TYPE_LABELS, meetingName, READOUT_LABELS, SOURCE_KIND_LABELS } from '@/data/labels';
import type { Evidence, Meeting, Source } from '@/data/schema';
import { foldForSearch, matchesTerms, searchTerms } from '@/lib/search-text';
import { describePublished, languageName } from '@/features/sources/source-labels';

export type CitationSubjectKind = 'meeting' | 'commitment' | 'person' | 'conflict' | 'dialogue';
export type CitationSubject = { kind: CitationSubjectKind; id: string; label: string };

/** One quote, the record it belongs to and, in words, the fact it supports. */
export type Citation = {
  sourceId: string;
  quote: string;
  translation?: string;
  note?: string;
  subject: CitationSubject;
  fact: string;
};

// Map.groupBy is ES2024; the app targets ES2023.
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function cite(evidence: readonly Evidence[], subject: CitationSubject, fact: string): Citation[] {
  return evidence.map((item) => ({
    sourceId: item.source,
    quote: item.quote,
    translation: item.translation,
    note: item.note,
    subject,
    fact,
  }));
}

function meetingCitations(dataset: LoadedDataset, meeting: Meeting): Citation[] {
  const label = meetingName(meeting, dataset.index.dialogueById);
  const subject: CitationSubject = { kind: 'meeting', id: meeting.id, label };
  const topicLabel = (id: string) => dataset.index.topicById.get(id)?.label ?? id;
  const personName = (id: string) => dataset.index.personById.get(id)?.name ?? id;
  return [
    ...cite(meeting.date.evidence, subject, `Date of ${label}`),
    ...cite(meeting.location.evidence, subject, `Place of ${label}`),
    ...meeting.coChairs.flatMap((chair) =>
      cite(chair.evidence, subject, `Co-chair (${personName(chair.person)}) of ${label}`),
    ),
    ...meeting.topics.flatMap((raised) =>
      cite(
        raised.evidence,
        subject,
        `Topic raised (${topicLabel(raised.topic)}, ${READOUT_LABELS[raised.raisedIn]}) at ${label}`,
      ),
    ),
    ...meeting.outcomes.flatMap((outcome) =>
      cite(outcome.evidence, subject, `Outcome of ${label}`),
    ),
  ];
}

/**
 * Every evidence object in the dataset, once each, as a citation naming its record and the fact it
 * supports; walks meetings, commitments, people, conflicts and dialogue origins in dataset order.
 */
export function collectCitations(dataset: LoadedDataset): Citation[] {
  const { meetingById, dialogueById } = dataset.index;
  const nameOf = (id: string) => {
    const meeting = meetingById.get(id);
    return meeting ? meetingName(meeting, dialogueById) : id;
  };
  return [
    ...dataset.meetings.flatMap((meeting) => meetingCitations(dataset, meeting)),
    ...dataset.commitments.flatMap((commitment) => {
      const subject: CitationSubject = {
        kind: 'commitment',
        id: commitment.id,
        label: commitment.title,
      };
      return [
        ...commitment.discussedAt.flatMap((entry) =>
          cite(
            entry.evidence,
            subject,
            `Discussed at ${nameOf(entry.meeting)} — ${commitment.title}`,
          ),
        ),
        ...commitment.events.flatMap((event) =>
          cite(
            event.evidence,
            subject,
            `Event: ${EVENT_TYPE_LABELS[event.type]} — ${commitment.title}`,
          ),
        ),
      ];
    }),
    ...dataset.people.flatMap((person) => {
      const subject: CitationSubject = { kind: 'person', id: person.id, label: person.name };
      return person.roles.flatMap((role) =>
        cite(role.evidence, subject, `Role of ${person.name}: ${role.title}`),
      );
    }),
    ...dataset.conflicts.flatMap((conflict) => {
      const subject: CitationSubject = {
        kind: 'conflict',
        id: conflict.id,
        label: conflict.subject,
      };
      return conflict.claims.flatMap((claim) =>
        cite(claim.evidence, subject, `Conflict: ${conflict.subject} (claim: ${claim.value})`),
      );
    }),
    ...dataset.dialogues.flatMap((dialogue) =>
      dialogue.origin
        ? cite(
            dialogue.origin.evidence,
            { kind: 'dialogue', id: dialogue.id, label: dialogue.name },
            'Origin of the dialogue',
          )
        : [],
    ),
  ];
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

/** One row per source with its citation count and subjects, most-cited first, then by title. */
export function summarizeSources(
  dataset: LoadedDataset,
  citations: readonly Citation[],
): SourceRow[] {
  const bySource = groupBy(citations, (citation) => citation.sourceId);
  return dataset.sources
    .map((source) => {
      const cited = bySource.get(source.id) ?? [];
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
        citationCount: cited.length,
        subjects: [...new Set(cited.map((citation) => citation.subject.label))],
      };
    })
    .toSorted((a, b) => b.citationCount - a.citationCount || a.title.localeCompare(b.title));
}

/** Rows whose title, publisher or subjects contain every search word (case and diacritics ignored). */
export function filterSourceRows(rows: readonly SourceRow[], search: string): SourceRow[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) =>
    matchesTerms(foldForSearch([row.title, row.publisher, ...row.subjects].join(' ')), terms),
  );
}

export type KindCount = { kind: Source['kind']; label: string; count: number };

/** Sources per kind, most first then by label; kinds with no source are left out. */
export function countByKind(rows: readonly SourceRow[]): KindCount[] {
  return [...groupBy(rows, (row) => row.kind)]
    .map(([kind, group]) => ({ kind, label: SOURCE_KIND_LABELS[kind], count: group.length }))
    .toSorted((a, b) => b.count - a.count || a.label.localeCompare(b.label));
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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "54 sources supply 312 quotes. By kind: Media 28, EU 5." — totals over all rows given. */
export function describeSourceTotals(rows: readonly SourceRow[]): string {
  const quotes = rows.reduce((sum, row) => sum + row.citationCount, 0);
  const kinds = countByKind(rows)
    .map((entry) => `${entry.label} ${entry.count}`)
    .join(', ');
  const verb = rows.length === 1 ? 'supplies' : 'supply';
  const totals = `${plural(rows.length, 'source')} ${verb} ${plural(quotes, 'quote')}.`;
  return kinds === '' ? totals : `${totals} By kind: ${kinds}.`;
}
