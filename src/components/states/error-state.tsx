import { DatasetError } from '@/data/dataset-problem';

/** How many problems are listed before "and N more". */
export const SHOWN_PROBLEMS = 50;

export type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
};

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const problems = error instanceof DatasetError ? error.problems : [];
  const summary = error instanceof Error ? error.message : 'Something went wrong.';
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <section
      role="alert"
      aria-labelledby="error-title"
      className="mt-8 rounded-lg border border-danger bg-danger-soft p-5"
    >
      <h2 id="error-title" className="text-lg font-semibold text-danger">
        The dataset could not be loaded
      </h2>
      <p className="mt-1">{summary}</p>
      {problems.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Problems found">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
            <li key={index} className="break-words">
              <code className="rounded bg-surface px-1 font-mono">{problem.path}</code>:{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && <p className="mt-2 text-sm">…and {hidden} more problems.</p>}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 min-h-6 rounded-md bg-accent px-4 py-2 font-medium text-surface hover:opacity-90"
        >
          Try again
        </button>
      )}
    </section>
  );
}
