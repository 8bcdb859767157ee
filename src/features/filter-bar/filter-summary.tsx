import { Fragment } from 'react';
import { DataText } from '@/components/ui/data-text';
import type { Dataset } from '@/domain/schema';
import {
  describeFilterParts,
  filterPartName,
  NO_FILTERS,
  type FilterPart,
} from '@/view/describe-filters';
import type { Filters } from '@/view/filters';

export type FilterSummaryProps = {
  filters: Filters;
  dataset: Pick<Dataset, 'topics' | 'dialogues'>;
};

/** The active filters as one line, each label or search from the data isolated from the rest. */
export function FilterSummary({ filters, dataset }: FilterSummaryProps) {
  const parts = describeFilterParts(filters, dataset);
  if (parts.length === 0) return <>{NO_FILTERS}</>;
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={part.name}>
          {index > 0 && ' · '}
          {filterPartName(part)}
          <PartValues part={part} />
        </Fragment>
      ))}
    </>
  );
}

function PartValues({ part }: { part: FilterPart }) {
  if (!part.fromData) return <>{part.values.join(', ')}</>;
  const values = part.values.map((value, index) => (
    <Fragment key={index}>
      {index > 0 && ', '}
      <DataText>{value}</DataText>
    </Fragment>
  ));
  return part.quoted ? <>“{values}”</> : <>{values}</>;
}
