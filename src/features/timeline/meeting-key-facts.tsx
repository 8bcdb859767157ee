import type { ReactNode } from 'react';
import { DetailLink } from '@/view/detail-link';
import { DataText } from '@/components/ui/data-text';
import { InlineList } from '@/components/ui/inline-list';
import { JumpLink } from '@/components/ui/jump-link';
import { StatusBadge } from '@/components/ui/status-badge';
import type {
  AgreedFact,
  MeetingFact,
  MeetingSection,
  TopicsFact,
} from '@/features/timeline/meeting-facts-series';
import { LINK_STYLE } from '@/lib/link-style';

/** What "N quotes" says after it for a screen reader, so each link's purpose is clear alone. */
const QUOTES_ABOUT: Record<MeetingFact['kind'], string> = {
  when: 'on the date',
  where: 'on the place',
  'who-led': 'on the co-chairs',
  agreed: 'on what was agreed',
  topics: 'on the topics',
};

export type MeetingKeyFactsProps = {
  facts: readonly MeetingFact[];
  meetingId: string;
  /** The id of the section that quotes a fact, for its "N quotes" link. */
  sectionId: (section: MeetingSection) => string;
};

/** The meeting's answers at a glance, each with a link down to the quotes behind it. */
export function MeetingKeyFacts({ facts, meetingId, sectionId }: MeetingKeyFactsProps) {
  return (
    <div role="group" aria-label="Key facts">
      <dl className="space-y-3">
        {facts.map((fact) => (
          <div key={fact.kind} className="sm:grid sm:grid-cols-[6.5rem_1fr] sm:gap-x-4">
            <dt className="flex flex-wrap items-baseline gap-x-2 sm:block">
              <span className="text-xs font-semibold tracking-wide text-muted uppercase sm:block">
                {fact.term}
              </span>
              {fact.quotes > 0 && (
                <JumpLink
                  targetId={sectionId(fact.section)}
                  className={`inline-flex min-h-6 items-center text-xs ${LINK_STYLE}`}
                >
                  {`${fact.quotes} ${fact.quotes === 1 ? 'quote' : 'quotes'} `}
                  <span className="sr-only">{QUOTES_ABOUT[fact.kind]}</span>
                </JumpLink>
              )}
            </dt>
            <dd className="wrap-anywhere">{describeFact(fact, meetingId)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function describeFact(fact: MeetingFact, meetingId: string): ReactNode {
  switch (fact.kind) {
    case 'when':
      return (
        <span className="flex flex-wrap items-center gap-x-2">
          <span className="font-medium">{fact.date}</span>
          {fact.precisionNote && <span className="text-sm text-muted">({fact.precisionNote})</span>}
          {fact.uncertain && <span className="text-sm text-muted">(uncertain: inferred)</span>}
          <StatusBadge standing={fact.standing} />
          {fact.standingNote && <span className="text-sm text-muted">{fact.standingNote}</span>}
        </span>
      );
    case 'where':
      return (
        <>
          <DataText>{fact.place}</DataText>
          {fact.country && (
            <>
              , <DataText>{fact.country}</DataText>
            </>
          )}
          {fact.formatNote && <span className="text-sm text-muted"> ({fact.formatNote})</span>}
        </>
      );
    case 'who-led':
      if (fact.coChairs.length === 0)
        return <span className="text-muted">No source names the co-chairs.</span>;
      return (
        <ul className="space-y-1">
          {fact.coChairs.map((chair) => (
            <li key={`${chair.personId}-${chair.side}`}>
              <span className="font-medium">
                <DetailLink target={{ kind: 'person', id: chair.personId }} className={LINK_STYLE}>
                  <DataText>{chair.name}</DataText>
                </DetailLink>
              </span>{' '}
              <span className="text-sm text-muted">({chair.side})</span>
              <span className="block text-sm">
                <DataText>{chair.title}</DataText>
              </span>
            </li>
          ))}
        </ul>
      );
    case 'agreed':
      return <AgreedFactText fact={fact} />;
    case 'topics':
      return <TopicsFactText fact={fact} meetingId={meetingId} />;
  }
}

function AgreedFactText({ fact }: { fact: AgreedFact }) {
  const others =
    fact.otherOutcomes > 0 &&
    `${fact.otherOutcomes} other outcome${fact.otherOutcomes === 1 ? '' : 's'} (statements, follow-up) quoted below.`;
  if (fact.next.length === 0 && !fact.agreedAt)
    return <span className="text-muted">{others || 'No outcome is recorded.'}</span>;
  return (
    <div className="space-y-1">
      {fact.agreedAt && (
        <p>
          Agreed at{' '}
          <DetailLink target={{ kind: 'meeting', id: fact.agreedAt.id }} className={LINK_STYLE}>
            <DataText>{fact.agreedAt.label}</DataText>
          </DetailLink>{' '}
          ({fact.agreedAt.date}): <DataText>{fact.agreedAt.text}</DataText>
        </p>
      )}
      {fact.next.map((agreed, index) => (
        <p key={index}>
          <span className="font-medium">Next meeting: </span>
          <DataText>{agreed.text}</DataText>
          {agreed.meeting && (
            <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm">
              <DetailLink
                target={{ kind: 'meeting', id: agreed.meeting.id }}
                className={`inline-flex min-h-6 items-center ${LINK_STYLE}`}
              >
                <DataText>{agreed.meeting.label}</DataText>
              </DetailLink>
              <StatusBadge standing={agreed.meeting.standing} />
              {agreed.meeting.standingNote && (
                <span className="text-muted">{agreed.meeting.standingNote}</span>
              )}
            </span>
          )}
        </p>
      ))}
      {others && <p className="text-sm text-muted">{others}</p>}
    </div>
  );
}

function TopicsFactText({ fact, meetingId }: { fact: TopicsFact; meetingId: string }) {
  return (
    <>
      {fact.topics.length === 0 ? (
        <span className="text-muted">No source read for this meeting lists its topics.</span>
      ) : (
        <InlineList
          aria-label="Topics raised"
          items={fact.topics}
          itemKey={(topic) => topic.topicId}
          renderItem={(topic) => (
            <DetailLink
              target={{ kind: 'topic', id: topic.topicId }}
              className={`inline-flex min-h-6 items-center ${LINK_STYLE}`}
            >
              <DataText>{topic.label}</DataText>
            </DetailLink>
          )}
        />
      )}
      <span className="mt-1 block text-sm">
        <DetailLink
          target={{ kind: 'changes', id: meetingId }}
          className={`inline-flex min-h-6 items-center ${LINK_STYLE}`}
        >
          Changes since the last round
        </DetailLink>
      </span>
    </>
  );
}
