import type { Meeting, Readout } from '@/domain/schema';

/** Whose readouts raised a topic at a meeting, in the order charts, tables and legends list them. */
export const READOUT_GROUPS = ['us-only', 'kz-only', 'both', 'joint', 'eu'] as const;

export type ReadoutGroup = (typeof READOUT_GROUPS)[number];

/**
 * The group for the readouts that raised one topic at one meeting. Precedence: a joint statement
 * wins (`joint`); then US and Kazakh readouts together (`both`); then either alone (`us-only`,
 * `kz-only`); an EU statement decides only when no US, Kazakh or joint readout raised it (`eu`).
 * An empty set gives null.
 */
export function readoutGroupOf(readouts: ReadonlySet<Readout>): ReadoutGroup | null {
  if (readouts.has('joint-statement')) return 'joint';
  const us = readouts.has('us-statement');
  const kz = readouts.has('kazakh-readout');
  if (us && kz) return 'both';
  if (us) return 'us-only';
  if (kz) return 'kz-only';
  if (readouts.has('eu-statement')) return 'eu';
  return null;
}

/** A count of zero for every group, to add topics to. */
export function emptyGroupCounts(): Record<ReadoutGroup, number> {
  return Object.fromEntries(READOUT_GROUPS.map((group) => [group, 0])) as Record<
    ReadoutGroup,
    number
  >;
}

/** For one meeting, the readouts that raised each topic id (a topic raised twice appears once). */
export function readoutsByTopic(meeting: Pick<Meeting, 'topics'>): Map<string, Set<Readout>> {
  const byTopic = new Map<string, Set<Readout>>();
  for (const raised of meeting.topics) {
    const readouts = byTopic.get(raised.topic);
    if (readouts) readouts.add(raised.raisedIn);
    else byTopic.set(raised.topic, new Set([raised.raisedIn]));
  }
  return byTopic;
}
