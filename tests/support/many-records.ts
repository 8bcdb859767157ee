import type { Commitment, Meeting, Source } from '@/domain/schema';
import { evidence, makeCommitment, makeEvent, makeMeeting } from './fixtures';

/** Two digits or more, so generated titles sort in number order ("Report 02" before "Report 10"). */
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` uncited sources titled "Report 01", "Report 02", … for long-list tests. */
export function makeManySources(count: number): Source[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `report-${pad(i + 1)}`,
    title: `Report ${pad(i + 1)}`,
    publisher: 'Generated',
    url: `https://example.org/report-${i + 1}`,
    published: null,
    language: 'en',
    kind: 'media',
  }));
}

/**
 * `count` held meetings of dialogue-a ("A round 1" … "A round <count>"), ids meeting-1…, one a
 * month from January 2000: a whole `meetings` collection for the fixture dataset.
 */
export function makeManyMeetings(count: number): Meeting[] {
  return Array.from({ length: count }, (_, i) =>
    makeMeeting({
      id: `meeting-${i + 1}`,
      round: i + 1,
      date: {
        value: `${2000 + Math.floor(i / 12)}-${pad((i % 12) + 1)}-01`,
        precision: 'day',
        uncertain: false,
        evidence: evidence(),
      },
    }),
  );
}

/**
 * `count` commitments titled "Commitment 01", … each adopted on a later day of 2023 than the one
 * before (so the status date order is the reverse of the title order); all discussed at meeting-1.
 */
export function makeManyCommitments(count: number): Commitment[] {
  return Array.from({ length: count }, (_, i) =>
    makeCommitment({
      id: `commitment-${pad(i + 1)}`,
      title: `Commitment ${pad(i + 1)}`,
      events: [
        makeEvent({
          id: `commitment-${pad(i + 1)}-adopted`,
          date: {
            value: `2023-${pad(Math.floor(i / 28) + 1)}-${pad((i % 28) + 1)}`,
            precision: 'day',
            uncertain: false,
          },
        }),
      ],
    }),
  );
}
