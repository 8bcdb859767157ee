import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { removeStoredDataset, storeDataset } from '@/data/custom-dataset-store';
import { DatasetError } from '@/data/dataset-problem';
import { datasetQueryOptions } from '@/data/dataset-query';
import type { LoadedDataset } from '@/data/dataset-index';
import { indexDataset } from '@/data/index-dataset';
import { loadDataset } from '@/data/load-dataset';
import {
  checkDatasetFile,
  pickSingleFile,
  type DatasetFileLike,
} from '@/features/dataset/dataset-file';
import { announceDataset } from '@/features/dataset/dataset-summary';
import { SwitcherContext, type SwitchState } from '@/features/dataset/dataset-switcher-context';

/** Holds the state of opening a user's dataset file, shared by the picker, the drop zone and the panels. */
export function DatasetSwitcherProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SwitchState>({ phase: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const [generation, setGeneration] = useState(0);
  // Only the latest attempt may change the screen: a slow check of an earlier file is dropped.
  const attempt = useRef(0);

  const show = useCallback(
    (dataset: LoadedDataset) => {
      queryClient.setQueryData(datasetQueryOptions.queryKey, dataset);
      setGeneration((n) => n + 1);
      setAnnouncement(announceDataset(dataset));
      setState({ phase: 'idle' });
    },
    [queryClient],
  );

  const openFiles = useCallback(
    async (files: readonly DatasetFileLike[]) => {
      const picked = pickSingleFile(files);
      if (!picked.ok) {
        setState({ phase: 'rejected', fileName: 'Your files', problems: [picked.problem] });
        return;
      }
      const file = picked.file;
      const id = ++attempt.current;
      setAnnouncement('');
      setState({ phase: 'checking', fileName: file.name });
      const checked = await checkDatasetFile(file);
      if (id !== attempt.current) return;
      if (!checked.ok) {
        setState({ phase: 'rejected', fileName: file.name, problems: checked.problems });
        return;
      }
      const openedAt = new Date().toISOString();
      const persisted = await storeDataset({
        fileName: file.name,
        text: checked.text,
        savedAt: openedAt,
      });
      if (id !== attempt.current) return;
      show(
        indexDataset(checked.dataset, { kind: 'custom', fileName: file.name, openedAt, persisted }),
      );
    },
    [show],
  );

  const showBundled = useCallback(async () => {
    const id = ++attempt.current;
    await removeStoredDataset();
    try {
      const bundled = await loadDataset();
      if (id === attempt.current) show(bundled);
    } catch (error) {
      if (id !== attempt.current) return;
      setState({
        phase: 'failed',
        message: error instanceof Error ? error.message : String(error),
        problems: error instanceof DatasetError ? error.problems : [],
      });
    }
  }, [show]);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  const value = useMemo(
    () => ({ state, announcement, generation, openFiles, showBundled, dismiss }),
    [state, announcement, generation, openFiles, showBundled, dismiss],
  );
  return <SwitcherContext value={value}>{children}</SwitcherContext>;
}
