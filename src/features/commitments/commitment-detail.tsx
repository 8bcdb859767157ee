import { useMemo } from 'react';
import { KIND_RULES } from '@/domain/commitment-kinds';
import { deriveStatus } from '@/domain/commitment-status';
import { DetailLink } from '@/view/detail-link';
import { useView } from '@/view/use-view';
import { ConflictNotes } from '@/view/conflict-link';
import { conflictsAbout } from '@/domain/conflicts-applying';
import { flagCommitment } from '@/domain/commitment-flags';
import { buildEventHistory } from '@/features/commitments/commitment-detail-series';
import { CommitmentHistory } from '@/features/commitments/commitment-history';
import { COMMITMENT_SECTIONS } from '@/features/commitments/commitment-sections';
import { CommitmentStanding } from '@/features/commitments/commitment-standing';
import { listDiscussedAt } from '@/features/commitments/commitments-series';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { ReviewAssessments } from '@/components/evidence/review-assessments';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import type { CountNoun } from '@/lib/show-more';
import { LINK_STYLE } from '@/lib/link-style';

export type CommitmentDetailProps = {
  id: string;
};

const KICKER = 'Reform commitment';
const MEETING: CountNoun = { one: 'meeting', other: 'meetings' };

/** A commitment's kind, completion and practice with the rules behind them, meetings and full history. */
export function CommitmentDetail({ id }: CommitmentDetailProps) {
  const { dataset, referenceDate, openDetail, closeDetail } = useView();
  const commitment = dataset.index.commitmentById.get(id);
  const derived = useMemo(
    () =>
      commitment &&
      (dataset.index.statusByCommitment.get(commitment.id) ?? deriveStatus(commitment)),
    [dataset, commitment],
  );
  const history = useMemo(
    () =>
      commitment ? buildEventHistory(dataset, commitment, derived ?? null, referenceDate) : [],
    [dataset, commitment, derived, referenceDate],
  );
  const discussed = useMemo(
    () => (commitment ? listDiscussedAt(dataset, commitment, referenceDate) : []),
    [dataset, commitment, referenceDate],
  );

  if (!commitment || !derived) {
    return (
      <Drawer open title="Commitment not found" kicker={KICKER} onClose={closeDetail}>
        <p>No reform commitment with the id “{id}” is in this dataset.</p>
      </Drawer>
    );
  }
  const onOpenSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  const flags = flagCommitment(commitment, derived, referenceDate);
  const kind = KIND_RULES[commitment.kind];

  return (
    <Drawer
      open
      title={commitment.title}
      kicker={KICKER}
      onClose={closeDetail}
      contents={Object.values(COMMITMENT_SECTIONS)}
    >
      <EvidenceScope dataset={dataset} onOpenSource={onOpenSource}>
        {/* The answer first: where it stands, the act and quote that set it, whose word it is. */}
        <CommitmentStanding
          commitment={commitment}
          derived={derived}
          flags={flags}
          dataset={dataset}
        />
        <ConflictNotes
          conflicts={conflictsAbout(dataset, { kind: 'commitment', id: commitment.id })}
          className="mt-3 space-y-1"
        />
        <h3 id={COMMITMENT_SECTIONS.about.id} className="mt-6 font-semibold">
          {COMMITMENT_SECTIONS.about.label}
        </h3>
        <p className="mt-1">{commitment.description}</p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted">Kind</dt>
          <dd>
            {kind.label}: {kind.definition}
          </dd>
          <dt className="text-muted">Committed by</dt>
          <dd>{commitment.committedBy}</dd>
          <dt className="text-muted">Topics</dt>
          <dd className="flex flex-wrap gap-x-3 gap-y-1">
            {commitment.topics.map((topicId) => (
              <DetailLink
                key={topicId}
                target={{ kind: 'topic', id: topicId }}
                className={`inline-flex min-h-6 items-center ${LINK_STYLE}`}
              >
                {dataset.index.topicById.get(topicId)?.label ?? topicId}
              </DetailLink>
            ))}
          </dd>
        </dl>

        <ReviewAssessments
          dataset={dataset}
          commitmentId={commitment.id}
          asOf={referenceDate}
          headingId={COMMITMENT_SECTIONS.reviews.id}
          onOpenReview={(reviewId) => openDetail({ kind: 'review', id: reviewId })}
        />

        <h3 id={COMMITMENT_SECTIONS.discussed.id} className="mt-6 font-semibold">
          {COMMITMENT_SECTIONS.discussed.label}
        </h3>
        <DetailList
          items={discussed}
          noun={MEETING}
          emptyText="No dialogue meeting is recorded as discussing it."
          emptyClassName="mt-1"
          itemKey={(entry) => entry.id}
          className="mt-2 space-y-4"
          renderItem={(entry) => (
            <>
              <DetailLink
                target={{ kind: 'meeting', id: entry.id }}
                className={`font-medium ${LINK_STYLE}`}
              >
                {entry.label}
              </DetailLink>
              <EvidenceList className="mt-2" evidence={entry.evidence} />
            </>
          )}
        />

        <h3 id={COMMITMENT_SECTIONS.history.id} className="mt-6 font-semibold">
          {COMMITMENT_SECTIONS.history.label}
        </h3>
        <CommitmentHistory events={history} />
      </EvidenceScope>
    </Drawer>
  );
}
