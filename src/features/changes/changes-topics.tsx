import { READOUT_LABELS } from '@/domain/labels';
import { DetailLink } from '@/view/detail-link';
import type { CountNoun } from '@/lib/show-more';
import { EvidenceList } from '@/components/evidence/evidence-list';
import { DetailBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import type { TopicChange } from '@/features/changes/changes-series';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

const TOPIC: CountNoun = { one: 'topic', other: 'topics' };

export type ChangesTopicsProps = {
  title: string;
  topics: readonly TopicChange[];
  /** Whose quotes are shown, e.g. "Quotes from A round 3". */
  quotedFrom: string;
  emptyText: string;
  /** The heading's id, for the drawer's contents list. */
  id?: string;
};

/** One list of topics (added, dropped or raised again), each with its readouts and quotes. */
export function ChangesTopics({ title, topics, quotedFrom, emptyText, id }: ChangesTopicsProps) {
  return (
    <DetailBlock title={`${title} (${topics.length})`} className="mt-6" id={id}>
      {topics.length > 0 && <p className="text-sm text-muted">{quotedFrom}</p>}
      <DetailList
        items={topics}
        noun={TOPIC}
        emptyText={emptyText}
        itemKey={(topic) => topic.topicId}
        className="space-y-4"
        renderItem={(topic) => (
          <>
            <DetailLink
              target={{ kind: 'topic', id: topic.topicId }}
              className={cn(LINK_STYLE, 'font-medium')}
            >
              {topic.label}
            </DetailLink>
            <span className="text-sm text-muted">
              {' '}
              ({topic.raisedIn.map((readout) => READOUT_LABELS[readout]).join(', ')})
            </span>
            <EvidenceList className="mt-2" evidence={topic.evidence} />
          </>
        )}
      />
    </DetailBlock>
  );
}
