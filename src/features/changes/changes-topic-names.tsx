import { DetailLink } from '@/view/detail-link';
import { DataText } from '@/components/ui/data-text';
import { InlineList } from '@/components/ui/inline-list';
import type { MeetingChanges, TopicChange } from '@/features/changes/changes-series';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

const LINK = cn('inline-flex min-h-6 items-center', LINK_STYLE);

export type ChangesTopicNamesProps = {
  changes: Pick<MeetingChanges, 'topicsAdded' | 'topicsKept' | 'topicsDropped'>;
  className?: string;
};

/** The topics new at a round, raised again and dropped, by name, each a link to the topic. */
export function ChangesTopicNames({ changes, className }: ChangesTopicNamesProps) {
  const rows = [
    { term: 'New', topics: changes.topicsAdded },
    { term: 'Again', topics: changes.topicsKept },
    { term: 'Dropped', topics: changes.topicsDropped },
  ];
  return (
    <dl className={className}>
      {rows.map(({ term, topics }) => (
        <div key={term} className="flex flex-wrap gap-x-2">
          <dt className="font-medium">
            {term} ({topics.length}):
          </dt>
          <dd>
            {topics.length === 0 ? (
              <span className="text-muted">none</span>
            ) : (
              <TopicLinks topics={topics} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function TopicLinks({ topics }: { topics: readonly TopicChange[] }) {
  return (
    <InlineList
      items={topics}
      itemKey={(topic) => topic.topicId}
      renderItem={(topic) => (
        <DetailLink target={{ kind: 'topic', id: topic.topicId }} className={LINK}>
          <DataText>{topic.label}</DataText>
        </DetailLink>
      )}
    />
  );
}
