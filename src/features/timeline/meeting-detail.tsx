import { useMemo } from 'react';
import { DetailLink } from '@/view/detail-link';
import { useView } from '@/view/use-view';
import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName } from '@/domain/labels';
import { meetingStanding } from '@/domain/meeting-standing';
import type { Meeting } from '@/domain/schema';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { DetailBlock, GapsBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import { DrawerContents } from '@/components/ui/drawer-contents';
import type { CountNoun } from '@/lib/show-more';
import { MeetingCoChairs } from '@/features/timeline/meeting-co-chairs';
import { buildMeetingFacts } from '@/features/timeline/meeting-facts-series';
import { MeetingKeyFacts } from '@/features/timeline/meeting-key-facts';
import {
  listMeetingSections,
  MEETING_SECTIONS,
  meetingSectionId,
} from '@/features/timeline/meeting-sections';
import { MeetingStandingNote } from '@/features/timeline/meeting-standing-note';
import { MeetingTopics } from '@/features/timeline/meeting-topics';
import { LINK_STYLE } from '@/lib/link-style';

const OUTCOME: CountNoun = { one: 'outcome', other: 'outcomes' };
const COMMITMENT: CountNoun = { one: 'commitment', other: 'commitments' };

export type MeetingDetailProps = { id: string };

export function MeetingDetail({ id }: MeetingDetailProps) {
  const { dataset, referenceDate, closeDetail } = useView();
  const meeting = dataset.index.meetingById.get(id);
  return (
    <Drawer
      open
      kicker="Meeting"
      title={meeting ? meetingName(meeting, dataset.index.dialogueById) : 'Meeting not found'}
      onClose={closeDetail}
    >
      {meeting ? (
        <MeetingBody meeting={meeting} dataset={dataset} referenceDate={referenceDate} />
      ) : (
        <p>No meeting with the id “{id}” is in this dataset.</p>
      )}
    </Drawer>
  );
}

type MeetingBodyProps = { meeting: Meeting; dataset: LoadedDataset; referenceDate: string };

function MeetingBody({ meeting, dataset, referenceDate }: MeetingBodyProps) {
  const { openDetail } = useView();
  const openSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  const dialogue = dataset.index.dialogueById.get(meeting.dialogue);
  const commitments = useMemo(
    () =>
      dataset.commitments.filter((c) =>
        c.discussedAt.some((entry) => entry.meeting === meeting.id),
      ),
    [dataset.commitments, meeting.id],
  );
  const standing = meetingStanding(meeting, referenceDate);
  const facts = useMemo(
    () => buildMeetingFacts(dataset, meeting, referenceDate),
    [dataset, meeting, referenceDate],
  );
  return (
    <EvidenceScope dataset={dataset} onOpenSource={openSource}>
      <div className="space-y-6">
        <MeetingKeyFacts facts={facts} meetingId={meeting.id} sectionId={meetingSectionId} />
        <DrawerContents sections={listMeetingSections(meeting, commitments.length)} />
        <div className="border-t border-line pt-4">
          <p className="text-sm text-muted">{dialogue?.name}</p>
          <p className="mt-2 wrap-anywhere">{meeting.summary}</p>
          <p className="mt-1 text-xs text-muted">
            Summary in our own words; each fact is quoted below.
          </p>
        </div>
        <DetailBlock title={MEETING_SECTIONS['date'].label} id={MEETING_SECTIONS['date'].id}>
          {standing === 'not-confirmed' && (
            <MeetingStandingNote
              meeting={meeting}
              dataset={dataset}
              referenceDate={referenceDate}
            />
          )}
          {meeting.date.uncertain && (
            <p className="text-sm text-muted">
              The date is inferred, not stated: the notes on the quotes say how.
            </p>
          )}
          <EvidenceList evidence={meeting.date.evidence} />
        </DetailBlock>
        <DetailBlock title={MEETING_SECTIONS['place'].label} id={MEETING_SECTIONS['place'].id}>
          <EvidenceList evidence={meeting.location.evidence} />
        </DetailBlock>
        <DetailBlock
          title={MEETING_SECTIONS['co-chairs'].label}
          id={MEETING_SECTIONS['co-chairs'].id}
        >
          <MeetingCoChairs meeting={meeting} dataset={dataset} />
        </DetailBlock>
        {meeting.outcomes.length > 0 && (
          <DetailBlock
            title={MEETING_SECTIONS['outcomes'].label}
            id={MEETING_SECTIONS['outcomes'].id}
          >
            <DetailList
              items={meeting.outcomes}
              noun={OUTCOME}
              className="space-y-4"
              renderItem={(outcome) => (
                <>
                  <p className="wrap-anywhere">{outcome.text}</p>
                  {outcome.meeting && (
                    <DetailLink
                      target={{ kind: 'meeting', id: outcome.meeting }}
                      className={`inline-flex min-h-6 items-center text-sm ${LINK_STYLE}`}
                    >
                      Open the agreed meeting
                    </DetailLink>
                  )}
                  <EvidenceList className="mt-2" evidence={outcome.evidence} />
                </>
              )}
            />
          </DetailBlock>
        )}
        <DetailBlock title={MEETING_SECTIONS['topics'].label} id={MEETING_SECTIONS['topics'].id}>
          <MeetingTopics meeting={meeting} dataset={dataset} />
        </DetailBlock>
        {commitments.length > 0 && (
          <DetailBlock
            title={MEETING_SECTIONS.commitments.label}
            id={MEETING_SECTIONS.commitments.id}
          >
            <DetailList
              items={commitments}
              noun={COMMITMENT}
              itemKey={(commitment) => commitment.id}
              className="list-disc space-y-1 pl-5 wrap-anywhere"
              renderItem={(commitment) => (
                <DetailLink
                  target={{ kind: 'commitment', id: commitment.id }}
                  className={LINK_STYLE}
                >
                  {commitment.title}
                </DetailLink>
              )}
            />
          </DetailBlock>
        )}
        <GapsBlock gaps={meeting.gaps} id={MEETING_SECTIONS.gaps.id} />
      </div>
    </EvidenceScope>
  );
}
