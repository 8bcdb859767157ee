import type { LoadedDataset } from '@/domain/dataset-index';
import type { Evidence, Meeting, Readout } from '@/domain/schema';
import { compareText } from '@/lib/compare-text';

/** A topic as one meeting raised it: every readout that raised it and all their quotes. */
export type RaisedTopic = {
  topicId: string;
  label: string;
  raisedIn: Readout[];
  evidence: Evidence[];
};

/**
 * A meeting's topics merged by topic id (all readouts and quotes, in the meeting's order), sorted by
 * label; a topic missing from the dataset is labelled by its id; no topics → an empty map.
 */
export function raisedTopics(dataset: LoadedDataset, meeting: Meeting): Map<string, RaisedTopic> {
  const byTopic = new Map<string, RaisedTopic>();
  for (const raised of meeting.topics) {
    const entry = byTopic.get(raised.topic) ?? {
      topicId: raised.topic,
      label: dataset.index.topicById.get(raised.topic)?.label ?? raised.topic,
      raisedIn: [],
      evidence: [],
    };
    if (!entry.raisedIn.includes(raised.raisedIn)) entry.raisedIn.push(raised.raisedIn);
    entry.evidence.push(...raised.evidence);
    byTopic.set(raised.topic, entry);
  }
  const sorted = [...byTopic.values()].toSorted((a, b) => compareText(a.label, b.label));
  return new Map(sorted.map((entry) => [entry.topicId, entry]));
}
