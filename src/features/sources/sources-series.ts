import type { LoadedDataset } from '@/data/dataset-index';
import { EVENT_TYPE_LABELS, meetingName, READOUT_LABELS, SOURCE_KIND_LABELS } from '@/data/labels';
import type { Commitment, Evidence, Meeting, Source } from '@/data/schema';
import { foldForSearch, matchesTerms, searchTerms } from '@/lib/search-text';
import { describePublished, languageName } from '@/features/sources/source-labels';
import { compareText } from '@/lib/compare-text';
import { groupBy } from '@/lib/group-by';
import { countNoun } from '@/lib/plural';
import {
  countReviewAndContactUses,
  visitReviewAndContactEvidence,
} from '@/features/sources/review-citations';

export type CitationSubjectKind =
  'meeting' | 'commitment' | 'person' | 'conflict' | 'dialogue' | 'review' | 'contact';
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

/**
 * Receives each evidence list with the record it belongs to; `fact` puts the fact it supports into
 * words, so a list with no evidence costs no words.
 */
type EvidenceVisitor = (
  evidence: readonly Evidence[],
  subject: CitationSubject,
  fact: () => string,
) => void;

function visitMeeting(visit: EvidenceVisitor, dataset: LoadedDataset, meeting: Meeting): void {
  const { dialogueById, topicById, personById } = dataset.index;
  const label = meetingName(meeting, dialogueById);
  const subject: CitationSubject = { kind: 'meeting', id: meeting.id, label };
  visit(meeting.date.evidence, subject, () => `Date of ${label}`);
  visit(meeting.location.evidence, subject, () => `Place of ${label}`);
  for (const chair of meeting.coChairs) {
    visit(chair.evidence, subject, () => {
      const name = personById.get(chair.person)?.name ?? chair.person;
      return `Co-chair (${name}) of ${label}`;
    });
  }
  for (const raised of meeting.topics) {
    visit(raised.evidence, subject, () => {
      const topic = topicById.get(raised.topic)?.label ?? raised.topic;
      return `Topic raised (${topic}, ${READOUT_LABELS[raised.raisedIn]}) at ${label}`;
    });
  }
  for (const outcome of meeting.outcomes)
    visit(outcome.evidence, subject, () => `Outcome of ${label}`);
}

function visitCommitment(
  visit: EvidenceVisitor,
  commitment: Commitment,
  meetingLabel: (id: string) => string,
): void {
  const subject: CitationSubject = {
    kind: 'commitment',
    id: commitment.id,
    label: commitment.title,
  };
  for (const entry of commitment.discussedAt) {
    visit(
      entry.evidence,
      subject,
      () => `Discussed at ${meetingLabel(entry.meeting)} — ${commitment.title}`,
    );
  }
  for (const event of commitment.events) {
    visit(
      event.evidence,
      subject,
      () => `Event: ${EVENT_TYPE_LABELS[event.type]} — ${commitment.title}`,
    );
  }
}

/**
 * Every evidence list in the dataset, in dataset order: meetings, commitments, people, conflicts,
 * dialogue origins, review editions, high-level contacts. countSourceUses walks the same lists in the
 * same order.
 */
function visitEvidence(dataset: LoadedDataset, visit: EvidenceVisitor): void {
  const { meetingById, dialogueById } = dataset.index;
  const meetingLabel = (id: string) => {
    const meeting = meetingById.get(id);
    return meeting ? meetingName(meeting, dialogueById) : id;
  };
  for (const meeting of dataset.meetings) visitMeeting(visit, dataset, meeting);
  for (const commitment of dataset.commitments) visitCommitment(visit, commitment, meetingLabel);
  for (const person of dataset.people) {
    const subject: CitationSubject = { kind: 'person', id: person.id, label: person.name };
    for (const role of person.roles)
      visit(role.evidence, subject, () => `Role of ${person.name}: ${role.title}`);
  }
  for (const conflict of dataset.conflicts) {
    const subject: CitationSubject = { kind: 'conflict', id: conflict.id, label: conflict.subject };
    for (const claim of conflict.claims) {
      visit(claim.evidence, subject, () => `Conflict: ${conflict.subject} (claim: ${claim.value})`);
    }
  }
  for (const dialogue of dataset.dialogues) {
    if (!dialogue.origin) continue;
    const subject: CitationSubject = { kind: 'dialogue', id: dialogue.id, label: dialogue.name };
    visit(dialogue.origin.evidence, subject, () => 'Origin of the dialogue');
  }
  visitReviewAndContactEvidence(dataset, visit);
}

/**
 * Every evidence object in the dataset, once each, as a citation naming its record and the fact it
 * supports; walks meetings, commitments, people, conflicts, dialogue origins, review editions and
 * contacts in dataset order.
 */
export function collectCitations(dataset: LoadedDataset): Citation[] {
  // Pushed onto one array as they are found: spreading and flat-mapping per record built thousands
  // of short-lived arrays on a large dataset.
  const out: Citation[] = [];
  visitEvidence(dataset, (evidence, subject, fact) => {
    if (evidence.length === 0) return;
    const words = fact();
    for (const item of evidence) {
      out.push({
        sourceId: item.source,
        quote: item.quote,
        translation: item.translation,
        note: item.note,
        subject,
        fact: words,
      });
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

function addUses(uses: Map<string, SourceUse>, evidence: readonly Evidence[], label: string): void {
  for (const item of evidence) {
    let use = uses.get(item.source);
    if (!use) {
      use = { count: 0, subjects: new Set() };
      uses.set(item.source, use);
    }
    use.count += 1;
    use.subjects.add(label);
  }
}

/**
 * The uses of each source, walking the evidence in visitEvidence's order (a test holds them to the
 * same result). A loop of its own, not a visitor: compiled code that inlined a visitor made per call
 * was discarded once that visitor was collected, so each new dataset was counted unoptimised.
 */
function countSourceUses(dataset: LoadedDataset): Map<string, SourceUse> {
  const uses = new Map<string, SourceUse>();
  const { dialogueById } = dataset.index;
  for (const meeting of dataset.meetings) {
    const label = meetingName(meeting, dialogueById);
    addUses(uses, meeting.date.evidence, label);
    addUses(uses, meeting.location.evidence, label);
    for (const chair of meeting.coChairs) addUses(uses, chair.evidence, label);
    for (const raised of meeting.topics) addUses(uses, raised.evidence, label);
    for (const outcome of meeting.outcomes) addUses(uses, outcome.evidence, label);
  }
  for (const commitment of dataset.commitments) {
    for (const entry of commitment.discussedAt) addUses(uses, entry.evidence, commitment.title);
    for (const event of commitment.events) addUses(uses, event.evidence, commitment.title);
  }
  for (const person of dataset.people)
    for (const role of person.roles) addUses(uses, role.evidence, person.name);
  for (const conflict of dataset.conflicts)
    for (const claim of conflict.claims) addUses(uses, claim.evidence, conflict.subject);
  for (const dialogue of dataset.dialogues)
    if (dialogue.origin) addUses(uses, dialogue.origin.evidence, dialogue.name);
  countReviewAndContactUses(dataset, (evidence, label) => addUses(uses, evidence, label));
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
    matchesTerms(foldForSearch([row.title, row.publisher, ...row.subjects].join(' ')), terms),
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
