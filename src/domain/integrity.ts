import type { Dataset } from '@/domain/schema';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { checkCommitmentRules } from '@/domain/commitment-integrity';
import { checkMeetingRules } from '@/domain/meeting-integrity';
import { checkReviewRules } from '@/domain/review-integrity';
import { walkEvidence } from '@/domain/evidence-walk';
import {
  checkUniqueIds,
  isUnknown,
  report,
  reportUnknown,
  type IdSet,
  type IdSets,
  type Problems,
} from '@/domain/integrity-problems';
import { endOfPartialDate, precisionOf, startOfPartialDate } from '@/lib/dates';
import { formatJsonPath } from '@/lib/json-path';
import { quoteFromData } from '@/lib/visible-text';

const PRECISION_WORDS = {
  day: 'a full date (YYYY-MM-DD)',
  month: 'a month (YYYY-MM)',
  year: 'a year (YYYY)',
} as const;

/** Every `{ value, precision }` date must carry the precision it claims; parents before children. */
function checkPrecision(problems: Problems, node: object, path: PropertyKey[]): void {
  if (Array.isArray(node)) {
    node.forEach((child: unknown, index) => {
      if (child === null || typeof child !== 'object') return;
      path.push(index);
      checkPrecision(problems, child, path);
      path.pop();
    });
    return;
  }
  const record = node as Record<string, unknown>;
  const actual = typeof record.value === 'string' ? precisionOf(record.value) : null;
  if (actual !== null && typeof record.precision === 'string' && actual !== record.precision) {
    report(
      problems,
      [...path, 'precision'],
      `is "${record.precision}", but the date ${record.value} is ${PRECISION_WORDS[actual]}, so the precision must be "${actual}"`,
    );
  }
  for (const key in record) {
    const child = record[key];
    // Evidence is about 40% of all objects and holds no date.
    if (child === null || typeof child !== 'object' || key === 'evidence') continue;
    path.push(key);
    checkPrecision(problems, child, path);
    path.pop();
  }
}

/** Every evidence item must cite a known source; reported collection by collection, in file order. */
function checkEvidenceSources(problems: Problems, dataset: Dataset, sourceIds: IdSet): void {
  const byCollection = new Map<PropertyKey, Problems>(Object.keys(dataset).map((key) => [key, []]));
  walkEvidence(dataset, (evidence, { path }) => {
    evidence.forEach(({ source }, index) => {
      if (!sourceIds.has(source)) {
        const found = byCollection.get(path[0] ?? '') ?? problems;
        report(
          found,
          [...path, index, 'source'],
          `refers to source ${quoteFromData(source)}, which is not in sources`,
        );
      }
    });
  });
  for (const found of byCollection.values()) problems.push(...found);
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
          `duplicate event id ${quoteFromData(event.id)}: ${firstPath} already uses it; every event id must be unique`,
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
  checkPrecision(problems, dataset, []);
  checkEvidenceSources(problems, dataset, ids.sources);
  checkMeetingRules(problems, dataset, ids);
  checkCommitments(problems, dataset, ids);
  for (const problem of checkCommitmentRules(dataset, ids.commitments)) problems.push(problem);
  for (const problem of checkReviewRules(dataset, ids)) problems.push(problem);
  checkConflicts(problems, dataset, ids);
  return problems;
}
