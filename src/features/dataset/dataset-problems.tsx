import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { ProblemList } from '@/components/states/problem-list';

export type DatasetProblemsProps = {
  title: ReactNode;
  /** What still holds: which dataset is on screen, that the filters are kept. */
  children: ReactNode;
  problems: readonly DatasetProblem[];
  fileName: string;
  actions: ReactNode;
};

/** Why a dataset was not opened; takes focus so keyboard and screen-reader users land on it. */
export function DatasetProblems({
  title,
  children,
  problems,
  fileName,
  actions,
}: DatasetProblemsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before the paint, so focus is never seen elsewhere a moment after the panel appears.
  useLayoutEffect(() => heading.current?.focus(), []);
  const count = problems.length;
  return (
    <div
      role="alert"
      className="mt-3 rounded-lg border border-danger bg-danger-soft p-4"
      data-testid="dataset-problems"
    >
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-danger">
        {title}
      </h2>
      <p className="mt-1">
        {count === 1 ? 'It has 1 problem.' : `It has ${count} problems.`} {children}
      </p>
      <ProblemList problems={problems} fileName={fileName} />
      <div className="mt-4 flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}
