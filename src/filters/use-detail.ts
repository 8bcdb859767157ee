import { useQueryState } from 'nuqs';
import { useCallback, useMemo } from 'react';
import {
  DETAIL_PARAM,
  detailParser,
  parseDetail,
  serializeDetail,
  type DetailTarget,
} from '@/filters/detail';

export type UseDetail = {
  detail: DetailTarget | null;
  /** Opens a detail: one history entry, so Back closes it again. */
  openDetail: (target: DetailTarget) => void;
  closeDetail: () => void;
};

/** Which detail (meeting, commitment, topic, source) is open, kept in the URL so it can be linked. */
export function useDetail(): UseDetail {
  const [value, setValue] = useQueryState(
    DETAIL_PARAM,
    detailParser.withOptions({ history: 'push' }),
  );
  const detail = useMemo(() => parseDetail(value), [value]);
  const openDetail = useCallback(
    (target: DetailTarget) => void setValue(serializeDetail(target)),
    [setValue],
  );
  const closeDetail = useCallback(() => void setValue(null), [setValue]);
  return { detail, openDetail, closeDetail };
}
