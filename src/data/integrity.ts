import type { Dataset } from '@/data/schema';
import type { DatasetProblem } from '@/data/dataset-problem';
import { checkCommitmentRules } from '@/data/commitment-integrity';
import { checkReviewRules } from '@/data/review-integrity';
import { endOfPartialDate, precisionOf, startOfPartialDate } from '@/lib/dates';
import { formatJsonPath, type JsonPath } from '@/lib/json-path';

type Problems = DatasetProblem[];

/** The ids of one collection, each mapped to the index of the first record using it. */
type IdSet = ReadonlyMap<string, number>;

type IdSets = Record<
  'sources' | 'dialogues' | 'topics' | 'people' | 'meetings' | 'commitments',
  IdSet
>;

function report(problems: Problems, path: JsonPath, message: string): void {
  problems.push({ path: formatJsonPath(path), message });
}

function checkUniqueIds(
  problems: Problems,
  collection: string,
  records: readonly { id: string }[],
): IdSet {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, index);
    else
      report(
        problems,
        [collection, index, 'id'],
        `duplicate id "${record.id}": ${collection}[${first}] already uses it; every id must be unique`,
      );
  });
  return seen;
}

const PRECISION_WORDS = {
  day: 'a full date (YYYY-MM-DD)',
  month: 'a month (YYYY-MM)',
  year: 'a year (YYYY)',
} as const;

/** What one walk over the whole tree collects: its two rules' problems, kept apart to report in turn. */
type TreeWalk = {
  /** The path to the node being visited; pushed and popped, copied only when a problem is reported. */
  path: PropertyKey[];
  sourceIds: IdSet;
  precision: Problems;
  evidence: Problems;
};

/** Every `{ value, precision }` date must carry the precision it claims. */
function checkPrecision(walk: TreeWalk, node: Record<string, unknown>): void {
  if (typeof node.value !== 'string' || typeof node.precision !== 'string') return;
  const actual = precisionOf(node.value);
  if (actual !== null && actual !== node.precision) {
    report(
      walk.precision,
      [...walk.path, 'precision'],
      `is "${node.precision}", but the date ${node.value} is ${PRECISION_WORDS[actual]}, so the precision must be "${actual}"`,
    );
  }
}

/**
 * Every evidence item must cite a known source. Checked here rather than by descending: the schema
 * has passed, so an item holds only text, and evidence is about 40% of all objects.
 */
function checkEvidence(walk: TreeWalk, list: readonly unknown[]): void {
  for (let index = 0; index < list.length; index += 1) {
    const source = (list[index] as { source?: unknown } | null)?.source;
    if (typeof source === 'string' && !walk.sourceIds.has(source)) {
      report(
        walk.evidence,
        [...walk.path, index, 'source'],
        `refers to source "${source}", which is not in sources`,
      );
    }
  }
}

/** Visits every object in the tree once, parents before children, keys in `for…in` order. */
function walkTree(walk: TreeWalk, node: object): void {
  // Only objects and arrays are descended into: text and numbers, most of the tree, hold no rule.
  const { path } = walk;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) {
      const child: unknown = node[index];
      if (child === null || typeof child !== 'object') continue;
      path.push(index);
      walkTree(walk, child);
      path.pop();
    }
    return;
  }
  const record = node as Record<string, unknown>;
  checkPrecision(walk, record);
  for (const key in record) {
    const child = record[key];
    if (child === null || typeof child !== 'object') continue;
    path.push(key);
    if (key === 'evidence' && Array.isArray(child)) checkEvidence(walk, child);
    else walkTree(walk, child);
    path.pop();
  }
}

/** Date precisions, then evidence sources, each in document order, from a single walk. */
function checkDatesAndEvidence(problems: Problems, dataset: Dataset, sourceIds: IdSet): void {
  const walk: TreeWalk = { path: [], sourceIds, precision: [], evidence: [] };
  walkTree(walk, dataset);
  for (const problem of walk.precision) problems.push(problem);
  for (const problem of walk.evidence) problems.push(problem);
}

const RECORD_NOUN: Record<keyof IdSets, string> = {
  sources: 'source',
  dialogues: 'dialogue',
  topics: 'topic',
  people: 'person',
  meetings: 'meeting',
  commitments: 'commitment',
};

/** Whether `id` is given but not among `known`. */
function isUnknown(id: string | undefined, known: IdSet): id is string {
  return id !== undefined && !known.has(id);
}

// Callers test isUnknown first and build the path only for a problem: a large dataset checks tens
// of thousands of references, nearly all sound.
function reportUnknown(
  problems: Problems,
  path: JsonPath,
  id: string,
  collection: keyof IdSets,
): void {
  report(
    problems,
    path,
    `refers to ${RECORD_NOUN[collection]} "${id}", which is not in ${collection}`,
  );
}

