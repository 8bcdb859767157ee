/** One thing wrong with a dataset: where (a JSON path such as `meetings[2].date.value`) and what. */
export type DatasetProblem = {
  path: string;
  message: string;
};

/** A dataset that could not be used, with every problem found. */
export class DatasetError extends Error {
  readonly problems: readonly DatasetProblem[];

  constructor(summary: string, problems: readonly DatasetProblem[]) {
    super(summary);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** One line per problem: `meetings[2].date.value: 2024-02-30 is not a calendar date`. */
export function formatProblems(problems: readonly DatasetProblem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n');
}
