import type {
  Commitment,
  Dataset,
  Dialogue,
  Meeting,
  Person,
  Source,
  Topic,
} from '@/domain/schema';
import { deriveStatus, type DerivedStatus } from '@/domain/commitment-status';
import { buildSearchText, type SearchText } from '@/domain/search-index';
import { comparePartialDates } from '@/lib/dates';
import { DatasetError, type DatasetProblem } from '@/domain/dataset-problem';

/** Lookups built once when a dataset is loaded. */
export type DatasetIndex = {
  sourceById: ReadonlyMap<string, Source>;
  topicById: ReadonlyMap<string, Topic>;
  personById: ReadonlyMap<string, Person>;
  dialogueById: ReadonlyMap<string, Dialogue>;
  meetingById: ReadonlyMap<string, Meeting>;
  commitmentById: ReadonlyMap<string, Commitment>;
  /** All meetings, oldest first. */
  meetingsByDate: readonly Meeting[];
  /** Each commitment's status derived from all its events. */
  statusByCommitment: ReadonlyMap<string, DerivedStatus>;
  /** Folded text to match searches against; built on first use (the first search), not at load. */
  readonly searchText: SearchText;
};

/** Where the dataset on screen came from. */
export type DatasetOrigin =
  | {
      kind: 'bundled';
      /** A dataset kept from an earlier visit that no longer validates, so the bundled one is shown. */
      rejectedStored?: { fileName: string; problems: readonly DatasetProblem[] };
      /** What the browser keeps is not a saved dataset at all (junk, oversized, a failing store). */
      unreadableStored?: { reason: string };
    }
  | {
      kind: 'custom';
      fileName: string;
      /** ISO timestamp of when the user opened the file. */
      openedAt: string;
      /** False when the browser refused to keep it: it is gone after a reload. */
      persisted: boolean;
    };

/** A validated dataset with its lookups; `origin` is absent for the bundled dataset. */
export type LoadedDataset = Dataset & { index: DatasetIndex; origin?: DatasetOrigin };

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * Builds the lookups and derived statuses for a validated dataset, once; the search text is taken
 * as given (built in the worker that checked the file) or else built on first use.
 */
export function buildDatasetIndex(dataset: Dataset, builtSearchText?: SearchText): DatasetIndex {
  const lookups = {
    sourceById: byId(dataset.sources),
    topicById: byId(dataset.topics),
    personById: byId(dataset.people),
    dialogueById: byId(dataset.dialogues),
  };
  let searchText = builtSearchText;
  return {
    ...lookups,
    meetingById: byId(dataset.meetings),
    commitmentById: byId(dataset.commitments),
    meetingsByDate: dataset.meetings.toSorted((a, b) =>
      comparePartialDates(a.date.value, b.date.value),
    ),
    statusByCommitment: new Map(dataset.commitments.map((c) => [c.id, deriveStatus(c)])),
    get searchText() {
      searchText ??= buildSearchText(dataset, lookups);
      return searchText;
    },
  };
}

/** The error thrown for a dataset that does not validate: a count, then every problem. */
export function datasetProblemsError(problems: readonly DatasetProblem[]): DatasetError {
  const count = problems.length;
  return new DatasetError(`The dataset has ${count} problem${count === 1 ? '' : 's'}.`, problems);
}

/** Adds the lookups (and where the data came from) to a dataset that has already been validated. */
export function indexDataset(
  dataset: Dataset,
  origin?: DatasetOrigin,
  searchText?: SearchText,
): LoadedDataset {
  const loaded: LoadedDataset = { ...dataset, index: buildDatasetIndex(dataset, searchText) };
  if (origin) loaded.origin = origin;
  return loaded;
}
