import type { DatasetProblem } from '@/domain/dataset-problem';
import { formatProblems } from '@/domain/dataset-problem';
import { downloadBlob } from '@/lib/download-blob';
import { showInvisible } from '@/lib/visible-text';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

/** How many problems are listed before "and N more". */
export const SHOWN_PROBLEMS = 50;

export type ProblemListProps = {
  problems: readonly DatasetProblem[];
  /** Names the download of the full list, e.g. "my-dataset.json". */
  fileName?: string;
};

/** Each problem with its JSON path, capped, with the total and the full list as a download. */
export function ProblemList({ problems, fileName = 'dataset' }: ProblemListProps) {
  const hidden = problems.length - SHOWN_PROBLEMS;
  if (problems.length === 0) return null;
  return (
    <>
      <ul className="mt-3 space-y-1 text-sm" aria-label="Problems found">
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index} className="wrap-anywhere">
            <code className="rounded bg-surface px-1 font-mono">
              <bdi dir="ltr">{problem.path}</bdi>
            </code>
            : <bdi dir="ltr">{problem.message}</bdi>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="mt-2 text-sm">
          …and {hidden} more problem{hidden === 1 ? '' : 's'} ({problems.length} in all).{' '}
          <button
            type="button"
            className={cn(LINK_STYLE, 'min-h-6')}
            onClick={() =>
              downloadBlob(
                new Blob([formatProblems(problems) + '\n'], { type: 'text/plain' }),
                // Escaped, so a U+202E in the user's file name cannot make the download's name
                // read as another type of file.
                `${showInvisible(fileName)}-problems.txt`,
              )
            }
          >
            Download all {problems.length} problems
          </button>
        </p>
      )}
    </>
  );
}
