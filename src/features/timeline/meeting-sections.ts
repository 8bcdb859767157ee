import type { Meeting } from '@/domain/schema';
import type { MeetingSection } from '@/features/timeline/meeting-facts-series';
import type { ContentsEntry } from '@/lib/contents-list';
import { GAPS_TITLE } from '@/components/ui/detail-block';

/** The meeting drawer's sections: their headings' ids and words. */
export const MEETING_SECTIONS = {
  date: { id: 'meeting-date', label: 'Date' },
  place: { id: 'meeting-place', label: 'Place' },
  'co-chairs': { id: 'meeting-co-chairs', label: 'Co-chairs' },
  outcomes: { id: 'meeting-outcomes', label: 'Outcomes' },
  topics: { id: 'meeting-topics', label: 'Topics raised, by whose readout' },
  commitments: { id: 'meeting-commitments', label: 'Reform commitments discussed' },
  gaps: { id: 'meeting-gaps', label: GAPS_TITLE },
} as const satisfies Record<string, ContentsEntry>;

/**
 * The meeting drawer's contents, in the order its blocks are drawn (after the key facts): outcomes,
 * commitments and gaps only when the meeting has some.
 */
export function listMeetingSections(
  meeting: Pick<Meeting, 'outcomes' | 'gaps'>,
  commitmentCount: number,
): ContentsEntry[] {
  const { date, place, outcomes, topics, commitments, gaps } = MEETING_SECTIONS;
  return [
    date,
    place,
    MEETING_SECTIONS['co-chairs'],
    ...(meeting.outcomes.length > 0 ? [outcomes] : []),
    topics,
    ...(commitmentCount > 0 ? [commitments] : []),
    ...(meeting.gaps.length > 0 ? [gaps] : []),
  ];
}

/** The id of the section holding a key fact's quotes. */
export const meetingSectionId = (section: MeetingSection) => MEETING_SECTIONS[section].id;
