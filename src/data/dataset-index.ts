import type { Commitment, Dataset, Dialogue, Meeting, Person, Source, Topic } from '@/data/schema';
import { comparePartialDates } from '@/lib/dates';

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
};

export type LoadedDataset = Dataset & { index: DatasetIndex };

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** Builds the id lookups and the date-ordered meeting list for a validated dataset. */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  return {
    sourceById: byId(dataset.sources),
    topicById: byId(dataset.topics),
    personById: byId(dataset.people),
    dialogueById: byId(dataset.dialogues),
    meetingById: byId(dataset.meetings),
    commitmentById: byId(dataset.commitments),
    meetingsByDate: dataset.meetings.toSorted((a, b) =>
      comparePartialDates(a.date.value, b.date.value),
    ),
  };
}
