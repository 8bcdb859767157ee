import { PracticeFinding, ReversalExtent, type Dataset } from '@/domain/schema';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { isUnknown, report as add, reportUnknown, type IdSet } from '@/domain/integrity-problems';
import { endOfPartialDate, startOfPartialDate } from '@/lib/dates';
import type { JsonPath } from '@/lib/json-path';

const FINDINGS = PracticeFinding.options.join(', ');
const EXTENTS = ReversalExtent.options.join(', ');

/** Each event field that belongs to one event type, with the values it takes. */
const TYPED_FIELDS = [
  {
    field: 'finding',
    a: 'a finding',
    type: 'assessed',
    noun: 'a practice finding',
    values: FINDINGS,
  },
  { field: 'extent', a: 'an extent', type: 'reversed', noun: 'a reversal', values: EXTENTS },
] as const;

/**
 * The commitment rules of schema version 2 that its shape cannot express: a finding on every
 * `assessed` event and only there, an extent on every `reversed` event and only there, a term that
 * does not end before it starts, and a successor that is another commitment of the dataset.
 */
export function checkCommitmentRules(dataset: Dataset, commitmentIds: IdSet): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: JsonPath, message: string) => add(problems, path, message);
  dataset.commitments.forEach((commitment, c) => {
    commitment.events.forEach((event, e) => {
      for (const { field, a, type, noun, values } of TYPED_FIELDS) {
        const present = event[field] !== undefined;
        if (event.type === type && !present)
          report(
            ['commitments', c, 'events', e, field],
            `is missing; ${noun} ("${type}") needs ${a}: one of ${values}`,
          );
        if (event.type !== type && present)
          report(
            ['commitments', c, 'events', e, field],
            `is set, but only ${noun} ("${type}") has ${a}; this event is "${event.type}"`,
          );
      }
    });
    const { term, successor } = commitment;
    if (term && endOfPartialDate(term.to) < startOfPartialDate(term.from))
      report(
        ['commitments', c, 'term', 'to'],
        `${term.to} is before the term's start (${term.from}); a term runs from "from" to "to"`,
      );
    if (successor !== undefined) {
      if (successor === commitment.id)
        report(
          ['commitments', c, 'successor'],
          'names the commitment itself; a successor is another commitment',
        );
      else if (isUnknown(successor, commitmentIds))
        reportUnknown(problems, ['commitments', c, 'successor'], successor, 'commitments');
      if (!term)
        report(
          ['commitments', c, 'successor'],
          'is set without a term; only a commitment with a term can be succeeded',
        );
    }
  });
  return problems;
}
