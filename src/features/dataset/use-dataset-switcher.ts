import { use } from 'react';
import { SwitcherContext, type DatasetSwitcher } from '@/features/dataset/dataset-switcher-context';

/** The shared dataset switcher; only inside DatasetSwitcherProvider. */
export function useDatasetSwitcher(): DatasetSwitcher {
  const switcher = use(SwitcherContext);
  if (!switcher) throw new Error('useDatasetSwitcher needs a DatasetSwitcherProvider above it');
  return switcher;
}
