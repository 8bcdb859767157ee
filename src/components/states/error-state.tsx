import { DatasetError } from '@/domain/dataset-problem';
import { ProblemList } from '@/components/states/problem-list';

export type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
};

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const problems = error instanceof DatasetError ? error.problems : [];
  const summary = error instanceof Error ? error.message : 'Something went wrong.';
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
      <ProblemList problems={problems} />
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
