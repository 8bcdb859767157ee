import { createContext } from 'react';
import type { DatasetProblem } from '@/domain/dataset-problem';
import type { DatasetFileLike, LoadStage } from '@/data/load-dataset';

/** What the last attempt to change the dataset came to. */
export type SwitchState =
  | { phase: 'idle' }
  /** Another tab kept or removed a file, and this tab now shows what the browser keeps. */
  | { phase: 'followed' }
  | { phase: 'checking'; fileName: string; stage: LoadStage }
  | { phase: 'rejected'; fileName: string; problems: readonly DatasetProblem[] }
  | { phase: 'failed'; message: string; problems: readonly DatasetProblem[] };

export type DatasetSwitcher = {
  state: SwitchState;
  /** A sentence for the polite live region after a switch. */
  announcement: string;
  /** Changes whenever another dataset is put on screen, so error boundaries can start afresh. */
  generation: number;
  openFiles: (files: readonly DatasetFileLike[]) => void;
  showBundled: () => void;
  dismiss: () => void;
};

export const SwitcherContext = createContext<DatasetSwitcher | null>(null);
