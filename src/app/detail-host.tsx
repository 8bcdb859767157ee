import type { DetailTarget } from '@/view/detail';
import { useDetail } from '@/view/use-detail';
import { useDetailHref } from '@/view/use-detail-href';
import { DrawerLinkContext } from '@/components/ui/drawer-link-context';
import { MeetingDetail } from '@/features/timeline/meeting-detail';
import { CommitmentDetail } from '@/features/commitments/commitment-detail';
import { TopicDetail } from '@/features/topics/topic-detail';
import { SourceDetail } from '@/features/sources/source-detail';
import { ChangesDetail } from '@/features/changes/changes-detail';
import { ReviewDetail } from '@/features/reviews/review-detail';
import { ContactDetail } from '@/features/contacts/contact-detail';
import { PersonDetail } from '@/features/people/person-detail';

/**
 * Renders the detail named in the URL (`?open=kind:id`), keyed so each opens fresh, and gives its
 * drawer the full address to copy (this page, these filters, this detail).
 */
export function DetailHost() {
  const { detail } = useDetail();
  const detailHref = useDetailHref();
  if (!detail) return null;
  const link = new URL(detailHref(detail), window.location.href).href;
  return (
    <DrawerLinkContext value={link}>
      <OpenDetail detail={detail} />
    </DrawerLinkContext>
  );
}

function OpenDetail({ detail }: { detail: DetailTarget }) {
  const key = `${detail.kind}:${detail.id}`;
  switch (detail.kind) {
    case 'meeting':
      return <MeetingDetail key={key} id={detail.id} />;
    case 'commitment':
      return <CommitmentDetail key={key} id={detail.id} />;
    case 'topic':
      return <TopicDetail key={key} id={detail.id} />;
    case 'source':
      return <SourceDetail key={key} id={detail.id} />;
    case 'changes':
      return <ChangesDetail key={key} id={detail.id} />;
    case 'review':
      return <ReviewDetail key={key} id={detail.id} />;
    case 'contact':
      return <ContactDetail key={key} id={detail.id} />;
    case 'person':
      return <PersonDetail key={key} id={detail.id} />;
  }
}
