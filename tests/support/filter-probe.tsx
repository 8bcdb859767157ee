import { useFilterControls } from '@/view/use-filter-controls';
import type { Filters } from '@/view/filters';

export type FilterProbeProps = {
  /** The button's name. */
  label: string;
  patch: Partial<Filters>;
};

/** A button that changes the shared filters, standing in for the filter bar in a panel's test. */
export function FilterProbe({ label, patch }: FilterProbeProps) {
  const { setFilters } = useFilterControls();
  return (
    <button type="button" onClick={() => setFilters(patch)}>
      {label}
    </button>
  );
}
