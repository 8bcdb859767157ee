import type { Dataset } from '@/domain/schema';
import {
  isUnknown,
  report,
  reportUnknown,
  type IdSets,
  type Problems,
} from '@/domain/integrity-problems';
import { endOfPartialDate, startOfPartialDate } from '@/lib/dates';
import { quoteFromData } from '@/lib/visible-text';

/**
 * The meeting rules the schema's shape cannot express: references that resolve, a next meeting
 * agreed in the same dialogue, one meeting per round of a dialogue, each topic once per readout of a
 * meeting, and planned meetings after held ones.
 */
export function checkMeetingRules(problems: Problems, dataset: Dataset, ids: IdSets): void {
  const meetingById = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));
  const roundsSeen = new Map<string, number>();
  dataset.meetings.forEach((meeting, m) => {
    if (isUnknown(meeting.dialogue, ids.dialogues))
      reportUnknown(problems, ['meetings', m, 'dialogue'], meeting.dialogue, 'dialogues');
    meeting.coChairs.forEach(({ person }, c) => {
      if (isUnknown(person, ids.people))
        reportUnknown(problems, ['meetings', m, 'coChairs', c, 'person'], person, 'people');
    });
    const topicsSeen = new Map<string, number>();
    meeting.topics.forEach(({ topic, raisedIn }, t) => {
      if (isUnknown(topic, ids.topics))
        reportUnknown(problems, ['meetings', m, 'topics', t, 'topic'], topic, 'topics');
      // One entry per topic and readout: the same topic in two readouts is two facts.
      const key = `${topic}#${raisedIn}`;
      const first = topicsSeen.get(key);
      if (first === undefined) topicsSeen.set(key, t);
      else
        report(
          problems,
          ['meetings', m, 'topics', t, 'topic'],
          `topic ${quoteFromData(topic)} raised in the ${raisedIn} is already listed at meetings[${m}].topics[${first}]; list each topic once per readout, with all its evidence`,
        );
    });
    meeting.outcomes.forEach((outcome, o) => {
      if (isUnknown(outcome.meeting, ids.meetings)) {
        const path = ['meetings', m, 'outcomes', o, 'meeting'];
        reportUnknown(problems, path, outcome.meeting, 'meetings');
      }
      const target = outcome.meeting === undefined ? undefined : meetingById.get(outcome.meeting);
      if (target && target.dialogue !== meeting.dialogue) {
        report(
          problems,
          ['meetings', m, 'outcomes', o, 'meeting'],
          `refers to meeting ${quoteFromData(target.id)}, which belongs to another dialogue (${quoteFromData(target.dialogue)}); the next meeting agreed must be in the same dialogue`,
        );
      }
    });
    if (meeting.round !== null) {
      const key = `${meeting.dialogue}#${meeting.round}`;
      const first = roundsSeen.get(key);
      if (first !== undefined) {
        report(
          problems,
          ['meetings', m, 'round'],
          `round ${meeting.round} of dialogue ${quoteFromData(meeting.dialogue)} is already used by meetings[${first}]; each round number appears once per dialogue`,
        );
      } else roundsSeen.set(key, m);
    }
  });
  checkPlannedAfterHeld(problems, dataset);
}

function checkPlannedAfterHeld(problems: Problems, dataset: Dataset): void {
  const latestHeld = new Map<string, string>();
  for (const meeting of dataset.meetings) {
    if (meeting.status !== 'held') continue;
    const start = startOfPartialDate(meeting.date.value);
    const current = latestHeld.get(meeting.dialogue);
    if (current === undefined || start > current) latestHeld.set(meeting.dialogue, start);
  }
  dataset.meetings.forEach((meeting, m) => {
    if (meeting.status !== 'planned') return;
    const held = latestHeld.get(meeting.dialogue);
    if (held !== undefined && endOfPartialDate(meeting.date.value) <= held) {
      report(
        problems,
        ['meetings', m, 'date', 'value'],
        `is ${meeting.date.value}, but this meeting is planned and its dialogue already held a meeting on ${held}; a planned meeting must come after the last held one`,
      );
    }
  });
}
