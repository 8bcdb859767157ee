import { useMemo } from 'react';
import { DetailLink } from '@/view/detail-link';
import { useView } from '@/view/use-view';
import type { LoadedDataset } from '@/domain/dataset-index';
import { MEASURE_LABELS } from '@/domain/review-labels';
import type { ContentsEntry } from '@/lib/contents-list';
import { formatPartialDate } from '@/lib/dates';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { DatedFactBlock } from '@/components/evidence/dated-fact-block';
import { DetailBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import { DrawerContents } from '@/components/ui/drawer-contents';
import type { CountNoun } from '@/lib/show-more';
import { FactList } from '@/components/ui/fact-list';
import { describeReview, type ReviewDetailModel } from '@/features/reviews/review-detail-series';
import { DataText } from '@/components/ui/data-text';
import { LINK_STYLE } from '@/lib/link-style';

export type ReviewDetailProps = { id: string };

const KICKER = 'Review or rating';
const EDITION: CountNoun = { one: 'edition', other: 'editions' };
const COMMITMENT: CountNoun = { one: 'commitment', other: 'commitments' };
const TOPIC: CountNoun = { one: 'topic', other: 'topics' };

const SECTIONS = {
  value: { id: 'review-value', label: 'The value, in the source’s words' },
  published: { id: 'review-published', label: 'Published' },
  editions: { id: 'review-editions', label: 'Editions' },
  commitments: { id: 'review-commitments', label: 'Commitments it assesses' },
  topics: { id: 'review-topics', label: 'Topics it bears on' },
} as const satisfies Record<string, ContentsEntry>;

/** One edition of a review or rating: its value, scale, whose word, quotes, other editions, commitments. */
export function ReviewDetail({ id }: ReviewDetailProps) {
  const { dataset, wholeDataset: everything, filters, closeDetail } = useView();
  const model = useMemo(() => describeReview(dataset, id), [dataset, id]);
  if (!model) {
    const later = filters.asOf !== '' && (everything.reviews ?? []).some((r) => r.id === id);
    return (
      <Drawer open title="Review not found" kicker={KICKER} onClose={closeDetail}>
        <p>
          {later
            ? `This edition was published after ${formatPartialDate(filters.asOf)}, the “View as of” date.`
            : `No review or rating with the id “${id}” is in this dataset. The link may be out of date.`}
        </p>
      </Drawer>
    );
  }
  return (
    <Drawer open title={model.review.edition} kicker={KICKER} onClose={closeDetail}>
      <ReviewBody model={model} dataset={dataset} />
    </Drawer>
  );
}

function ReviewBody({ model, dataset }: { model: ReviewDetailModel; dataset: LoadedDataset }) {
  const { openDetail } = useView();
  const openSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  const { review, series } = model;
  const date = review.date;
  return (
    <EvidenceScope dataset={dataset} onOpenSource={openSource}>
      <div className="space-y-6">
        <div>
          <p className="text-lg font-semibold">{review.label}</p>
          {series && (
            <p className="mt-1 text-sm text-muted">
              <DataText>{series.name}</DataText>, by <DataText>{series.publisher}</DataText>
            </p>
          )}
          <p className="mt-2 text-sm">
            The assessment of {series ? <DataText>{series.publisher}</DataText> : 'its publisher'},
            not of this dashboard.
          </p>
        </div>
        <FactList
          facts={[
            { term: 'Whose word', value: model.voiceLabel ?? 'Not recorded (unknown series)' },
            ...(series
              ? [
                  { term: 'Measure', value: MEASURE_LABELS[series.measure] },
                  { term: 'Scale', value: series.scale },
                  { term: 'Direction', value: model.direction },
                ]
              : []),
            ...(review.value === null ? [] : [{ term: 'Value on the scale', value: review.value }]),
            ...(review.covers ? [{ term: 'Covers', value: review.covers }] : []),
          ]}
        />
        {series && <p className="text-sm">{series.description}</p>}
        <DrawerContents
          sections={[
            SECTIONS.value,
            SECTIONS.published,
            SECTIONS.editions,
            SECTIONS.commitments,
            model.topics.length > 0 && SECTIONS.topics,
          ]}
        />
        <DetailBlock title={SECTIONS.value.label} id={SECTIONS.value.id}>
          <EvidenceList evidence={review.evidence} />
        </DetailBlock>
        <DatedFactBlock title={SECTIONS.published.label} id={SECTIONS.published.id} date={date} />
        <DetailBlock
          id={SECTIONS.editions.id}
          title={
            series ? (
              <>
                Editions of <DataText>{series.name}</DataText>
              </>
            ) : (
              SECTIONS.editions.label
            )
          }
        >
          <DetailList
            items={model.editions}
            noun={EDITION}
            ordered
            className="space-y-1 text-sm"
            itemClassName="grid gap-x-3 sm:grid-cols-[9rem_1fr]"
            itemKey={(entry) => entry.id}
            renderItem={(entry) => (
              <>
                <span className="text-muted">{entry.dateLabel}</span>
                <span>
                  {entry.current ? (
                    <span className="font-medium">{entry.edition} (this edition)</span>
                  ) : (
                    <DetailLink target={{ kind: 'review', id: entry.id }} className={LINK_STYLE}>
                      {entry.edition}
                    </DetailLink>
                  )}
                  : <DataText>{entry.label}</DataText>
                </span>
              </>
            )}
          />
        </DetailBlock>
        <DetailBlock title={SECTIONS.commitments.label} id={SECTIONS.commitments.id}>
          <DetailList
            items={model.commitments}
            noun={COMMITMENT}
            emptyText="The series is not linked to a reform commitment."
            itemKey={(commitment) => commitment.id}
            className="list-disc space-y-1 pl-5"
            renderItem={(commitment) => (
              <DetailLink target={{ kind: 'commitment', id: commitment.id }} className={LINK_STYLE}>
                {commitment.title}
              </DetailLink>
            )}
          />
        </DetailBlock>
        {model.topics.length > 0 && (
          <DetailBlock title={SECTIONS.topics.label} id={SECTIONS.topics.id}>
            <DetailList
              items={model.topics}
              noun={TOPIC}
              itemKey={(topic) => topic.id}
              className="flex flex-wrap gap-x-4 gap-y-1"
              renderItem={(topic) => (
                <DetailLink target={{ kind: 'topic', id: topic.id }} className={LINK_STYLE}>
                  {topic.label}
                </DetailLink>
              )}
            />
          </DetailBlock>
        )}
      </div>
    </EvidenceScope>
  );
}
