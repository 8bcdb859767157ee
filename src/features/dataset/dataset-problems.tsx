import type { ReactNode } from 'react';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { ProblemList } from '@/components/states/problem-list';
import { DatasetAlert } from '@/features/dataset/dataset-alert';

export type DatasetProblemsProps = {
  title: ReactNode;
  /** What still holds: which dataset is on screen, that the filters are kept. */
  children: ReactNode;
  problems: readonly DatasetProblem[];
  fileName: string;
  actions: ReactNode;
};

/** Why a dataset was not opened, with every problem at its path. */
export function DatasetProblems({
  title,
  children,
  problems,
  fileName,
  actions,
}: DatasetProblemsProps) {
  const count = problems.length;
  return (
    <DatasetAlert title={title} actions={actions} testId="dataset-problems">
      <p className="mt-1">
        {count === 1 ? 'It has 1 problem.' : `It has ${count} problems.`} {children}
      </p>
      <ProblemList problems={problems} fileName={fileName} />
    </DatasetAlert>
  );
}
