import { useMemo } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { DetailLink } from '@/view/detail-link';
import { useView } from '@/view/use-view';
import type { ContentsEntry } from '@/lib/contents-list';
import { formatPartialDate } from '@/lib/dates';
import type { CountNoun } from '@/lib/show-more';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { buttonStyle } from '@/components/ui/button-style';
import { DetailBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import { DrawerContents } from '@/components/ui/drawer-contents';
import { StatusBadge } from '@/components/ui/status-badge';
import { ChangesEvents, ChangesStatuses } from '@/features/changes/changes-commitments';
import {
  describeChanges,
  describeTopicGap,
  readoutsDiffer,
  summarizeChanges,
  type MeetingChanges,
} from '@/features/changes/changes-series';
import { ChangesTopicNames } from '@/features/changes/changes-topic-names';
import { ChangesTopics } from '@/features/changes/changes-topics';
import { DataText } from '@/components/ui/data-text';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

export type ChangesDetailProps = { id: string };

const KICKER = 'Changes since the last round';
const AGREEMENT: CountNoun = { one: 'agreement', other: 'agreements' };

const SECTIONS = {
  statuses: { id: 'changes-statuses', label: 'Commitments whose status changed' },
  added: { id: 'changes-topics-added', label: 'Topics added' },
  kept: { id: 'changes-topics-kept', label: 'Topics raised again' },
  dropped: { id: 'changes-topics-dropped', label: 'Topics dropped' },
  events: { id: 'changes-events', label: 'What happened between the rounds' },
  agreed: { id: 'changes-agreed', label: 'Agreed for the next round' },
} as const satisfies Record<string, ContentsEntry>;

/** What changed at a meeting since the previous round of its dialogue, opened as `open=changes:<id>`. */
export function ChangesDetail({ id }: ChangesDetailProps) {
  const { dataset, referenceDate, closeDetail } = useView();
  const changes = useMemo(
    () => describeChanges(dataset, id, referenceDate),
    [dataset, id, referenceDate],
  );
  if (!changes) {
    return (
      <Drawer open kicker={KICKER} title="Meeting not found" onClose={closeDetail}>
        <p>No meeting with the id “{id}” is in this dataset.</p>
      </Drawer>
    );
  }
  const title = changes.previousLabel
    ? `${changes.meetingLabel} vs ${changes.previousLabel}`
    : `${changes.meetingLabel} (first round)`;
  return (
    <Drawer open kicker={KICKER} title={title} onClose={closeDetail}>
      <ChangesBody changes={changes} dataset={dataset} />
    </Drawer>
  );
}

type ChangesBodyProps = { changes: MeetingChanges; dataset: LoadedDataset };

function ChangesBody({ changes, dataset }: ChangesBodyProps) {
  const { openDetail } = useView();
  const onOpenSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  const { meeting, previous, previousLabel, window } = changes;
  const gap = describeTopicGap(changes);
  return (
    <EvidenceScope dataset={dataset} onOpenSource={onOpenSource}>
      {!previous && (
        <p>
          There is no previous round of this dialogue in the dataset, so no topics, events or
          statuses are compared.
        </p>
      )}
      {previous && gap && <p>Topics are not compared: {gap}.</p>}
      {changes.topicGap === null && <ChangesTopicNames changes={changes} className="space-y-1" />}
      {readoutsDiffer(changes) && (
        <p className="mt-2 text-sm">
          The two rounds&apos; topics come from different texts, so a topic missing from one may
          still have been discussed.
        </p>
      )}
      <DrawerContents
        className="mt-6"
        sections={[
          previous && SECTIONS.statuses,
          ...(changes.topicGap === null ? [SECTIONS.added, SECTIONS.kept, SECTIONS.dropped] : []),
          previous && SECTIONS.events,
          SECTIONS.agreed,
        ]}
      />
      {previous && (
        <ChangesStatuses
          statusChanges={changes.statusChanges}
          className="mt-6"
          id={SECTIONS.statuses.id}
        />
      )}
      <div className="mt-6 border-t border-line pt-4">
        <p>{summarizeChanges(changes)}</p>
        {window && (
          <p className="mt-2 text-sm text-muted">
            Between the rounds means dated after {formatPartialDate(window.after)} up to and
            including {formatPartialDate(window.through)}; an event known only to the month or year
            counts from its first day.
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-2">
          <DetailLink
            target={{ kind: 'meeting', id: meeting.id }}
            className={buttonStyle('secondary', 'inline-flex items-center')}
          >
            Open the meeting
          </DetailLink>
          {previous && (
            <DetailLink
              target={{ kind: 'changes', id: previous.id }}
              className={buttonStyle('secondary', 'inline-flex items-center')}
            >
              Compare with the previous round&apos;s changes
            </DetailLink>
          )}
        </div>
      </div>
      {changes.topicGap === null &&
        [
          {
            id: SECTIONS.added.id,
            title: 'Topics added',
            topics: changes.topicsAdded,
            quotedFrom: `Quotes from ${changes.meetingLabel}.`,
            emptyText: 'No topic is new at this round.',
          },
          {
            id: SECTIONS.kept.id,
            title: 'Topics raised again',
            topics: changes.topicsKept,
            quotedFrom: `Quotes from ${changes.meetingLabel}.`,
            emptyText: 'No topic was raised at both rounds.',
          },
          {
            id: SECTIONS.dropped.id,
            title: 'Topics dropped',
            topics: changes.topicsDropped,
            quotedFrom: `Quotes from ${previousLabel ?? 'the previous round'}.`,
            emptyText: 'Every topic of the previous round was raised again.',
          },
        ].map((list) => <ChangesTopics key={list.title} {...list} />)}
      {previous && (
        <ChangesEvents events={changes.events} className="mt-6" id={SECTIONS.events.id} />
      )}
      <DetailBlock title={SECTIONS.agreed.label} id={SECTIONS.agreed.id} className="mt-6">
        <DetailList
          items={changes.agreedNext}
          noun={AGREEMENT}
          emptyText="No agreement on a next round is recorded."
          className="space-y-4"
          renderItem={({ text, meeting: agreed, evidence }) => (
            <>
              <p>{text}</p>
              {agreed && (
                <>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                    <span>
                      <DataText>{agreed.label}</DataText>:
                    </span>
                    <StatusBadge standing={agreed.standing} />
                    {agreed.standingNote && (
                      <span className="text-muted">
                        <span className="sr-only">— </span>
                        {agreed.standingNote}
                      </span>
                    )}
                  </p>
                  <DetailLink
                    target={{ kind: 'meeting', id: agreed.id }}
                    className={cn(LINK_STYLE, 'inline-flex min-h-6 items-center')}
                  >
                    Open the agreed meeting (<DataText>{agreed.label}</DataText>)
                  </DetailLink>
                </>
              )}
              <EvidenceList className="mt-2" evidence={evidence} />
            </>
          )}
        />
      </DetailBlock>
    </EvidenceScope>
  );
}