function checkMeetings(problems: Problems, dataset: Dataset, ids: IdSets): void {
  const meetingById = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));
  const roundsSeen = new Map<string, number>();
  dataset.meetings.forEach((meeting, m) => {
    if (isUnknown(meeting.dialogue, ids.dialogues))
      reportUnknown(problems, ['meetings', m, 'dialogue'], meeting.dialogue, 'dialogues');
    meeting.coChairs.forEach(({ person }, c) => {
      if (isUnknown(person, ids.people))
        reportUnknown(problems, ['meetings', m, 'coChairs', c, 'person'], person, 'people');
    });
    meeting.topics.forEach(({ topic }, t) => {
      if (isUnknown(topic, ids.topics))
        reportUnknown(problems, ['meetings', m, 'topics', t, 'topic'], topic, 'topics');
    });
    meeting.outcomes.forEach((outcome, o) => {
      if (isUnknown(outcome.meeting, ids.meetings)) {
        const path = ['meetings', m, 'outcomes', o, 'meeting'];
        reportUnknown(problems, path, outcome.meeting, 'meetings');
      }
      const target = outcome.meeting === undefined ? undefined : meetingById.get(outcome.meeting);
      if (target && target.dialogue !== meeting.dialogue) {
        report(
          problems,
          ['meetings', m, 'outcomes', o, 'meeting'],
          `refers to meeting "${target.id}", which belongs to another dialogue ("${target.dialogue}"); the next meeting agreed must be in the same dialogue`,
        );
      }
    });
    if (meeting.round !== null) {
      const key = `${meeting.dialogue}#${meeting.round}`;
      const first = roundsSeen.get(key);
      if (first !== undefined) {
        report(
          problems,
          ['meetings', m, 'round'],
          `round ${meeting.round} of dialogue "${meeting.dialogue}" is already used by meetings[${first}]; each round number appears once per dialogue`,
        );
      } else roundsSeen.set(key, m);
    }
  });
  checkPlannedAfterHeld(problems, dataset);
}

function checkPlannedAfterHeld(problems: Problems, dataset: Dataset): void {
  const latestHeld = new Map<string, string>();
  for (const meeting of dataset.meetings) {
    if (meeting.status !== 'held') continue;
    const start = startOfPartialDate(meeting.date.value);
    const current = latestHeld.get(meeting.dialogue);
    if (current === undefined || start > current) latestHeld.set(meeting.dialogue, start);
  }
  dataset.meetings.forEach((meeting, m) => {
    if (meeting.status !== 'planned') return;
    const held = latestHeld.get(meeting.dialogue);
    if (held !== undefined && endOfPartialDate(meeting.date.value) <= held) {
      report(
        problems,
        ['meetings', m, 'date', 'value'],
        `is ${meeting.date.value}, but this meeting is planned and its dialogue already held a meeting on ${held}; a planned meeting must come after the last held one`,
      );
    }
  });
}

function checkCommitments(problems: Problems, dataset: Dataset, ids: IdSets): void {
  // Where each event id is first used, as [commitment, event]; formatted only for a duplicate.
  const eventIds = new Map<string, readonly [number, number]>();
  dataset.commitments.forEach((commitment, c) => {
    commitment.topics.forEach((topic, t) => {
      if (isUnknown(topic, ids.topics))
        reportUnknown(problems, ['commitments', c, 'topics', t], topic, 'topics');
    });
    commitment.discussedAt.forEach(({ meeting }, d) => {
      if (isUnknown(meeting, ids.meetings)) {
        const path = ['commitments', c, 'discussedAt', d, 'meeting'];
        reportUnknown(problems, path, meeting, 'meetings');
      }
    });
    commitment.events.forEach((event, e) => {
      if (isUnknown(event.meeting, ids.meetings)) {
        const path = ['commitments', c, 'events', e, 'meeting'];
        reportUnknown(problems, path, event.meeting, 'meetings');
      }
      const first = eventIds.get(event.id);
      if (first !== undefined) {
        const firstPath = formatJsonPath(['commitments', first[0], 'events', first[1]]);
        report(
          problems,
          ['commitments', c, 'events', e, 'id'],
          `duplicate event id "${event.id}": ${firstPath} already uses it; every event id must be unique`,
        );
      } else eventIds.set(event.id, [c, e]);
      const previous = commitment.events[e - 1];
      // A coarse date (a year) may overlap finer ones; it is out of order only if it must end
      // before the previous event could have begun.
      if (
        previous &&
        endOfPartialDate(event.date.value) < startOfPartialDate(previous.date.value)
      ) {
        report(
          problems,
          ['commitments', c, 'events', e, 'date', 'value'],
          `${event.date.value} is earlier than the event before it (${previous.date.value}); list each commitment's events oldest first`,
        );
      }
    });
  });
}

function checkConflicts(problems: Problems, dataset: Dataset, ids: IdSets): void {
  const collectionOf = {
    meeting: 'meetings',
    person: 'people',
    commitment: 'commitments',
    source: 'sources',
  } as const;
  dataset.conflicts.forEach(({ about }, i) => {
    const collection = collectionOf[about.kind];
    if (isUnknown(about.id, ids[collection]))
      reportUnknown(problems, ['conflicts', i, 'about', 'id'], about.id, collection);
  });
}

/**
 * Every rule the schema's shape cannot express: unique ids, references that resolve, dates whose
 * precision matches, chronological event histories, planned meetings after held ones, and the
 * commitment rules of `checkCommitmentRules` and the review rules of `checkReviewRules`.
 * Returns the problems in document order of the checks; an empty array means the dataset is sound.
 */
export function checkIntegrity(dataset: Dataset): DatasetProblem[] {
  const problems: Problems = [];
  const ids: IdSets = {
    sources: checkUniqueIds(problems, 'sources', dataset.sources),
    dialogues: checkUniqueIds(problems, 'dialogues', dataset.dialogues),
    topics: checkUniqueIds(problems, 'topics', dataset.topics),
    people: checkUniqueIds(problems, 'people', dataset.people),
    meetings: checkUniqueIds(problems, 'meetings', dataset.meetings),
    commitments: checkUniqueIds(problems, 'commitments', dataset.commitments),
  };
  checkUniqueIds(problems, 'conflicts', dataset.conflicts);
  checkDatesAndEvidence(problems, dataset, ids.sources);
  checkMeetings(problems, dataset, ids);
  checkCommitments(problems, dataset, ids);
  for (const problem of checkCommitmentRules(dataset, ids.commitments)) problems.push(problem);
  for (const problem of checkReviewRules(dataset, ids)) problems.push(problem);
  checkConflicts(problems, dataset, ids);
  return problems;
}
