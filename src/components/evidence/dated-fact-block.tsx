import type { DatedFact } from '@/domain/schema';
import { formatPartialDate } from '@/lib/dates';
import { EvidenceList } from '@/components/evidence/evidence-list';
import type { EvidenceScopeValue } from '@/components/evidence/evidence-list';
import { DetailBlock } from '@/components/ui/detail-block';

export type DatedFactBlockProps = Partial<EvidenceScopeValue> & {
  title: string;
  date: DatedFact;
  /** The heading's id, for a contents list to link to. */
  id?: string;
};

/** A date at its precision ("… (month known only)") with the quotes that give it. */
export function DatedFactBlock({ title, date, id, ...evidenceScope }: DatedFactBlockProps) {
  return (
    <DetailBlock title={title} id={id}>
      <p>
        {formatPartialDate(date.value, date.uncertain)}
        {date.precision !== 'day' && (
          <span className="text-sm text-muted"> ({date.precision} known only)</span>
        )}
      </p>
      <EvidenceList evidence={date.evidence} {...evidenceScope} />
    </DetailBlock>
  );
}
