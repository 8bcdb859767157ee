import { createContext, use, useMemo, type ReactNode } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';

export type EvidenceScopeValue = {
  /** Where quotes find their sources and the citation its dataset title. */
  dataset: LoadedDataset;
  /** Opens the source's own detail, when the host offers one. */
  onOpenSource?: (sourceId: string) => void;
};

const EvidenceScopeContext = createContext<EvidenceScopeValue | null>(null);

export type EvidenceScopeProps = EvidenceScopeValue & { children: ReactNode };

/**
 * Says once, for a whole detail, which dataset its quotes come from and how a source opens, so
 * each `EvidenceList` inside is given only its quotes.
 */
export function EvidenceScope({ dataset, onOpenSource, children }: EvidenceScopeProps) {
  const value = useMemo(() => ({ dataset, onOpenSource }), [dataset, onOpenSource]);
  return <EvidenceScopeContext value={value}>{children}</EvidenceScopeContext>;
}

/** The dataset (and source opener) given as props, or else the nearest `EvidenceScope`'s. */
export function useEvidenceScope(given: Partial<EvidenceScopeValue>): EvidenceScopeValue {
  const scope = use(EvidenceScopeContext);
  if (given.dataset) return { dataset: given.dataset, onOpenSource: given.onOpenSource };
  if (!scope) throw new Error('EvidenceList needs a dataset: pass one or wrap it in EvidenceScope');
  return scope;
}
