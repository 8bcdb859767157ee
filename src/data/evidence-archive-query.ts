import { queryOptions } from '@tanstack/react-query';
import type { EvidenceArchive } from '@/domain/evidence-archive';
import { loadEvidenceArchive, type ArchivedSource } from '@/data/load-evidence-archive';

/** A source's archived passages, fetched when first asked for and kept for the session. */
export function evidenceArchiveQueryOptions(source: ArchivedSource) {
  return queryOptions({
    queryKey: ['evidence-archive', source.id, source.url],
    queryFn: (): Promise<EvidenceArchive> => loadEvidenceArchive(source),
    staleTime: Infinity,
    retry: false,
  });
}
