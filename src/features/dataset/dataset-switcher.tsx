import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { datasetProblemsError, type LoadedDataset } from '@/domain/dataset-index';
import { DatasetError, type DatasetProblem } from '@/domain/dataset-problem';
import { datasetQueryOptions } from '@/data/dataset-query';
import { loadDataset, type DatasetFileLike, type LoadStage } from '@/data/load-dataset';
import { onKeptDatasetChange } from '@/data/kept-dataset-channel';
import { announceDataset } from '@/features/dataset/dataset-summary';
import { SwitcherContext, type SwitchState } from '@/features/dataset/dataset-switcher-context';

/**
 * What the user asked for: the files they dropped or chose, or the bundled dataset; or, when
 * another tab kept or removed a file, whatever this browser now keeps.
 */
type SwitchRequest = readonly DatasetFileLike[] | 'bundled' | 'kept';

function manyFilesProblem(count: number): DatasetProblem {
  const message =
    count === 0
      ? 'no file was chosen; drop or choose one JSON file'
      : `${count} files were given; open one dataset file at a time`;
  return { path: '(file)', message };
}

/** Opens the one file of a drop or a pick (refusing none or several), or the bundled dataset. */
function switchDataset(request: SwitchRequest, onStage: (stage: LoadStage) => void) {
  if (request === 'bundled') return loadDataset({ kind: 'bundled' });
  if (request === 'kept') return loadDataset({ kind: 'kept', changedInAnotherTab: true });
  const [file] = request;
  if (request.length !== 1 || !file) throw datasetProblemsError([manyFilesProblem(request.length)]);
  return loadDataset({ kind: 'file', file, onStage });
}

function stateOf(
  status: string,
  request: SwitchRequest | undefined,
  error: Error | null,
  stage: LoadStage,
): SwitchState {
  if (request === 'kept' && status === 'success') return { phase: 'followed' };
  if (request === undefined || request === 'bundled' || request === 'kept') {
    if (status !== 'error' || !error) return { phase: 'idle' };
    const problems = error instanceof DatasetError ? error.problems : [];
    return { phase: 'failed', message: error.message, problems };
  }
  const fileName = request.length === 1 && request[0] ? request[0].name : 'Your files';
  if (status === 'pending') return { phase: 'checking', fileName, stage };
  if (status !== 'error' || !error) return { phase: 'idle' };
  return {
    phase: 'rejected',
    fileName,
    problems: error instanceof DatasetError ? error.problems : [],
  };
}

function announceSwitch(request: SwitchRequest | undefined, dataset: LoadedDataset): string {
  const cause = request === 'kept' ? 'Another tab changed the dataset kept in this browser. ' : '';
  return `${cause}${announceDataset(dataset)}`;
}

/** Holds the state of opening a user's dataset file, shared by the picker, the drop zone and the panels. */
export function DatasetSwitcherProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { dataUpdatedAt } = useQuery(datasetQueryOptions);
  const [stage, setStage] = useState<LoadStage>('reading');
  const { mutate, reset, status, variables, data, error } = useMutation({
    mutationFn: (request: SwitchRequest) => switchDataset(request, setStage),
    // One switch at a time, in the order asked, so an earlier, slower file is never kept last.
    scope: { id: 'dataset-switch' },
  });

  // Only the latest request's callbacks run: an earlier file's dataset never reaches the screen.
  const show = useCallback(
    (request: SwitchRequest) => {
      setStage('reading');
      mutate(request, {
        onSuccess: (dataset) => queryClient.setQueryData(datasetQueryOptions.queryKey, dataset),
      });
    },
    [mutate, queryClient],
  );
  // Another tab kept or removed a file: show what this browser keeps now, as a reload would.
  useEffect(() => onKeptDatasetChange(() => show('kept')), [show]);

  const value = useMemo(
    () => ({
      state: stateOf(status, variables, error, stage),
      announcement: status === 'success' && data ? announceSwitch(variables, data) : '',
      generation: dataUpdatedAt,
      openFiles: (files: readonly DatasetFileLike[]) => show(files),
      showBundled: () => show('bundled'),
      dismiss: reset,
    }),
    [show, reset, status, variables, data, error, dataUpdatedAt, stage],
  );
  return <SwitcherContext value={value}>{children}</SwitcherContext>;
}
