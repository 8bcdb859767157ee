import type {
  Commitment,
  Dataset,
  Dialogue,
  Meeting,
  Person,
  Source,
  Topic,
} from '@/domain/schema';
import { isListedCitation } from '@/domain/citation';
import { walkEvidence } from '@/domain/evidence-walk';
import { foldFieldsForSearch } from '@/lib/search-text';

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

/** The quotes (and their sources' titles and publishers) of each meeting and commitment, by id. */
function evidenceTextByRecord(dataset: Dataset, lookups: Lookups): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  walkEvidence(dataset, (evidence, site) => {
    const { owner } = site;
    if (owner.kind !== 'meeting' && owner.kind !== 'commitment') return;
    if (evidence.length === 0 || !isListedCitation(site)) return;
    const key = `${owner.kind}:${owner.record.id}`;
    const text = texts.get(key) ?? [];
    texts.set(key, text);
    for (const item of evidence) {
      const source = lookups.sourceById.get(item.source);
      text.push(item.quote, item.translation ?? '', source?.title ?? '', source?.publisher ?? '');
    }
  });
  return texts;
}

function meetingText(meeting: Meeting, lookups: Lookups): string[] {
  const dialogue = lookups.dialogueById.get(meeting.dialogue);
  const people = meeting.coChairs.flatMap((chair) => {
    const person = lookups.personById.get(chair.person);
    return [chair.title, person?.name ?? '', ...(person?.aliases ?? [])];
  });
  const topics = meeting.topics.map((raised) => lookups.topicById.get(raised.topic)?.label ?? '');
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
    ...meeting.outcomes.map((outcome) => outcome.text),
  ];
}

function commitmentText(commitment: Commitment, lookups: Lookups): string[] {
  return [
    commitment.title,
    commitment.description,
    commitment.committedBy,
    ...commitment.topics.map((id) => lookups.topicById.get(id)?.label ?? ''),
    ...commitment.events.map((event) => event.text),
  ];
}

/**
 * Folded search text per meeting and per commitment, built once at load: places (with today's
 * names), co-chairs with every alias, topic labels, summaries, event texts, quotes and source titles.
 */
export function buildSearchText(dataset: Dataset, lookups: Lookups): SearchText {
  const evidence = evidenceTextByRecord(dataset, lookups);
  const fold = (kind: string, id: string, own: string[]) =>
    [id, foldFieldsForSearch([...own, ...(evidence.get(`${kind}:${id}`) ?? [])])] as const;
  return {
    meetings: new Map(dataset.meetings.map((m) => fold('meeting', m.id, meetingText(m, lookups)))),
    commitments: new Map(
      dataset.commitments.map((c) => fold('commitment', c.id, commitmentText(c, lookups))),
    ),
  };
}
