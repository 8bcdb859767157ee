import { deriveStatus } from '@/domain/commitment-status';
import { summarizeReforms } from '@/features/commitments/reform-summary-series';
import { makeCommitment, makeEvent } from '../../support/fixtures';

const day = (value: string) => ({ value, precision: 'day' as const, uncertain: false });

const signed = makeCommitment({ id: 'signed', title: 'Signed law' });
const inForce = makeCommitment({
  id: 'in-force',
  title: 'Law in force',
  events: [
    makeEvent({ id: 'f1', type: 'in-force', date: day('2023-01-01') }),
    makeEvent({
      id: 'f2',
      type: 'assessed',
      finding: 'shortfalls',
      voice: 'independent',
      date: day('2024-01-01'),
    }),
  ],
});
const narrowed = makeCommitment({
  id: 'narrowed',
  title: 'Narrowed law',
  events: [
    makeEvent({ id: 'n1', type: 'in-force', date: day('2023-01-01') }),
    makeEvent({ id: 'n2', type: 'reversed', extent: 'narrows', date: day('2025-01-01') }),
    makeEvent({
      id: 'n3',
      type: 'assessed',
      finding: 'applied',
      voice: 'kazakh-government',
      date: day('2025-02-01'),
    }),
  ],
});
const undone = makeCommitment({
  id: 'undone',
  title: 'Undone law',
  events: [
    makeEvent({ id: 'u1', type: 'in-force', date: day('2023-01-01') }),
    makeEvent({ id: 'u2', type: 'reversed', extent: 'undoes', date: day('2025-01-01') }),
  ],
});
const all = [signed, inForce, narrowed, undone];
const statuses = new Map(all.map((commitment) => [commitment.id, deriveStatus(commitment)]));

describe(summarizeReforms, () => {
  const summary = summarizeReforms(all, statuses);

  it('counts completion on the shared scale, in its order, leaving out empty rungs', () => {
    expect(summary.total).toBe(4);
    expect(summary.completion.map((row) => [row.id, row.count])).toEqual([
      ['adopted', 1],
      ['complete', 1],
      ['partly-reversed', 1],
      ['reversed', 1],
    ]);
  });

  it("counts each commitment's practice headline, and those with no finding", () => {
    expect(summary.practice.map((row) => [row.label, row.count])).toEqual([
      ['Applied', 1],
      ['Applied with shortfalls', 1],
    ]);
    expect(summary.noPracticeFinding).toBe(2);
    expect(summary.governmentReportedPractice).toBe(1);
  });

  it('names every reversal, the undone before the narrowed', () => {
    expect(summary.reversals).toEqual([
      { id: 'undone', title: 'Undone law', status: 'reversed' },
      { id: 'narrowed', title: 'Narrowed law', status: 'partly-reversed' },
    ]);
  });

  it('counts a commitment with no derived status as having no evidence', () => {
    expect(summarizeReforms([signed], new Map()).completion).toEqual([
      { id: 'no-evidence', label: 'No evidence', count: 1 },
    ]);
  });
});
