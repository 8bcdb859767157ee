import type { DatasetIndex } from '@/domain/dataset-index';
import type { EvidenceOwner, EvidenceSite } from '@/domain/evidence-walk';
import { EVENT_TYPE_LABELS, meetingName, READOUT_LABELS } from '@/domain/labels';
import { HUMAN_RIGHTS_KIND_LABELS } from '@/domain/review-labels';
import type { Evidence, Meta, Source } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';

/**
 * A plain-text citation of one quote: the quote (and translation), source title, publisher, date,
 * URL, and the dataset version it was taken from, so a reader can trace it back.
 */
export function formatCitation(
  evidence: Evidence,
  source: Source,
  meta: Pick<Meta, 'title' | 'version'>,
): string {
  const date = source.published
    ? formatPartialDate(source.published.value, source.published.uncertain)
    : 'date not shown';
  const translation = evidence.translation ? ` [English: “${evidence.translation}”]` : '';
  return (
    `“${evidence.quote}”${translation} — ${source.title}, ${source.publisher}, ${date}. ${source.url} ` +
    `(cited via ${meta.title}, v${meta.version})`
  );
}

/** The record a quote belongs to, as the app names it. */
export type CitationSubject = { kind: EvidenceOwner['kind']; id: string; label: string };

type Lookups = Pick<DatasetIndex, 'dialogueById' | 'topicById' | 'personById' | 'meetingById'>;

/** The record an evidence list belongs to, with its display label (a meeting by its round). */
export function citationSubject(owner: EvidenceOwner, index: Lookups): CitationSubject {
  const { kind, record } = owner;
  switch (kind) {
    case 'meeting':
      return { kind, id: record.id, label: meetingName(record, index.dialogueById) };
    case 'commitment':
      return { kind, id: record.id, label: record.title };
    case 'conflict':
      return { kind, id: record.id, label: record.subject };
    case 'review':
      return { kind, id: record.id, label: record.edition };
    default:
      return { kind, id: record.id, label: record.name };
  }
}

/**
 * Whether the quotes of an evidence list are listed as citations: all but a commitment's deadline
 * and term, which are shown with the commitment only.
 */
export function isListedCitation(site: EvidenceSite): boolean {
  return site.fact.kind !== 'deadline' && site.fact.kind !== 'term';
}

/** The fact an evidence list supports, in words, given its subject's label: "Co-chair (Name) of …". */
export function describeCitedFact(site: EvidenceSite, label: string, index: Lookups): string {
  const { fact, owner } = site;
  switch (fact.kind) {
    case 'date':
      return `Date of ${label}`;
    case 'place':
      return `Place of ${label}`;
    case 'outcome':
      return `Outcome of ${label}`;
    case 'co-chair': {
      const { person } = fact.coChair;
      return `Co-chair (${index.personById.get(person)?.name ?? person}) of ${label}`;
    }
    case 'topic-raised': {
      const { topic, raisedIn } = fact.raised;
      const name = index.topicById.get(topic)?.label ?? topic;
      return `Topic raised (${name}, ${READOUT_LABELS[raisedIn]}) at ${label}`;
    }
    case 'discussed-at': {
      const meeting = index.meetingById.get(fact.meeting);
      const where = meeting ? meetingName(meeting, index.dialogueById) : fact.meeting;
      return `Discussed at ${where} — ${label}`;
    }
    case 'event':
      return `Event: ${EVENT_TYPE_LABELS[fact.event.type]} — ${label}`;
    case 'role':
      return `Role of ${label}: ${fact.role.title}`;
    case 'claim':
      return `Conflict: ${label} (claim: ${fact.claim.value})`;
    case 'origin':
      return 'Origin of the dialogue';
    case 'value':
      return owner.kind === 'review'
        ? `Value of ${label}: ${owner.record.label}`
        : `Value of ${label}`;
    case 'human-rights':
      return `Human rights at ${label} (${HUMAN_RIGHTS_KIND_LABELS[fact.entry.kind]})`;
    case 'deadline':
      return `Deadline of ${label}`;
    case 'term':
      return `Term of ${label}`;
  }
}
