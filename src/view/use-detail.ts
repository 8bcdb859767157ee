import { useQueryState } from 'nuqs';
import { URL_KEYS, viewParsers } from '@/view/view-params';

/** Which detail (meeting, commitment, topic, source…) is open, kept in the URL so it can be linked. */
export function useDetail() {
  const [detail] = useQueryState(URL_KEYS.detail, viewParsers.detail);
  return { detail };
}
