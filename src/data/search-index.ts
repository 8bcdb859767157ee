import type {
  Commitment,
  Dataset,
  Dialogue,
  Evidence,
  Meeting,
  Person,
  Source,
  Topic,
} from '@/data/schema';
import { foldForSearch } from '@/lib/search-text';

type Lookups = {
  sourceById: ReadonlyMap<string, Source>;
  topicById: ReadonlyMap<string, Topic>;
  personById: ReadonlyMap<string, Person>;
  dialogueById: ReadonlyMap<string, Dialogue>;
};

export type SearchText = {
  meetings: ReadonlyMap<string, string>;
  commitments: ReadonlyMap<string, string>;
};

function evidenceText(evidence: readonly Evidence[], lookups: Lookups): string[] {
  return evidence.flatMap((item) => {
    const source = lookups.sourceById.get(item.source);
    return [item.quote, item.translation ?? '', source?.title ?? '', source?.publisher ?? ''];
  });
}

function meetingText(meeting: Meeting, lookups: Lookups): string[] {
  const dialogue = lookups.dialogueById.get(meeting.dialogue);
  const people = meeting.coChairs.flatMap((chair) => {
    const person = lookups.personById.get(chair.person);
    return [
      chair.title,
      person?.name ?? '',
      ...(person?.aliases ?? []),
      ...evidenceText(chair.evidence, lookups),
    ];
  });
  const topics = meeting.topics.flatMap((raised) => [
    lookups.topicById.get(raised.topic)?.label ?? '',
    ...evidenceText(raised.evidence, lookups),
  ]);
  return [
    meeting.location.city ?? '',
    meeting.location.cityToday ?? '',
    meeting.location.country ?? '',
    meeting.location.format === 'online' ? 'online' : '',
    dialogue?.name ?? '',
    dialogue?.shortName ?? '',
    meeting.summary,
    ...meeting.gaps,
    ...people,
    ...topics,
    ...meeting.outcomes.flatMap((outcome) => [
      outcome.text,
      ...evidenceText(outcome.evidence, lookups),
    ]),
    ...evidenceText(meeting.date.evidence, lookups),
    ...evidenceText(meeting.location.evidence, lookups),
  ];
}

function commitmentText(commitment: Commitment, lookups: Lookups): string[] {
  return [
    commitment.title,
    commitment.description,
    commitment.committedBy,
    ...commitment.topics.map((id) => lookups.topicById.get(id)?.label ?? ''),
    ...commitment.events.flatMap((event) => [event.text, ...evidenceText(event.evidence, lookups)]),
    ...commitment.discussedAt.flatMap((entry) => evidenceText(entry.evidence, lookups)),
  ];
}

/**
 * Folded search text per meeting and per commitment, built once at load: places (with today's
 * names), co-chairs with every alias, topic labels, summaries, event texts, quotes and source titles.
 */
export function buildSearchText(dataset: Dataset, lookups: Lookups): SearchText {
  return {
    meetings: new Map(
      dataset.meetings.map((m) => [m.id, foldForSearch(meetingText(m, lookups).join(' '))]),
    ),
    commitments: new Map(
      dataset.commitments.map((c) => [c.id, foldForSearch(commitmentText(c, lookups).join(' '))]),
    ),
  };
}
