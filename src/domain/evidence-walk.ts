import type {
  Commitment,
  CommitmentEvent,
  Conflict,
  Contact,
  Dataset,
  Dialogue,
  Evidence,
  Meeting,
  Person,
  Review,
} from '@/domain/schema';
import type { JsonPath } from '@/lib/json-path';

/** The record an evidence list belongs to. */
export type EvidenceOwner =
  | { kind: 'meeting'; record: Meeting }
  | { kind: 'commitment'; record: Commitment }
  | { kind: 'person'; record: Person }
  | { kind: 'conflict'; record: Conflict }
  | { kind: 'dialogue'; record: Dialogue }
  | { kind: 'review'; record: Review }
  | { kind: 'contact'; record: Contact };

type PlainFact = 'date' | 'place' | 'outcome' | 'deadline' | 'term' | 'origin' | 'value';

/** The fact an evidence list supports, with the part of its record that states it. */
export type CitedFact =
  | { kind: PlainFact }
  | { kind: 'co-chair'; coChair: Meeting['coChairs'][number] }
  | { kind: 'topic-raised'; raised: Meeting['topics'][number] }
  | { kind: 'discussed-at'; meeting: string }
  | { kind: 'event'; event: CommitmentEvent }
  | { kind: 'role'; role: Person['roles'][number] }
  | { kind: 'claim'; claim: Conflict['claims'][number] }
  | { kind: 'human-rights'; entry: Contact['humanRights'][number] };

/** One place where a dataset cites its sources: its record, its fact and the path to the list. */
export type EvidenceSite = { owner: EvidenceOwner; fact: CitedFact; path: JsonPath };

export type EvidenceVisitor = (evidence: readonly Evidence[], site: EvidenceSite) => void;

type Holder = Pick<
  Dataset,
  'meetings' | 'commitments' | 'people' | 'conflicts' | 'dialogues' | 'reviews' | 'contacts'
>;

type Cited = { evidence: readonly Evidence[] };

/** Visits the evidence of each item of a list: `path` is the list's, `fact` words each item. */
function walkList<T extends Cited>(
  visit: EvidenceVisitor,
  owner: EvidenceOwner,
  items: readonly T[],
  path: JsonPath,
  fact: (item: T) => CitedFact,
): void {
  items.forEach((item, index) =>
    visit(item.evidence, { owner, fact: fact(item), path: [...path, index, 'evidence'] }),
  );
}

/** Visits one evidence list of a record: `path` leads to the object that holds it. */
function walkOne(
  visit: EvidenceVisitor,
  owner: EvidenceOwner,
  held: Cited,
  path: JsonPath,
  kind: PlainFact,
): void {
  visit(held.evidence, { owner, fact: { kind }, path: [...path, 'evidence'] });
}

function walkMeeting(visit: EvidenceVisitor, record: Meeting, at: JsonPath): void {
  const owner: EvidenceOwner = { kind: 'meeting', record };
  walkOne(visit, owner, record.date, [...at, 'date'], 'date');
  walkOne(visit, owner, record.location, [...at, 'location'], 'place');
  walkList(visit, owner, record.coChairs, [...at, 'coChairs'], (coChair) => ({
    kind: 'co-chair',
    coChair,
  }));
  walkList(visit, owner, record.topics, [...at, 'topics'], (raised) => ({
    kind: 'topic-raised',
    raised,
  }));
  walkList(visit, owner, record.outcomes, [...at, 'outcomes'], () => ({ kind: 'outcome' }));
}

function walkCommitment(visit: EvidenceVisitor, record: Commitment, at: JsonPath): void {
  const owner: EvidenceOwner = { kind: 'commitment', record };
  walkList(visit, owner, record.discussedAt, [...at, 'discussedAt'], ({ meeting }) => ({
    kind: 'discussed-at',
    meeting,
  }));
  walkList(visit, owner, record.events, [...at, 'events'], (event) => ({ kind: 'event', event }));
  if (record.deadline) walkOne(visit, owner, record.deadline, [...at, 'deadline'], 'deadline');
  if (record.term) walkOne(visit, owner, record.term, [...at, 'term'], 'term');
}

function walkContact(visit: EvidenceVisitor, record: Contact, at: JsonPath): void {
  const owner: EvidenceOwner = { kind: 'contact', record };
  walkOne(visit, owner, record.date, [...at, 'date'], 'date');
  if (record.location) walkOne(visit, owner, record.location, [...at, 'location'], 'place');
  walkList(visit, owner, record.humanRights, [...at, 'humanRights'], (entry) => ({
    kind: 'human-rights',
    entry,
  }));
}

/**
 * Calls `visit` with every evidence list of the dataset and where it is: meetings (date, place,
 * co-chairs, topics raised, outcomes), commitments (discussed at, events, deadline, term), people's
 * roles, conflicts' claims, dialogue origins, review editions (value, then date) and contacts (date,
 * place, human rights), in that order and in dataset order within each. Empty lists are visited too.
 */
export function walkEvidence(dataset: Holder, visit: EvidenceVisitor): void {
  dataset.meetings.forEach((meeting, m) => walkMeeting(visit, meeting, ['meetings', m]));
  dataset.commitments.forEach((commitment, c) =>
    walkCommitment(visit, commitment, ['commitments', c]),
  );
  dataset.people.forEach((record, p) =>
    walkList(visit, { kind: 'person', record }, record.roles, ['people', p, 'roles'], (role) => ({
      kind: 'role',
      role,
    })),
  );
  dataset.conflicts.forEach((record, i) =>
    walkList(
      visit,
      { kind: 'conflict', record },
      record.claims,
      ['conflicts', i, 'claims'],
      (claim) => ({ kind: 'claim', claim }),
    ),
  );
  dataset.dialogues.forEach((record, d) => {
    if (record.origin)
      walkOne(
        visit,
        { kind: 'dialogue', record },
        record.origin,
        ['dialogues', d, 'origin'],
        'origin',
      );
  });
  (dataset.reviews ?? []).forEach((record, r) => {
    const owner: EvidenceOwner = { kind: 'review', record };
    walkOne(visit, owner, record, ['reviews', r], 'value');
    walkOne(visit, owner, record.date, ['reviews', r, 'date'], 'date');
  });
  (dataset.contacts ?? []).forEach((contact, c) => walkContact(visit, contact, ['contacts', c]));
}
