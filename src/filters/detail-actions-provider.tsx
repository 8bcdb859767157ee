import { useMemo, type ReactNode } from 'react';
import { DetailActionsContext } from '@/filters/detail-actions-context';
import { useDetail } from '@/filters/use-detail';

/** Hands out stable open/close actions for the detail kept in the URL (see useDetailActions). */
export function DetailActionsProvider({ children }: { children: ReactNode }) {
  const { openDetail, closeDetail } = useDetail();
  const actions = useMemo(() => ({ openDetail, closeDetail }), [openDetail, closeDetail]);
  return <DetailActionsContext value={actions}>{children}</DetailActionsContext>;
}
